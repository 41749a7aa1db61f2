package id.mpp.server.http.account;

/** Makes the {@code SubjectId} of new accounts ({@code usr_} and a ULID). */
@FunctionalInterface
public interface AccountIds {

    String next();
}
