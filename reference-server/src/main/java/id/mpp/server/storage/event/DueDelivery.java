package id.mpp.server.storage.event;

/** A pending automatic delivery whose next attempt is due. */
public record DueDelivery(String subscriptionId, String eventId, String applicationId, long position,
        int attempts) {
}
