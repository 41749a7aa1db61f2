package id.mpp.server.storage.session;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.account.Nik;
import id.mpp.server.domain.account.NikFlag;
import id.mpp.server.domain.account.NikVerification;
import id.mpp.server.domain.account.PrivacyConsent;
import id.mpp.server.domain.account.ProcessingPurpose;
import id.mpp.server.storage.account.JdbcAccountRepository;
import id.mpp.server.storage.account.StoredAccount;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the session, consent and pending-request stores must do on every supported database. */
abstract class SessionStoresContract {
    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00.123456Z");
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Inject
    JdbcAccountRepository accounts;

    @Inject
    JdbcSessionStore sessions;

    @Inject
    JdbcConsentStore consents;

    @Inject
    JdbcPendingRequestStore pending;

    /** A new account (sessions and consents refer to one). */
    private String account() {
        int serial = SERIAL.incrementAndGet();
        String id = String.format("usr_01JD7ZK4Q9W2E3R5T6Y8V0%04d", serial);
        Account account = new Account(id, Nik.parse(String.format("330201670895%04d", serial)), "Siti Rahmawati",
                LocalDate.parse("1995-08-27"), "siti" + serial + "@contoh.id", false, null, false,
                NikVerification.unverified(Set.of(NikFlag.UNKNOWN_REGION)), "id", "2026.1",
                PrivacyConsent.given("2026.1", EnumSet.of(ProcessingPurpose.ACCOUNT_MANAGEMENT), NOW), NOW, NOW);
        accounts.insert(StoredAccount.citizen(account, "pbkdf2-sha256$1000$c2FsdA$aGFzaA"));
        return id;
    }

    @Test
    @DisplayName("A session is found by its cookie's hash until it expires, ends when deleted, and expired ones are purged")
    void sessions() {
        String accountId = account();
        StoredSession session = new StoredSession("sid_a" + accountId, accountId, NOW, "urn:mpp:acr:nik", NOW,
                NOW.plus(Duration.ofHours(12)));
        sessions.create("hash-a-" + accountId, session);
        sessions.create("hash-b-" + accountId, new StoredSession("sid_b" + accountId, accountId, NOW,
                "urn:mpp:acr:basic", NOW, NOW.plusSeconds(60)));

        assertThat(sessions.findActive("hash-a-" + accountId, NOW.plusSeconds(1))).hasValue(session);
        assertThat(sessions.findActive("hash-b-" + accountId, NOW.plusSeconds(60))).as("expired").isEmpty();
        assertThat(sessions.findActive("unknown", NOW)).isEmpty();

        assertThat(sessions.purgeExpired(NOW.plusSeconds(61))).isGreaterThanOrEqualTo(1);
        assertThat(sessions.findActive("hash-a-" + accountId, NOW)).isPresent();
        assertThat(sessions.delete("hash-a-" + accountId)).isTrue();
        assertThat(sessions.delete("hash-a-" + accountId)).isFalse();
        assertThat(sessions.findActive("hash-a-" + accountId, NOW)).isEmpty();
    }

    @Test
    @DisplayName("SSO-016, SSO-018, ACC-050: a consent is stored per account and client with its text version, times, page language and last use, replaced by a later grant, and withdrawn")
    void consents() {
        String accountId = account();
        assertThat(consents.find(accountId, "demo-web")).isEmpty();

        consents.save(accountId, "demo-web", new StoredConsent("openid profile", "2026.1", NOW));
        consents.save(accountId, "demo-cli", new StoredConsent("openid", "2026.1", NOW));
        consents.save(accountId, "demo-web", new StoredConsent("openid profile nik", "2026.2", NOW.plusSeconds(5)));

        assertThat(consents.find(accountId, "demo-web")).as("the first grant's time is kept")
                .hasValue(new StoredConsent("openid profile nik", "2026.2", NOW.plusSeconds(5), NOW, "id", null));
        assertThat(consents.find(accountId, "demo-cli")).hasValue(new StoredConsent("openid", "2026.1", NOW));

        consents.recordUse(accountId, "demo-cli", NOW.plusSeconds(9));
        consents.save(accountId, "demo-cli",
                new StoredConsent("openid email", "2026.2", NOW.plusSeconds(12), NOW.plusSeconds(12), "en", null));
        assertThat(consents.find(accountId, "demo-cli")).as("a later grant keeps the first time and the last use")
                .hasValue(new StoredConsent("openid email", "2026.2", NOW.plusSeconds(12), NOW, "en",
                        NOW.plusSeconds(9)));
        assertThat(consents.delete(accountId, "demo-web")).isTrue();
        assertThat(consents.find(accountId, "demo-web")).isEmpty();
    }

    @Test
    @DisplayName("ACC-050, ACC-051: an account's consents are listed newest first; a withdrawal removes one, keeps its record with the time, and happens once")
    void consentsListedAndWithdrawn() {
        String accountId = account();
        String otherId = account();
        consents.save(accountId, "demo-cli", new StoredConsent("openid", "2026.1", NOW));
        consents.save(accountId, "demo-web", new StoredConsent("openid profile", "2026.1", NOW.plusSeconds(5)));
        consents.save(otherId, "demo-web", new StoredConsent("openid", "2026.1", NOW));

        assertThat(consents.listOf(accountId)).extracting(JdbcConsentStore.ClientGrant::clientId)
                .containsExactly("demo-web", "demo-cli");
        assertThat(consents.listOf(accountId).get(0).consent())
                .isEqualTo(new StoredConsent("openid profile", "2026.1", NOW.plusSeconds(5)));

        assertThat(consents.withdraw(accountId, "demo-web", NOW.plusSeconds(60))).isTrue();
        assertThat(consents.withdraw(accountId, "demo-web", NOW.plusSeconds(61))).isFalse();
        assertThat(consents.withdraw(accountId, "unknown-client", NOW.plusSeconds(61))).isFalse();

        assertThat(consents.find(accountId, "demo-web")).isEmpty();
        assertThat(consents.withdrawals(accountId, "demo-web")).containsExactly(NOW.plusSeconds(60));
        assertThat(consents.withdrawals(accountId, "unknown-client")).isEmpty();
        assertThat(consents.listOf(accountId)).extracting(JdbcConsentStore.ClientGrant::clientId)
                .containsExactly("demo-cli");
        assertThat(consents.find(otherId, "demo-web")).isPresent();
    }

    @Test
    @DisplayName("A pending request is found until it expires and can be finished only once")
    void pendingRequests() {
        PendingRequest request = new PendingRequest(PendingRequest.AUTHORIZE, "response_type=code&client_id=demo-web",
                "csrf-1", "browser-hash-1", NOW, NOW.plus(Duration.ofMinutes(15)));
        String id = "pending-" + SERIAL.incrementAndGet();
        pending.save(id, request);

        assertThat(pending.findActive(id, NOW.plusSeconds(10))).hasValue(request);
        assertThat(pending.findActive(id, NOW.plus(Duration.ofMinutes(15)))).as("expired").isEmpty();
        assertThat(pending.delete(id)).isTrue();
        assertThat(pending.delete(id)).as("a second POST cannot finish it again").isFalse();

        String old = "pending-" + SERIAL.incrementAndGet();
        pending.save(old, new PendingRequest(PendingRequest.LOGOUT, "", "csrf-2", "browser-hash-2", NOW,
                NOW.plusSeconds(1)));
        assertThat(pending.purgeExpired(NOW.plusSeconds(2))).isGreaterThanOrEqualTo(1);
        assertThat(pending.findActive(old, NOW)).isEmpty();
    }
}
