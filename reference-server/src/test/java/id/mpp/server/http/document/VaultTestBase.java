package id.mpp.server.http.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.mpp.server.domain.account.PasswordHasher;
import id.mpp.server.domain.oauth.ClientDirectory;
import id.mpp.server.domain.vault.ApplicationVault;
import id.mpp.server.domain.vault.DocumentGrantRequest;
import id.mpp.server.http.Http;
import id.mpp.server.identity.TokenIssuer;
import id.mpp.server.storage.account.JdbcAccountRepository;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;

/**
 * The vault's endpoint tests: a running server with a body limit that fits the largest document type (the test
 * default is 4 KiB). Subclasses are {@code @MicronautTest} with {@code @Property(name =
 * "micronaut.server.max-request-size", value = "11534336")}.
 */
abstract class VaultTestBase {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger TRACKING = new AtomicInteger(100);

    @Inject
    EmbeddedServer server;

    @Inject
    JdbcAccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    TokenIssuer issuer;

    @Inject
    ClientDirectory clients;

    @Inject
    ApplicationVault vault;

    VaultFixture fx;

    @BeforeEach
    void fixture() {
        fx = new VaultFixture(new Http(server), accounts, hasher, issuer, clients);
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new application ID. */
    static String applicationId() {
        return new id.mpp.server.domain.ids.Ulids(java.time.Clock.systemUTC()).next("app_");
    }

    static String trackingNumber() {
        return String.format("MPP-3302-2026-%06d", TRACKING.incrementAndGet());
    }

    /** Submits an application of {@code agency} referencing the documents, as the applications side would. */
    String submit(String owner, String agency, String... documentIds) {
        String application = applicationId();
        vault.grant(new DocumentGrantRequest(application, trackingNumber(), "33-02-disdukcapil-akta-kelahiran",
                "33.02", agency, owner, List.of(documentIds), Instant.now()));
        return application;
    }
}
