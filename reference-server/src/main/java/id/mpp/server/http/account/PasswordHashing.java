package id.mpp.server.http.account;

import id.mpp.server.domain.account.PasswordHasher;
import jakarta.inject.Singleton;
import java.util.concurrent.Semaphore;

/**
 * Password hashing with bounded concurrency: at most {@code mpp.accounts.max-concurrent-hashes} at once, the others
 * wait. Callers run on a blocking thread, never on the event loop (PBKDF2 at 600,000 iterations takes 0.2 to 0.5 s
 * of a core).
 */
@Singleton
public class PasswordHashing {

    private final PasswordHasher hasher;
    private final Semaphore permits;

    public PasswordHashing(PasswordHasher hasher, AccountSettings settings) {
        this.hasher = hasher;
        this.permits = new Semaphore(Math.max(1, settings.getMaxConcurrentHashes()), true);
    }

    /** The hash of {@code password} in {@link PasswordHasher}'s format. */
    public String hash(String password) {
        permits.acquireUninterruptibly();
        try {
            return hasher.hash(password);
        } finally {
            permits.release();
        }
    }

    /** Whether {@code password} matches {@code encoded}. */
    public boolean verify(String password, String encoded) {
        permits.acquireUninterruptibly();
        try {
            return hasher.verify(password, encoded);
        } finally {
            permits.release();
        }
    }
}
