package id.mpp.sdk.webhooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.mpp.sdk.errors.MppException;
import id.mpp.sdk.generated.invoker.ApiClient;
import id.mpp.sdk.generated.model.Event;
import id.mpp.sdk.webhooks.WebhookSignatureException.Reason;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Verifies a webhook delivery's Standard Webhooks signature and answers the event it carries.
 *
 * <p>A delivery is accepted when its three headers are present, its {@code webhook-timestamp} is within the
 * tolerance (5 minutes by default) of the injected clock, and one {@code v1} entry of
 * {@code webhook-signature} equals, compared in constant time, the HMAC-SHA256 of
 * {@code webhook-id.webhook-timestamp.body} under one of the accepted secrets. Give it the previous secret
 * too while a rotation is under way. Immutable and thread-safe.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.builder().secret(System.getenv("MPP_WEBHOOK_SECRET")).build();
 * Event event = verifier.verify(headers, rawBody); // throws WebhookSignatureException: answer 400
 * }</pre>
 */
public final class WebhookVerifier {

    /** The tolerance the contract asks receivers to apply: 5 minutes either side of the receiver's clock. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private static final Pattern UNIX_SECONDS = Pattern.compile("[0-9]{1,18}");
    private static final Pattern ENTRY_SEPARATOR = Pattern.compile(" +");

    private final List<WebhookSecret> secrets;
    private final Clock clock;
    private final Duration tolerance;
    private final ObjectMapper objectMapper;

    private WebhookVerifier(Builder builder) {
        if (builder.secrets.isEmpty()) {
            throw new IllegalStateException("A WebhookVerifier needs at least one secret");
        }
        this.secrets = List.copyOf(builder.secrets);
        this.clock = builder.clock;
        this.tolerance = builder.tolerance;
        this.objectMapper = builder.objectMapper != null ? builder.objectMapper : ApiClient.createDefaultObjectMapper();
    }

    /** Starts building a verifier: at least one secret, optionally a clock, a tolerance and a JSON mapper. */
    public static Builder builder() {
        return new Builder();
    }

    /** A verifier for these secrets ({@code whsec_...}) with the system clock and the default tolerance. */
    public static WebhookVerifier create(String... secrets) {
        Builder builder = builder();
        for (String secret : secrets) {
            builder.secret(secret);
        }
        return builder.build();
    }

