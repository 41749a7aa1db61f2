package id.mpp.sdk.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Signs a webhook delivery with the Standard Webhooks scheme, as an MPP Digital server does: for tests of
 * receivers, and for servers that send deliveries.
 *
 * <p>With several secrets (the current one first, then the one a rotation replaced), the
 * {@code webhook-signature} header carries one {@code v1} entry per secret, in that order. Immutable and
 * thread-safe.
 */
public final class WebhookSigner {

    private final List<WebhookSecret> secrets;
    private final Clock clock;

    private WebhookSigner(List<WebhookSecret> secrets, Clock clock) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("A WebhookSigner needs at least one secret");
        }
        this.secrets = List.copyOf(secrets);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A signer for these secrets ({@code whsec_...}, the current one first) using the system clock. */
    public static WebhookSigner create(String... secrets) {
        return create(Clock.systemUTC(), secrets);
    }

    /** A signer for these secrets ({@code whsec_...}, the current one first) whose timestamps come from {@code clock}. */
    public static WebhookSigner create(Clock clock, String... secrets) {
        List<WebhookSecret> parsed = new ArrayList<>();
        for (String secret : secrets) {
            parsed.add(WebhookSecret.parse(secret));
        }
        return new WebhookSigner(parsed, clock);
    }

    /** A signer for these secrets (the current one first) whose timestamps come from {@code clock}. */
    public static WebhookSigner create(Clock clock, List<WebhookSecret> secrets) {
        return new WebhookSigner(secrets, clock);
    }

    /** The three headers for a delivery of {@code body} with {@code id}, timestamped now by the clock. */
    public Map<String, String> sign(String id, byte[] body) {
        return sign(id, clock.instant(), body);
    }

    /**
     * The three headers ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}) for a
     * delivery of {@code body} with {@code id} at {@code timestamp} (its fraction of a second is dropped).
     */
    public Map<String, String> sign(String id, Instant timestamp, byte[] body) {
        long seconds = timestamp.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(WebhookHeaders.ID, id);
        headers.put(WebhookHeaders.TIMESTAMP, Long.toString(seconds));
        headers.put(WebhookHeaders.SIGNATURE, signature(id, seconds, body));
        return Collections.unmodifiableMap(headers);
    }

    /** The {@code webhook-signature} value: {@code v1,<base64>} for each secret, separated by spaces. */
    public String signature(String id, long timestampSeconds, byte[] body) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("A webhook id must not be empty");
        }
        StringBuilder header = new StringBuilder();
        for (WebhookSecret secret : secrets) {
            if (header.length() > 0) {
                header.append(' ');
            }
            header.append(WebhookSignatures.VERSION_PREFIX)
                    .append(Base64.getEncoder().encodeToString(WebhookSignatures.hmac(secret, id, timestampSeconds, body)));
        }
        return header.toString();
    }
}
