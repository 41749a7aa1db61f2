package id.mpp.server.domain.application;

import java.time.Instant;

/**
 * The few facts of an application that other parts of the server act on.
 *
 * @param status the contract's ApplicationStatus ({@code SUBMITTED} ... {@code CANCELLED})
 * @param closedAt when it reached a terminal status ({@code COMPLETED}, {@code REJECTED}, {@code CANCELLED});
 *     null while open
 */
public record ApplicationFacts(String id, String trackingNumber, String applicantAccountId, String serviceId,
        String agencyId, String regionCode, String status, Instant submittedAt, Instant closedAt) {

    /** Whether the application reached a terminal status. */
    public boolean closed() {
        return closedAt != null;
    }
}
