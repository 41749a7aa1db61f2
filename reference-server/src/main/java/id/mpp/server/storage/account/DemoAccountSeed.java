package id.mpp.server.storage.account;

import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.account.Nik;
import id.mpp.server.domain.account.NikVerification;
import id.mpp.server.domain.account.NikVerificationStatus;
import id.mpp.server.domain.account.PasswordHasher;
import id.mpp.server.domain.account.PrivacyConsent;
import id.mpp.server.domain.account.ProcessingPurpose;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the demo logins ({@link DemoAccount#ALL}) at start-up when absent ({@code mpp.demo-data.enabled}, on by
 * default for the embedded default, off in tests and to be turned off in production). An account whose NIK or
 * e-mail address is already taken is left alone, so a restart, or a second instance starting at the same time,
 * changes nothing.
 */
@Singleton
@Requires(property = "mpp.demo-data.enabled", notEquals = "false")
public class DemoAccountSeed {

    private static final Logger LOG = LoggerFactory.getLogger(DemoAccountSeed.class);

    private final JdbcAccountRepository accounts;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final String termsVersion;
    private final String noticeVersion;

    public DemoAccountSeed(JdbcAccountRepository accounts, PasswordHasher hasher, Clock clock,
            @Value("${mpp.accounts.terms-version:2026.1}") String termsVersion,
            @Value("${mpp.accounts.privacy-notice-version:2026.1}") String noticeVersion) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.clock = clock;
        this.termsVersion = termsVersion;
        this.noticeVersion = noticeVersion;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        seed();
    }

    /** Creates the demo accounts that are absent; answers how many it created. */
    public int seed() {
        int created = 0;
        for (DemoAccount demo : DemoAccount.ALL) {
            if (accounts.findById(demo.id()).isPresent() || accounts.findByNik(demo.nik()).isPresent()
                    || accounts.findByEmail(demo.email()).isPresent()) {
                continue;
            }
            try {
                accounts.insert(stored(demo, clock.instant().truncatedTo(ChronoUnit.SECONDS)));
                created++;
            } catch (DuplicateAccountException takenMeanwhile) {
                // another instance seeded it first
            }
        }
        if (created > 0) {
            LOG.info("demo accounts created count={} (see README, Demo logins; turn off with MPP_DEMO_DATA=false)",
                    created);
        }
        return created;
    }

    private StoredAccount stored(DemoAccount demo, Instant now) {
        Set<ProcessingPurpose> purposes = EnumSet.of(ProcessingPurpose.ACCOUNT_MANAGEMENT,
                ProcessingPurpose.IDENTITY_VERIFICATION);
        NikVerification verification = demo.nikVerified()
                ? new NikVerification(NikVerificationStatus.VERIFIED, now, Set.of(), null)
                : NikVerification.unverified(Set.of());
        Account account = new Account(demo.id(), Nik.parse(demo.nik()), demo.fullName(), demo.birthDate(),
                demo.email(), true, demo.phoneNumber(), false, verification, "id", termsVersion,
                PrivacyConsent.given(noticeVersion, purposes, now), now, now);
        String hash = hasher.sameCost(demo.passwordHash()) ? demo.passwordHash() : hasher.hash(demo.password());
        return demo.agencyId() == null ? StoredAccount.citizen(account, hash)
                : StoredAccount.officer(account, hash, demo.agencyId());
    }
}
