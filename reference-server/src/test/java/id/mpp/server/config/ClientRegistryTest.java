package id.mpp.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.server.domain.oauth.Client;
import id.mpp.server.domain.oauth.ClientAuthMethod;
import id.mpp.server.domain.oauth.ClientDirectory;
import id.mpp.server.domain.oauth.GrantType;
import id.mpp.server.domain.oauth.RedirectUriMatcher;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The client registry read from {@code mpp.clients.*}: the four demo clients of the embedded default. */
class ClientRegistryTest {

    @Test
    @DisplayName("The demo clients are registered as the README documents them")
    void demoClients() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(), "test")) {
            ClientDirectory clients = context.getBean(ClientDirectory.class);

            Client web = clients.find("demo-web").orElseThrow();
            assertThat(web.authMethod()).isEqualTo(ClientAuthMethod.CLIENT_SECRET_BASIC);
            assertThat(web.grantTypes()).containsExactlyInAnyOrder(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN);
            assertThat(web.secretHash()).startsWith("sha256$");

            Client cli = clients.find("demo-cli").orElseThrow();
            assertThat(cli.isPublic()).isTrue();
            assertThat(cli.authMethod()).isEqualTo(ClientAuthMethod.NONE);
            assertThat(cli.redirectUris()).containsExactly("http://127.0.0.1/callback");

            Client agency = clients.find("demo-agency").orElseThrow();
            assertThat(agency.grantTypes()).containsExactly(GrantType.CLIENT_CREDENTIALS);
            assertThat(agency.agency()).contains("33-02-disdukcapil");
            assertThat(agency.allowedScopes().asString()).isEqualTo("officer agency.events");

            Client otherAgency = clients.find("demo-agency-perizinan").orElseThrow();
            assertThat(otherAgency.grantTypes()).containsExactly(GrantType.CLIENT_CREDENTIALS);
            assertThat(otherAgency.agency()).contains("33-02-dpmptsp");
            assertThat(otherAgency.allowedScopes().asString()).isEqualTo("officer agency.events");
        }
    }

    @Test
    @DisplayName("SSO-012: the command-line app's loopback redirect URI matches on any port")
    void loopbackRedirectOnAnyPort() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(), "test")) {
            Client cli = context.getBean(ClientDirectory.class).find("demo-cli").orElseThrow();

            assertThat(new RedirectUriMatcher().match("http://127.0.0.1:53682/callback", cli.redirectUris())).isPresent();
        }
    }

    @Test
    @DisplayName("mpp.demo-clients=false leaves the demo clients out")
    void demoClientsCanBeSwitchedOff() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("mpp.demo-clients", "false"), "test")) {
            assertThat(context.getBean(ClientDirectory.class).find("demo-web")).isEmpty();
        }
    }
}
