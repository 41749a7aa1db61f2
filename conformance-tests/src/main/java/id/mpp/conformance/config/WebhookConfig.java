package id.mpp.conformance.config;

import java.net.URI;

/**
 * Where the suite's webhook receiver listens and the URL the implementation under test must call to reach it
 * ({@code webhooks} of the configuration; used only when the vendor declares the capability {@code webhooks}).
 *
 * @param receiverHost the local address the receiver binds ({@code 127.0.0.1} by default)
 * @param receiverPort the local port it binds ({@code 0}, the default, for any free port)
 * @param publicUrl the receiver's URL as the implementation reaches it (a vendor behind NAT or a tunnel sets it);
 *     {@code null} for {@code http://<receiver_host>:<bound port>}
 * @param developmentMode whether the implementation runs in its development mode (EVT-035), accepting {@code http}
 *     and loopback or private receivers; when {@code false} the suite also checks that it refuses them (EVT-018)
 */
public record WebhookConfig(String receiverHost, int receiverPort, URI publicUrl, boolean developmentMode) {

    /** A receiver on any free port of the loopback address, for an implementation in development mode. */
    public static WebhookConfig defaults() {
        return new WebhookConfig("127.0.0.1", 0, null, true);
    }
}
