package id.mpp.server.storage.event;

import id.mpp.server.domain.event.EventRecorder;
import id.mpp.server.domain.event.NewEvent;
import jakarta.inject.Singleton;

/**
 * The {@link EventRecorder} the other areas call: records through {@link JdbcEventStore}, in the caller's
 * transaction. A bean of its own, so that a test replacing the port ({@code @Replaces(EventRecorder.class)}) leaves the
 * feed's store in place.
 */
@Singleton
public class JdbcEventRecorder implements EventRecorder {

    private final JdbcEventStore store;

    public JdbcEventRecorder(JdbcEventStore store) {
        this.store = store;
    }

    @Override
    public String record(NewEvent event) {
        return store.record(event);
    }
}
