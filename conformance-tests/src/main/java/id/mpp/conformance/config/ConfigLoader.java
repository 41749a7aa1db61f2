package id.mpp.conformance.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks a {@code vendor.yaml}; every refusal names the field that is missing or wrong.
 */
public final class ConfigLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ConfigLoader() {
    }

    /** Reads the file; {@code baseUrlOverride} (the {@code --base-url} option) wins over {@code base_url}. */
    public static VendorConfig load(Path file, URI baseUrlOverride) {
        try {
            return parse(Files.readString(file), baseUrlOverride);
        } catch (IOException e) {
            throw new ConfigException("cannot read the configuration " + file + ": " + e.getMessage());
        }
    }

    /** Parses the YAML text of a configuration. */
    public static VendorConfig parse(String yamlText, URI baseUrlOverride) {
        JsonNode root;
        try {
            root = YAML.readTree(yamlText);
        } catch (IOException e) {
            throw new ConfigException("the configuration is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException("the configuration must be a YAML mapping (see vendor.example.yaml)");
        }
        URI base = baseUrlOverride != null ? trimSlash(baseUrlOverride) : trimSlash(url(root, "base_url"));
        URI discovery = root.hasNonNull("discovery_url") ? url(root, "discovery_url") : defaultDiscovery(base);
        LoginConfig login = login(root.path("login"));
        Set<String> capabilities = capabilities(root.path("capabilities"));
        Map<String, ClientConfig> clients = clients(root.path("clients"), capabilities);
        Map<String, AccountConfig> accounts = accounts(root.path("accounts"), login);
        KeyClientConfig keyClient = capabilities.contains("private-key-jwt")
                ? keyClient(root.path("clients").path("private_key_jwt")) : null;
        return new VendorConfig(base, discovery, capabilities, clients, accounts, login,
                registration(root.path("registration")), WebhookConfigReader.read(root.path("webhooks")), keyClient);
    }

    static URI defaultDiscovery(URI base) {
        return URI.create(base + "/.well-known/openid-configuration");
    }

    static URI trimSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
    }

    private static Set<String> capabilities(JsonNode node) {
        Set<String> result = new LinkedHashSet<>();
        result.add("core");
        if (node.isMissingNode() || node.isNull()) {
            return result;
        }
        if (!node.isArray()) {
            throw new ConfigException("capabilities must be a list, for example [introspection, webhooks]");
        }
        for (JsonNode c : node) {
            if (!VendorConfig.KNOWN_CAPABILITIES.contains(c.asText())) {
                throw new ConfigException("capabilities: unknown capability '" + c.asText() + "' (known: "
                        + String.join(", ", new java.util.TreeSet<>(VendorConfig.KNOWN_CAPABILITIES)) + ")");
            }
            result.add(c.asText());
        }
        return Set.copyOf(result);
    }

    private static Map<String, ClientConfig> clients(JsonNode node, Set<String> capabilities) {
        Map<String, ClientConfig> result = new LinkedHashMap<>();
        List<String> roles = new ArrayList<>(VendorConfig.CLIENT_ROLES);
        if (capabilities.contains("webhooks")) {
            if (node.path(VendorConfig.SECOND_AGENCY_CLIENT).isMissingNode()) {
                throw new ConfigException("clients." + VendorConfig.SECOND_AGENCY_CLIENT + " is required with the"
                        + " capability webhooks (the back-end client of a second agency)");
            }
            roles.add(VendorConfig.SECOND_AGENCY_CLIENT);
        }
        for (String role : roles) {
            JsonNode c = node.path(role);
            String prefix = "clients." + role + ".";
            String secret = "public".equals(role) ? optional(c, "client_secret") : text(c, prefix, "client_secret");
            String redirect = role.startsWith("agency_backend") ? null : text(c, prefix, "redirect_uri");
            if (redirect != null) {
                checkUrl(redirect, prefix + "redirect_uri");
            }
            String postLogout = optional(c, "post_logout_redirect_uri");
            if (postLogout != null) {
                checkUrl(postLogout, prefix + "post_logout_redirect_uri");
            }
            result.put(role, new ClientConfig(text(c, prefix, "client_id"), secret, redirect, postLogout));
        }
        return Map.copyOf(result);
    }

    /** The {@code private_key_jwt} client: its ID and private JWK (JSON text, or a YAML mapping of the JWK). */
    private static KeyClientConfig keyClient(JsonNode c) {
        String prefix = "clients.private_key_jwt.";
        if (c.isMissingNode() || c.isNull()) {
            throw new ConfigException("clients.private_key_jwt is required when capabilities include private-key-jwt");
        }
        JsonNode jwk = c.path("private_jwk");
        String text = jwk.isObject() ? jwk.toString() : text(c, prefix, "private_jwk");
        try {
            com.nimbusds.jose.jwk.JWK key = com.nimbusds.jose.jwk.JWK.parse(text);
            if (!key.isPrivate()) {
                throw new ConfigException(prefix + "private_jwk must hold the private key (d), not only the public one");
            }
        } catch (java.text.ParseException e) {
            throw new ConfigException(prefix + "private_jwk is not a JWK: " + e.getMessage());
        }
        return new KeyClientConfig(text(c, prefix, "client_id"), text);
    }

    private static Map<String, AccountConfig> accounts(JsonNode node, LoginConfig login) {
        Map<String, AccountConfig> result = new LinkedHashMap<>();
        boolean tokens = "tokens".equals(login.mode());
        for (String role : VendorConfig.ACCOUNT_ROLES) {
            JsonNode a = node.path(role);
            String prefix = "accounts." + role + ".";
            String agency = role.startsWith("officer") ? text(a, prefix, "agency_id") : null;
            String username = tokens ? optional(a, "username") : text(a, prefix, "username");
            String password = tokens ? null : text(a, prefix, "password");
            String token = tokens ? text(a, prefix, "access_token") : null;
            result.put(role, new AccountConfig(username, password, agency, token));
        }
        return Map.copyOf(result);
    }

    private static LoginConfig login(JsonNode node) {
        LoginConfig d = LoginConfig.defaults();
        if (node.isMissingNode() || node.isNull()) {
            return d;
        }
        String mode = node.path("mode").asText(d.mode());
        if (!mode.equals("form") && !mode.equals("tokens")) {
            throw new ConfigException("login.mode must be 'form' or 'tokens', not '" + mode + "'");
        }
        String formUrl = optional(node, "form_url");
        if (formUrl != null) {
            checkUrl(formUrl, "login.form_url");
        }
        return new LoginConfig(mode, node.path("username_field").asText(d.usernameField()),
                node.path("password_field").asText(d.passwordField()), formUrl);
    }

    private static RegistrationConfig registration(JsonNode node) {
        RegistrationConfig d = RegistrationConfig.defaults();
        if (node.isMissingNode() || node.isNull()) {
            return d;
        }
        if (!node.isObject()) {
            throw new ConfigException("registration must be a mapping with terms_version and privacy_notice_version");
        }
        return new RegistrationConfig(node.path("terms_version").asText(d.termsVersion()),
                node.path("privacy_notice_version").asText(d.privacyNoticeVersion()));
    }

    private static String text(JsonNode parent, String prefix, String field) {
        String value = optional(parent, field);
        if (value == null) {
            throw new ConfigException(prefix + field + " is required");
        }
        return value;
    }

    private static String optional(JsonNode parent, String field) {
        JsonNode n = parent.path(field);
        return n.isMissingNode() || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }

    private static URI url(JsonNode root, String field) {
        String value = optional(root, field);
        if (value == null) {
            throw new ConfigException(field + " is required (or pass --base-url)");
        }
        return checkUrl(value, field);
    }

    static URI checkUrl(String value, String field) {
        try {
            URI uri = new URI(value);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new ConfigException(field + " must be an absolute http(s) URL, not '" + value + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException(field + " must be an absolute http(s) URL, not '" + value + "'");
        }
    }

}
