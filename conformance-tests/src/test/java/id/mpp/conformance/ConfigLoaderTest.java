package id.mpp.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.conformance.config.ConfigException;
import id.mpp.conformance.config.ConfigLoader;
import id.mpp.conformance.config.VendorConfig;
import id.mpp.conformance.report.ConfigDigest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

    private static final String VALID = FakeRunsText.vendorYaml();

    @Test
    void theExampleConfigurationOfTheModuleIsValid() throws IOException {
        VendorConfig config = ConfigLoader.load(Path.of("vendor.example.yaml"), null);

        assertThat(config.baseUrl()).hasToString("http://localhost:8080");
        assertThat(config.login().usernameField()).isEqualTo("username");
        assertThat(config.login().passwordField()).isEqualTo("password");
    }

    @Test
    void aMissingPublicClientIdIsNamed() {
        String yaml = VALID.replace("public: {client_id: conformance-app,", "public: {");

        assertThatThrownBy(() -> ConfigLoader.parse(yaml, null))
                .isInstanceOf(ConfigException.class).hasMessage("clients.public.client_id is required");
    }

    @Test
    void aMissingOfficerAgencyIsNamed() {
        String yaml = VALID.replace(", agency_id: 33-02-polresta-banyumas", "");

        assertThatThrownBy(() -> ConfigLoader.parse(yaml, null)).hasMessage("accounts.officer_b.agency_id is required");
    }

    @Test
    void privateKeyJwtNeedsItsClientWithAPrivateKey() {
        String without = VALID.replaceAll("(?s)  private_key_jwt:.*?\n(?=accounts:)", "");
        assertThatThrownBy(() -> ConfigLoader.parse(without, null))
                .hasMessage("clients.private_key_jwt is required when capabilities include private-key-jwt");
        String publicOnly = VALID.replace("d: 5_6f5Ne1_U6O5Gh5wUCnJe8uPYcSrRxAyTgV1grU_lQ, ", "");
        assertThatThrownBy(() -> ConfigLoader.parse(publicOnly, null)).hasMessageStartingWith(
                "clients.private_key_jwt.private_jwk must hold the private key");
        assertThat(ConfigLoader.parse(VALID, null).keyClient().clientId()).isEqualTo("conformance-backend-jwt");
        assertThat(ConfigLoader.parse(VALID, null).secrets()).anySatisfy(s -> assertThat(s).contains("\"d\""));
    }

    @Test
    void anUnknownCapabilityIsNamed() {
        String yaml = VALID.replace("private-key-jwt]", "telepathy]");

        assertThatThrownBy(() -> ConfigLoader.parse(yaml, null)).hasMessageStartingWith("capabilities: unknown capability 'telepathy'");
    }

    @Test
    void aRelativeRedirectUriIsRefused() {
        String yaml = VALID.replace("\"https://rp.example/callback\"", "/callback");

        assertThatThrownBy(() -> ConfigLoader.parse(yaml, null))
                .hasMessage("clients.confidential.redirect_uri must be an absolute http(s) URL, not '/callback'");
    }

    @Test
    void tokenLoginNeedsATokenPerAccount() {
        String yaml = VALID + "login: {mode: tokens}\n";

        assertThatThrownBy(() -> ConfigLoader.parse(yaml, null)).hasMessage("accounts.citizen_a.access_token is required");
    }

    @Test
    void theBaseUrlOptionWinsAndTheDiscoveryUrlFollowsIt() {
        VendorConfig config = ConfigLoader.parse(VALID, URI.create("https://mpp.example.go.id/"));

        assertThat(config.baseUrl()).hasToString("https://mpp.example.go.id");
        assertThat(config.discoveryUrl()).hasToString("https://mpp.example.go.id/.well-known/openid-configuration");
        assertThat(config.declares("core")).isTrue();
    }

    @Test
    void theRedactedConfigurationHoldsNoSecret() {
        VendorConfig config = ConfigLoader.parse(VALID, null);

        String redacted = ConfigDigest.redacted(config).toString();

        assertThat(config.secrets()).isNotEmpty().allSatisfy(secret -> assertThat(redacted).doesNotContain(secret));
        assertThat(ConfigDigest.sha256(config)).hasSize(64);
    }

    @Test
    void withoutAWebhooksSectionTheReceiverListensOnAnyFreeLoopbackPort() {
        VendorConfig config = ConfigLoader.parse(VALID, null);

        assertThat(config.webhooks().receiverHost()).isEqualTo("127.0.0.1");
        assertThat(config.webhooks().receiverPort()).isZero();
        assertThat(config.webhooks().publicUrl()).isNull();
        assertThat(config.webhooks().developmentMode()).isTrue();
    }

    @Test
    void theWebhooksSectionIsRead() {
        String yaml = WITH_WEBHOOKS + "webhooks: {receiver_host: 0.0.0.0, receiver_port: 9443,"
                + " public_url: \"https://hooks.vendor.example/\", development_mode: false}\n";

        VendorConfig config = ConfigLoader.parse(yaml, null);

        assertThat(config.webhooks().receiverHost()).isEqualTo("0.0.0.0");
        assertThat(config.webhooks().receiverPort()).isEqualTo(9443);
        assertThat(config.webhooks().publicUrl()).hasToString("https://hooks.vendor.example");
        assertThat(config.webhooks().developmentMode()).isFalse();
        assertThat(config.clients()).containsKey("agency_backend_b");
        assertThat(config.secrets()).contains("s3cret-backend-b-value");
    }

    @Test
    void aMisspelledWebhooksFieldIsNamed() {
        String yaml = WITH_WEBHOOKS + "webhooks: {reciever_port: 9443}\n";

        assertThatThrownBy(() -> ConfigLoader.parse(yaml, null))
                .hasMessageStartingWith("webhooks.reciever_port is not a known field");
    }

    @Test
    void aWrongReceiverPortIsNamed() {
        String yaml = WITH_WEBHOOKS + "webhooks: {receiver_port: 70000}\n";

        assertThatThrownBy(() -> ConfigLoader.parse(yaml, null))
                .hasMessageStartingWith("webhooks.receiver_port must be a port number");
    }

    @Test
    void aRelativePublicUrlIsNamed() {
        String yaml = WITH_WEBHOOKS + "webhooks: {public_url: /hooks}\n";

        assertThatThrownBy(() -> ConfigLoader.parse(yaml, null))
                .hasMessage("webhooks.public_url must be an absolute http(s) URL, not '/hooks'");
    }

    @Test
    void theCapabilityWebhooksNeedsASecondAgencysBackEnd() {
        String yaml = VALID.replace("private-key-jwt]", "private-key-jwt, webhooks]");

        assertThatThrownBy(() -> ConfigLoader.parse(yaml, null))
                .hasMessageStartingWith("clients.agency_backend_b is required with the capability webhooks");
    }

    private static final String WITH_WEBHOOKS = VALID.replace("private-key-jwt]", "private-key-jwt, webhooks]")
            .replace("  agency_backend: {", "  agency_backend_b: {client_id: conformance-backend-b,"
                    + " client_secret: s3cret-backend-b-value}\n  agency_backend: {");
}
