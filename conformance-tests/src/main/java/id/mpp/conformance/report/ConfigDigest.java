package id.mpp.conformance.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.conformance.config.AccountConfig;
import id.mpp.conformance.config.ClientConfig;
import id.mpp.conformance.config.VendorConfig;
import id.mpp.conformance.http.Redactor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.TreeSet;

/** The configuration as the reports show it: secrets redacted, and a SHA-256 digest of that redacted form. */
public final class ConfigDigest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConfigDigest() {
    }

    /** The configuration with every secret replaced by {@link Redactor#MASK}. */
    public static ObjectNode redacted(VendorConfig config) {
        ObjectNode root = JSON.createObjectNode();
        root.put("base_url", config.baseUrl().toString());
        root.put("discovery_url", config.discoveryUrl().toString());
        new TreeSet<>(config.capabilities()).forEach(root.putArray("capabilities")::add);
        ObjectNode clients = root.putObject("clients");
        new TreeMap<>(config.clients()).forEach((role, c) -> client(clients.putObject(role), c));
        ObjectNode accounts = root.putObject("accounts");
        new TreeMap<>(config.accounts()).forEach((role, a) -> account(accounts.putObject(role), a));
        ObjectNode login = root.putObject("login");
        login.put("mode", config.login().mode());
        login.put("username_field", config.login().usernameField());
        login.put("password_field", config.login().passwordField());
        login.put("form_url", config.login().formUrl());
        ObjectNode webhooks = root.putObject("webhooks");
        webhooks.put("receiver_host", config.webhooks().receiverHost());
        webhooks.put("receiver_port", config.webhooks().receiverPort());
        webhooks.put("public_url", config.webhooks().publicUrl() == null ? null : config.webhooks().publicUrl().toString());
        webhooks.put("development_mode", config.webhooks().developmentMode());
        return root;
    }

    /** The hex SHA-256 of the redacted configuration's canonical JSON. */
    public static String sha256(VendorConfig config) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(JSON.writeValueAsString(redacted(config)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void client(ObjectNode node, ClientConfig c) {
        node.put("client_id", c.clientId());
        node.put("client_secret", c.clientSecret() == null ? null : Redactor.MASK);
        node.put("redirect_uri", c.redirectUri());
    }

    private static void account(ObjectNode node, AccountConfig a) {
        node.put("username", a.username());
        node.put("password", a.password() == null ? null : Redactor.MASK);
        node.put("agency_id", a.agencyId());
        node.put("access_token", a.accessToken() == null ? null : Redactor.MASK);
    }
}
