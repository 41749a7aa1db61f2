package id.mpp.server.config;

import id.mpp.server.domain.oauth.Client;
import id.mpp.server.domain.oauth.ClientAuthMethod;
import id.mpp.server.domain.oauth.ClientDirectory;
import id.mpp.server.domain.oauth.ClientType;
import id.mpp.server.domain.oauth.GrantType;
import id.mpp.server.domain.oauth.InMemoryClientDirectory;
import id.mpp.server.domain.oauth.Scopes;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The client registry, read from {@code mpp.clients.*} at start-up; a client that breaks a rule of
 * {@link Client} stops the start with the client's ID and the rule. {@code mpp.demo-clients=false} leaves out
 * the clients marked {@code demo}.
 */
@Factory
final class ClientDirectoryFactory {

    @Singleton
    ClientDirectory clientDirectory(List<ClientConfiguration> configurations,
            @Value("${mpp.demo-clients:true}") boolean demoClients) {
        InMemoryClientDirectory directory = new InMemoryClientDirectory();
        for (ClientConfiguration configuration : configurations) {
            if (configuration.isDemo() && !demoClients) {
                continue;
            }
            directory.register(toClient(configuration));
        }
        return directory;
    }

    @Singleton
    IntrospectionPermissions introspectionPermissions(List<ClientConfiguration> configurations) {
        return new IntrospectionPermissions(configurations.stream().filter(ClientConfiguration::isIntrospection)
                .map(ClientConfiguration::getClientId).collect(Collectors.toSet()));
    }

    static Client toClient(ClientConfiguration c) {
        try {
            ClientType type = ClientType.valueOf(c.getType().toUpperCase(Locale.ROOT));
            ClientAuthMethod method = ClientAuthMethod.fromValue(c.getAuthMethod())
                    .orElseThrow(() -> new IllegalArgumentException("unknown auth-method " + c.getAuthMethod()));
            Set<GrantType> grants = c.getGrantTypes().stream()
                    .map(g -> GrantType.fromValue(g.trim())
                            .orElseThrow(() -> new IllegalArgumentException("unknown grant type " + g)))
                    .collect(Collectors.toSet());
            return new Client(c.getClientId(), c.getName(), type, method, c.getRedirectUris(),
                    c.getPostLogoutRedirectUris(), Scopes.parse(c.getScopes()), grants, blankToNull(c.getAgencyId()),
                    blankToNull(c.getJwks()), blankToNull(c.getSecretHash()));
        } catch (RuntimeException e) {
            throw new ConfigurationException("mpp.clients." + c.getClientId() + ": " + e.getMessage(), e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