    /** A builder holding this verifier's settings, to make a changed copy (for example after a rotation). */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.secrets.addAll(secrets);
        builder.clock = clock;
        builder.tolerance = tolerance;
        builder.objectMapper = objectMapper;
        return builder;
    }

    /**
     * Verifies a delivery and parses its event; header names are matched case-insensitively.
     *
     * @param headers the request's headers, one value per name
     * @param body the request body exactly as received, never re-serialised
     * @throws WebhookSignatureException when the delivery must be refused
     * @throws MppException when the signature is valid but the body is not an event
     */
    public Event verify(Map<String, String> headers, byte[] body) {
        Objects.requireNonNull(headers, "headers");
        return verify(name -> lookUp(headers, name), body);
    }

    /**
     * Verifies a delivery and parses its event, reading headers through a look-up such as a servlet's
     * {@code request::getHeader}.
     *
     * @param header answers a header's value by its name, or {@code null} when it is absent
     * @param body the request body exactly as received, never re-serialised
     * @throws WebhookSignatureException when the delivery must be refused
     * @throws MppException when the signature is valid but the body is not an event
     */
    public Event verify(Function<String, String> header, byte[] body) {
        Objects.requireNonNull(header, "header");
        return verify(header.apply(WebhookHeaders.ID), header.apply(WebhookHeaders.TIMESTAMP),
                header.apply(WebhookHeaders.SIGNATURE), body);
    }

    /**
     * Verifies a delivery given its three header values, and parses its event.
     *
     * @throws WebhookSignatureException when the delivery must be refused
     * @throws MppException when the signature is valid but the body is not an event
     */
    public Event verify(String webhookId, String webhookTimestamp, String webhookSignature, byte[] body) {
        verifySignature(webhookId, webhookTimestamp, webhookSignature, body);
        try {
            return objectMapper.readValue(body, Event.class);
        } catch (IOException e) {
            throw new MppException("The webhook delivery " + webhookId + " is correctly signed but its body is not an"
                    + " event: " + e.getMessage(), e);
        }
    }

    /**
     * Checks a delivery's signature and timestamp without parsing the body, for receivers that parse it
     * themselves.
     *
     * @throws WebhookSignatureException when the delivery must be refused
     */
    public void verifySignature(String webhookId, String webhookTimestamp, String webhookSignature, byte[] body) {
        Objects.requireNonNull(body, "body");
        requireHeader(WebhookHeaders.ID, webhookId);
        requireHeader(WebhookHeaders.TIMESTAMP, webhookTimestamp);
        requireHeader(WebhookHeaders.SIGNATURE, webhookSignature);
        long timestamp = checkTimestamp(webhookTimestamp.trim());
        List<byte[]> candidates = v1Signatures(webhookSignature);
        if (candidates.isEmpty()) {
            throw new WebhookSignatureException(Reason.NO_SIGNATURE,
                    "The webhook-signature header of delivery " + webhookId + " holds no v1 signature");
        }
        for (WebhookSecret secret : secrets) {
            byte[] expected = WebhookSignatures.hmac(secret, webhookId, timestamp, body);
            for (byte[] candidate : candidates) {
                if (MessageDigest.isEqual(expected, candidate)) {
                    return;
                }
            }
        }
        throw new WebhookSignatureException(Reason.SIGNATURE_MISMATCH, "No v1 signature of webhook delivery "
                + webhookId + " matches any of the " + secrets.size() + " accepted secret(s): the secret is wrong,"
                + " or the id, timestamp or body were changed");
    }

    private long checkTimestamp(String value) {
        if (!UNIX_SECONDS.matcher(value).matches()) {
            throw new WebhookSignatureException(Reason.INVALID_TIMESTAMP,
                    "The webhook-timestamp header is not a number of Unix seconds: '" + abbreviate(value) + "'");
        }
        long timestamp = Long.parseLong(value);
        long now = clock.instant().getEpochSecond();
        long allowed = tolerance.getSeconds();
        if (timestamp < now - allowed) {
            throw new WebhookSignatureException(Reason.TIMESTAMP_TOO_OLD, "The webhook-timestamp " + timestamp
                    + " is " + (now - timestamp) + " s in the past, more than the tolerance of " + allowed + " s");
        }
        if (timestamp > now + allowed) {
            throw new WebhookSignatureException(Reason.TIMESTAMP_TOO_NEW, "The webhook-timestamp " + timestamp
                    + " is " + (timestamp - now) + " s in the future, more than the tolerance of " + allowed + " s");
        }
        return timestamp;
    }

    private static List<byte[]> v1Signatures(String header) {
        List<byte[]> signatures = new ArrayList<>();
        for (String entry : ENTRY_SEPARATOR.split(header.trim())) {
            if (entry.startsWith(WebhookSignatures.VERSION_PREFIX)) {
                try {
                    signatures.add(Base64.getDecoder().decode(entry.substring(WebhookSignatures.VERSION_PREFIX.length())));
                } catch (IllegalArgumentException malformed) {
                    // Not base64: it cannot match, like any other wrong signature.
                }
            }
        }
        return signatures;
    }

    private static void requireHeader(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new WebhookSignatureException(Reason.MISSING_HEADER, "The webhook delivery has no " + name + " header");
        }
    }

    private static String lookUp(Map<String, String> headers, String name) {
        String exact = headers.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey() != null && header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    private static String abbreviate(String value) {
        return value.length() <= 32 ? value : value.substring(0, 32) + "...";
    }

    /** Builds a {@link WebhookVerifier}. */
    public static final class Builder {

        private final List<WebhookSecret> secrets = new ArrayList<>();
        private Clock clock = Clock.systemUTC();
        private Duration tolerance = DEFAULT_TOLERANCE;
        private ObjectMapper objectMapper;

        private Builder() {
        }

        /**
         * Adds an accepted secret ({@code whsec_...}); add the current and, during a rotation, the previous one.
         *
         * @throws IllegalArgumentException when it is not a valid secret
         */
        public Builder secret(String secret) {
            return secret(WebhookSecret.parse(secret));
        }

        /** Adds an accepted secret. */
        public Builder secret(WebhookSecret secret) {
            secrets.add(Objects.requireNonNull(secret, "secret"));
            return this;
        }

        /** Replaces the accepted secrets by these ({@code whsec_...}). */
        public Builder secrets(Collection<String> secrets) {
            this.secrets.clear();
            secrets.forEach(this::secret);
            return this;
        }

        /** Sets the clock the timestamps are checked against (the system UTC clock by default). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Sets how far a timestamp may be from the clock, either way (5 minutes by default). */
        public Builder tolerance(Duration tolerance) {
            if (tolerance == null || tolerance.isNegative()) {
                throw new IllegalArgumentException("tolerance must not be negative");
            }
            this.tolerance = tolerance;
            return this;
        }

        /** Sets the JSON mapper the event is read with (by default, the generated client's). */
        public Builder objectMapper(ObjectMapper objectMapper) {
            this.objectMapper = Objects.requireNonNull(objectMapper, "objectMapper");
            return this;
        }

        /**
         * Builds the verifier.
         *
         * @throws IllegalStateException when no secret was given
         */
        public WebhookVerifier build() {
            return new WebhookVerifier(this);
        }
    }
}
