package id.mpp.server.http.me;

import id.mpp.server.http.problem.ProblemException;
import java.util.List;
import java.util.Set;

/**
 * The members a JSON merge patch of the account named, as {@link IfMatchRequiredFilter} read them from the body
 * bytes: the generated {@code AccountPatch} cannot tell an absent {@code phone_number} from {@code null} (which
 * removes it), nor keep members it does not know.
 *
 * @param members the body's top-level member names, in order
 */
record MergePatch(List<String> members) {
    static final Set<String> ALLOWED = Set.of("full_name", "birth_date", "email", "phone_number", "locale",
            "privacy_purposes");

    MergePatch {
        members = List.copyOf(members);
    }

    boolean has(String member) {
        return members.contains(member);
    }

    /** Refuses a member the citizen may not change ({@code nik}, {@code acr}, ...): 400 with code NOT_ALLOWED. */
    void requireOnlyAllowedMembers() {
        for (String member : members) {
            if (!ALLOWED.contains(member)) {
                throw ProblemException.invalid("#/" + member, "NOT_ALLOWED");
            }
        }
    }
}
