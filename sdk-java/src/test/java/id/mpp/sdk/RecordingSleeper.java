package id.mpp.sdk;

import id.mpp.sdk.http.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper for tests: records each wait instead of waiting. */
public final class RecordingSleeper implements Sleeper {

    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
    }

    /** The waits asked for, in order. */
    public List<Duration> waits() {
        return List.copyOf(waits);
    }
}
