package id.mpp.server.storage.event;

import java.time.Instant;
import java.util.List;

/**
 * A webhook subscription as stored (V14 {@code evt_subscription}), with its signing secrets.
 *
 * @param version the ETag's version, raised by every change
 * @param failingSince the first failed attempt after the last successful one, or null
 */
public record StoredSubscription(String id, String agencyId, String url, List<String> eventTypes, String description,
        boolean active, String disabledReason, Instant disabledAt, String secret, String previousSecret,
        Instant previousSecretExpiresAt, Instant failingSince, Instant createdAt, Instant updatedAt, long version) {

    public StoredSubscription {
        eventTypes = List.copyOf(eventTypes);
    }

    /** The secrets that sign an attempt made at {@code now}: the current one first, then a previous one in overlap. */
    public List<String> signingSecrets(Instant now) {
        if (previousSecret != null && previousSecretExpiresAt != null && previousSecretExpiresAt.isAfter(now)) {
            return List.of(secret, previousSecret);
        }
        return List.of(secret);
    }

    /** The {@code ETag} of this version. */
    public String etag() {
        return "\"" + version + "\"";
    }
}
