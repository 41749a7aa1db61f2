package id.mpp.conformance.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Iterator;
import java.util.Set;

/** Reads the {@code webhooks} section of a configuration; every refusal names the field. */
final class WebhookConfigReader {

    private static final Set<String> FIELDS = Set.of("receiver_host", "receiver_port", "public_url", "development_mode");

    private WebhookConfigReader() {
    }

    static WebhookConfig read(JsonNode node) {
        WebhookConfig d = WebhookConfig.defaults();
        if (node.isMissingNode() || node.isNull()) {
            return d;
        }
        if (!node.isObject()) {
            throw new ConfigException("webhooks must be a mapping with receiver_host, receiver_port, public_url and"
                    + " development_mode (see vendor.example.yaml)");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new ConfigException("webhooks." + name + " is not a known field (known: development_mode,"
                        + " public_url, receiver_host, receiver_port)");
            }
        }
        String host = node.path("receiver_host").asText(d.receiverHost());
        if (host.isBlank()) {
            throw new ConfigException("webhooks.receiver_host must be an address or host name, not empty");
        }
        return new WebhookConfig(host, port(node.path("receiver_port"), d.receiverPort()), publicUrl(node),
                flag(node.path("development_mode"), d.developmentMode()));
    }

    private static int port(JsonNode n, int byDefault) {
        if (n.isMissingNode() || n.isNull()) {
            return byDefault;
        }
        if (!n.isInt() || n.asInt() < 0 || n.asInt() > 65535) {
            throw new ConfigException("webhooks.receiver_port must be a port number from 0 (any free port) to 65535,"
                    + " not '" + n.asText() + "'");
        }
        return n.asInt();
    }

    private static URI publicUrl(JsonNode node) {
        JsonNode n = node.path("public_url");
        if (n.isMissingNode() || n.isNull() || n.asText().isBlank()) {
            return null;
        }
        URI uri = ConfigLoader.checkUrl(n.asText(), "webhooks.public_url");
        return ConfigLoader.trimSlash(uri);
    }

    private static boolean flag(JsonNode n, boolean byDefault) {
        if (n.isMissingNode() || n.isNull()) {
            return byDefault;
        }
        if (!n.isBoolean()) {
            throw new ConfigException("webhooks.development_mode must be true or false, not '" + n.asText() + "'");
        }
        return n.asBoolean();
    }
}
