package id.mpp.server.storage.account;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.server.domain.account.AssuranceLevel;
import id.mpp.server.domain.account.Nik;
import id.mpp.server.domain.account.PasswordHasher;
import id.mpp.server.domain.account.PasswordPolicy;
import id.mpp.server.storage.region.RegionRepository;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The demo logins of the embedded default: created at start-up when absent, and only then. */
class DemoAccountSeedTest {

    private static ApplicationContext start(String database) {
        return ApplicationContext.run(Map.of(
                "datasources.default.url", "jdbc:h2:mem:" + database
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "mpp.demo-data.enabled", "true"), "test");
    }

    @Test
    @DisplayName("Start-up creates two citizens and two officers of two agencies, e-mail verified, with their demo passwords")
    void startupCreatesTheDemoLogins() {
        try (ApplicationContext context = start("demo-" + UUID.randomUUID())) {
            JdbcAccountRepository accounts = context.getBean(JdbcAccountRepository.class);
            PasswordHasher hasher = context.getBean(PasswordHasher.class);
            RegionRepository regions = context.getBean(RegionRepository.class);

            assertThat(accounts.count()).isEqualTo(4);
            for (DemoAccount demo : DemoAccount.ALL) {
                StoredAccount stored = accounts.findByEmail(demo.email()).orElseThrow();
                assertThat(stored.account().id()).isEqualTo(demo.id()).matches("^usr_[0-9A-HJKMNP-TV-Z]{26}$");
                assertThat(stored.account().emailVerified()).isTrue();
                assertThat(hasher.verify(demo.password(), stored.passwordHash())).isTrue();
                assertThat(Nik.defectOf(demo.nik())).isEmpty();
                Nik nik = Nik.parse(demo.nik());
                assertThat(nik.birthDateAgreesWith(demo.birthDate())).isTrue();
                assertThat(regions.findById(nik.regionCode())).isPresent();
                assertThat(new PasswordPolicy().check("#/password", demo.password(), demo.nik(), demo.email()))
                        .isEmpty();
                assertThat(stored.agencyId()).isEqualTo(demo.agencyId());
            }
            assertThat(DemoAccount.ALL).extracting(d -> Nik.parse(d.nik()).regionCode())
                    .contains("33.02", "34.71");
            assertThat(DemoAccount.ALL).extracting(DemoAccount::agencyId)
                    .containsExactly(null, null, "33-02-disdukcapil", "33-02-dpmptsp");
            assertThat(accounts.findById(DemoAccount.ALL.get(0).id()).orElseThrow().account().acr())
                    .isEqualTo(AssuranceLevel.NIK);
            assertThat(accounts.findById(DemoAccount.ALL.get(1).id()).orElseThrow().account().acr())
                    .isEqualTo(AssuranceLevel.EMAIL);
            assertThat(accounts.findById(DemoAccount.ALL.get(2).id()).orElseThrow().kind())
                    .isEqualTo(AccountKind.OFFICER);
        }
    }

    @Test
    @DisplayName("Each demo account's hash made ahead is its password's at the default cost, and is stored as made at that cost")
    void theHashesMadeAheadAreTheDemoPasswords() {
        PasswordHasher defaultCost = new PasswordHasher(new java.security.SecureRandom());
        for (DemoAccount demo : DemoAccount.ALL) {
            assertThat(defaultCost.sameCost(demo.passwordHash())).as(demo.email()).isTrue();
            assertThat(defaultCost.verify(demo.password(), demo.passwordHash())).as(demo.email()).isTrue();
        }
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "datasources.default.url", "jdbc:h2:mem:demo-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "mpp.demo-data.enabled", "true",
                "mpp.accounts.password-hash-iterations", String.valueOf(PasswordHasher.DEFAULT_ITERATIONS)), "test")) {
            JdbcAccountRepository accounts = context.getBean(JdbcAccountRepository.class);
            for (DemoAccount demo : DemoAccount.ALL) {
                assertThat(accounts.findById(demo.id()).orElseThrow().passwordHash()).isEqualTo(demo.passwordHash());
            }
        }
    }

    @Test
    @DisplayName("A restart on the same database creates nothing and changes nothing")
    void seedingIsIdempotentAcrossRestarts() {
        String database = "demo-" + UUID.randomUUID();
        List<StoredAccount> first;
        try (ApplicationContext context = start(database)) {
            JdbcAccountRepository accounts = context.getBean(JdbcAccountRepository.class);
            first = DemoAccount.ALL.stream().map(d -> accounts.findById(d.id()).orElseThrow()).toList();
        }
        try (ApplicationContext context = start(database)) {
            JdbcAccountRepository accounts = context.getBean(JdbcAccountRepository.class);

            assertThat(accounts.count()).isEqualTo(4);
            assertThat(DemoAccount.ALL.stream().map(d -> accounts.findById(d.id()).orElseThrow()).toList())
                    .isEqualTo(first);
            assertThat(context.getBean(DemoAccountSeed.class).seed()).isZero();
        }
    }

    @Test
    @DisplayName("Without mpp.demo-data.enabled (the tests' setting) no demo account is created")
    void demoDataOffCreatesNothing() {
        try (ApplicationContext context = ApplicationContext.run("test")) {
            assertThat(context.getBean(JdbcAccountRepository.class).count()).isZero();
            assertThat(context.containsBean(DemoAccountSeed.class)).isFalse();
        }
    }
}
