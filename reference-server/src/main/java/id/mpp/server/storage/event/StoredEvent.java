package id.mpp.server.storage.event;

import java.time.Instant;

/**
 * A recorded event as the feed and the webhooks read it.
 *
 * @param id its {@code evt_} ID
 * @param agencyId the agency whose feed it is in
 * @param position its position in that feed (1, 2, 3, ...: the feed order)
 * @param type its EventType
 * @param occurredAt when it happened (non-decreasing along the feed)
 * @param applicationId its application
 * @param applicationSequence its place among the application's events
 * @param body the exact JSON of the contract's Event
 */
public record StoredEvent(String id, String agencyId, long position, String type, Instant occurredAt,
        String applicationId, int applicationSequence, String body) {
}
