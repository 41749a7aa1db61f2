package id.mpp.server.domain.event;

/**
 * Records the events of the agencies' applications (the contract's Event): the applications side, the vault (document
 * verified or rejected) and the satisfaction survey call it; the event feed and the webhook deliveries read what it
 * recorded. Implementations join the caller's transaction, so that an event exists exactly when its change does, and
 * never call out (a webhook is delivered later, apart from the request).
 */
public interface EventRecorder {

    /**
     * Appends the event, giving it its {@code evt_} ID and its {@code application_sequence} (1 for the
     * application's first event, then 2, 3, ... without gaps); answers the event ID.
     */
    String record(NewEvent event);
}
