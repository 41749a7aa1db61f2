package id.mpp.sdk;

import id.mpp.sdk.auth.Credentials;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Credentials for tests: answer the current token until it is invalidated, then the next one of a list. */
public final class RotatingCredentials implements Credentials {

    private final Deque<String> tokens;
    private final List<String> invalidated = new CopyOnWriteArrayList<>();

    /** Creates credentials that answer {@code tokens} in turn, moving on at each invalidation. */
    public RotatingCredentials(String... tokens) {
        this.tokens = new ArrayDeque<>(List.of(tokens));
    }

    @Override
    public synchronized String accessToken() {
        return tokens.peekFirst();
    }

    @Override
    public synchronized void invalidate(String rejectedToken) {
        invalidated.add(rejectedToken);
        if (rejectedToken.equals(tokens.peekFirst()) && tokens.size() > 1) {
            tokens.removeFirst();
        }
    }

    /** The tokens the transport reported as rejected, in order. */
    public List<String> invalidated() {
        return List.copyOf(invalidated);
    }
}
