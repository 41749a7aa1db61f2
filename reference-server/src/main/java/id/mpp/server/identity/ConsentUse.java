package id.mpp.server.identity;

import java.time.Instant;

/**
 * Notes that a client obtained tokens for an account under the account's consent (the consent list's
 * {@code last_used_at}, ACC-050).
 */
@FunctionalInterface
public interface ConsentUse {

    /** Nothing is noted. */
    ConsentUse NONE = (subject, clientId, at) -> { };

    void record(String subject, String clientId, Instant at);
}
