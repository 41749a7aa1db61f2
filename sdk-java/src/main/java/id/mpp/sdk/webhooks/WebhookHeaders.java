package id.mpp.sdk.webhooks;

/**
 * The names of the Standard Webhooks 1.0.0 headers that carry a delivery's signature.
 *
 * <p>HTTP header names are case-insensitive; these are the lower-case spellings the contract uses.
 */
public final class WebhookHeaders {

    /** {@code webhook-id}: the event's ID, the same in every attempt; deduplicate by it. */
    public static final String ID = "webhook-id";

    /** {@code webhook-timestamp}: when this attempt was made, in Unix seconds. */
    public static final String TIMESTAMP = "webhook-timestamp";

    /** {@code webhook-signature}: space-separated {@code v1,<base64 HMAC-SHA256>} entries. */
    public static final String SIGNATURE = "webhook-signature";

    private WebhookHeaders() {
    }
}
