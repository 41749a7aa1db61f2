package id.mpp.server.http.idempotency;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-only POST routes that take an {@code Idempotency-Key} as the contract's operations do, and count how often
 * they really ran, so that a replay can be told from a second run.
 */
@Controller("/test-idempotency")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(env = "test")
class IdempotencyProbeController {

    /** What the routes did, shared with the tests. */
    @Singleton
    @Requires(env = "test")
    static class Effects {
        final AtomicInteger created = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();
        volatile CountDownLatch entered = new CountDownLatch(1);
        volatile CountDownLatch release = new CountDownLatch(1);
    }

    private final Effects effects;

    IdempotencyProbeController(Effects effects) {
        this.effects = effects;
    }

    @Post("/items")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> create(@Body Map<String, Object> body,
            @Header("Idempotency-Key") @Nullable String idempotencyKey) {
        int number = effects.created.incrementAndGet();
        return HttpResponse.created(Map.<String, Object>of("number", number, "echo", body))
                .header("Location", "/test-idempotency/items/" + number)
                .header("ETag", "\"" + number + "\"");
    }

    @Post("/other-items")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> createOther(@Body Map<String, Object> body,
            @Header("Idempotency-Key") @Nullable String idempotencyKey) {
        return create(body, idempotencyKey);
    }

    /** Waits, holding its key, until the test releases it. */
    @Post("/slow-items")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> createSlowly(@Body Map<String, Object> body,
            @Header("Idempotency-Key") @Nullable String idempotencyKey) throws InterruptedException {
        effects.entered.countDown();
        if (!effects.release.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never released the request");
        }
        return create(body, idempotencyKey);
    }

    /** Fails with a 500 the first time, then works. */
    @Post("/flaky-items")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> createFlakily(@Body Map<String, Object> body,
            @Header("Idempotency-Key") @Nullable String idempotencyKey) {
        if (effects.failures.getAndIncrement() == 0) {
            throw new IllegalStateException("first attempt fails");
        }
        return create(body, idempotencyKey);
    }

    /** A route that does not take the header: the key is ignored. */
    @Post("/unaware-items")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> createUnaware(@Body Map<String, Object> body) {
        return create(body, null);
    }
}
