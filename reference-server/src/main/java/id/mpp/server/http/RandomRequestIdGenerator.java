package id.mpp.server.http;

import jakarta.inject.Singleton;
import java.util.UUID;

/** Request IDs as random UUIDs. */
@Singleton
final class RandomRequestIdGenerator implements RequestIdGenerator {

    @Override
    public String next() {
        return UUID.randomUUID().toString();
    }
}
