// Started by bin/benchmark-uploads with the server jar on the classpath (Java's source launcher): runs the reference
// server (the same application context as `java -jar`), creates one citizen in its database and prints
// "READY <port> <pid> <access token>" so that the benchmark can upload without signing in through a browser.
import id.mpp.server.Application;
import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.account.Nik;
import id.mpp.server.domain.account.NikVerification;
import id.mpp.server.domain.account.PasswordHasher;
import id.mpp.server.domain.account.PrivacyConsent;
import id.mpp.server.domain.account.ProcessingPurpose;
import id.mpp.server.domain.oauth.AcrValue;
import id.mpp.server.domain.oauth.Grant;
import id.mpp.server.domain.oauth.Scopes;
import id.mpp.server.identity.TokenIssuer;
import id.mpp.server.storage.account.JdbcAccountRepository;
import id.mpp.server.storage.account.StoredAccount;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

public class BenchmarkServer {
    public static void main(String[] args) {
        ApplicationContext context = Micronaut.build(new String[0]).mainClass(Application.class).banner(false).start();
        Instant now = Instant.now();
        Account account = new Account("usr_BENCH0000000000000000000001", Nik.parse("3302016708950001"),
                "Benchmark Citizen", LocalDate.of(1995, 8, 27), "bench@contoh.id", true, "+6281327654321", false,
                NikVerification.unverified(Set.of()), "id", "2026.1",
                PrivacyConsent.given("2026.1", List.of(ProcessingPurpose.ACCOUNT_MANAGEMENT), now), now, now);
        context.getBean(JdbcAccountRepository.class).insert(StoredAccount.citizen(account,
                context.getBean(PasswordHasher.class).hash("Benchmark-Password-2026")));
        Grant grant = new Grant("bench-grant", "demo-cli", account.id(), "bench-sid",
                Scopes.parse("openid documents.read documents.write"), now, AcrValue.valueOf(account.acr().name()));
        String token = context.getBean(TokenIssuer.class).issueAccessToken(grant, null).token();
        System.out.println("READY " + context.getBean(EmbeddedServer.class).getPort() + " "
                + ProcessHandle.current().pid() + " " + token);
        System.out.flush();
    }
}
