package id.mpp.server.storage.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.server.domain.ids.Ulids;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the vault's metadata store must do on every database the server supports (V8, V9): the seeded types, the
 * upload-once constraint, keyset pages, decisions with a version check, deletion with tombstone and grant expiry,
 * grants' lifecycle and the access log. Each subclass names a database.
 */
abstract class VaultStoreContract {
    private final Ulids ids = new Ulids(Clock.systemUTC());

    @Inject
    VaultStore store;

    private DocumentRow document(String owner, String type, String sha, Instant at) {
        return new DocumentRow(ids.next("doc_"), owner, type, "Judul", "berkas.pdf", "application/pdf", 10, sha,
                UUID.randomUUID().toString().replace("-", ""), "UPLOADED", "UPLOADED", 1, at, at, null, null);
    }

    private static String sha(int n) {
        return String.format("%064x", n);
    }

    private static String owner() {
        return "usr_" + UUID.randomUUID();
    }

    @Test
    @DisplayName("V8 seeds the twenty document types, ordered by code, with limits of 5 or 10 MiB")
    void seededTypes() {
        List<DocumentTypeRow> all = store.types(null, "", 100);
        assertThat(all).hasSize(20);
        assertThat(all).extracting(DocumentTypeRow::code).isSorted().contains("KTP_EL", "SIP", "PBG");
        assertThat(all).allSatisfy(t -> {
            assertThat(t.maxSizeBytes()).isIn(5_242_880L, 10_485_760L);
            assertThat(t.mediaTypes()).isNotEmpty().isSubsetOf("application/pdf", "image/jpeg", "image/png");
        });
        assertThat(store.type("SIP")).hasValueSatisfying(t -> assertThat(t.issuedOnly()).isTrue());
        assertThat(store.type("PAS_FOTO")).hasValueSatisfying(t ->
                assertThat(t.mediaTypes()).containsExactly("image/jpeg", "image/png"));
        assertThat(store.types("PROFESSION", "", 10)).extracting(DocumentTypeRow::code).containsExactly("SIP", "STR");
        assertThat(store.types(null, "SIP", 2)).extracting(DocumentTypeRow::code)
                .containsExactly("SKCK", "STR");
    }

    @Test
    @DisplayName("One document per owner, type and content: a second insert is a DuplicateContentException")
    void uploadOnceConstraint() {
        String owner = owner();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        DocumentRow first = document(owner, "KK", sha(1), now);
        store.insert(first);

        assertThatThrownBy(() -> store.insert(document(owner, "KK", sha(1), now)))
                .isInstanceOf(DuplicateContentException.class);
        store.insert(document(owner, "KTP_EL", sha(1), now));
        store.insert(document(owner(), "KK", sha(1), now));
        assertThat(store.byContent(owner, "KK", sha(1))).hasValue(first);
        assertThat(store.owned(owner, first.id())).hasValue(first);
        assertThat(store.owned(owner(), first.id())).isEmpty();
        assertThat(store.blobKeys()).contains(first.blobKey());
    }

    @Test
    @DisplayName("Pages of the owner's documents, newest first, hold every match exactly once; filters combine")
    void documentPages() {
        String owner = owner();
        Instant base = Instant.parse("2026-11-20T03:00:00Z");
        List<String> inserted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            DocumentRow row = document(owner, i < 3 ? "KK" : "IJAZAH", sha(100 + i),
                    base.plus(i < 2 ? 0 : i, ChronoUnit.MINUTES));
            store.insert(row);
            inserted.add(row.id());
        }
        List<String> seen = new ArrayList<>();
        VaultStore.Cursor after = VaultStore.NO_CURSOR;
        List<DocumentRow> page;
        do {
            page = store.documents(owner, null, null, null, after, 2);
            page.forEach(r -> seen.add(r.id()));
            if (!page.isEmpty()) {
                DocumentRow last = page.get(page.size() - 1);
                after = VaultStore.Cursor.decode(new VaultStore.Cursor(last.createdAt(), last.id()).encode())
                        .orElseThrow();
            }
        } while (page.size() == 2);
        assertThat(seen).hasSize(5).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(inserted);
        assertThat(seen.subList(0, 3)).containsExactly(inserted.get(4), inserted.get(3), inserted.get(2));
        assertThat(store.documents(owner, "KK", "UPLOADED", "UPLOADED", VaultStore.NO_CURSOR, 10)).hasSize(3);
        assertThat(store.documents(owner, "KK", "VERIFIED", null, VaultStore.NO_CURSOR, 10)).isEmpty();
    }

    @Test
    @DisplayName("A decision needs the current version and raises it; deletion leaves a tombstone and expires grants")
    void decisionsAndDeletion() {
        String owner = owner();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        DocumentRow doc = document(owner, "KK", sha(7), now);
        store.insert(doc);
        DocumentRow.Verification decision = new DocumentRow.Verification("REJECTED", "33-02-disdukcapil",
                "Agus Santoso", "app_X", "MPP-1", now, "Buram");

        assertThat(store.decide(doc.id(), 2, decision, now)).isEmpty();
        DocumentRow decided = store.decide(doc.id(), 1, decision, now).orElseThrow();
        assertThat(decided.version()).isEqualTo(2);
        assertThat(decided.status()).isEqualTo("REJECTED");
        assertThat(decided.verification()).isEqualTo(decision);

        GrantRow grant = new GrantRow(ids.next("dgr_"), doc.id(), owner, "KK", "app_X", "MPP-1", null, "33.02",
                "33-02-disdukcapil", now, null, null, null);
        store.insert(grant);
        assertThat(store.grantsInUse(doc.id())).hasSize(1);
        assertThat(store.closeGrants("app_X", now, now.plus(30, ChronoUnit.DAYS))).isEqualTo(1);
        assertThat(store.grantsInUse(doc.id())).isEmpty();
        assertThat(store.grants("app_X", doc.id())).singleElement()
                .satisfies(g -> assertThat(g.activeAt(now)).isTrue());

        Instant deletedAt = now.plusSeconds(5);
        assertThat(store.delete(doc.id(), deletedAt)).isPresent();
        assertThat(store.document(doc.id())).isEmpty();
        assertThat(store.everOwned(owner, doc.id())).isTrue();
        assertThat(store.grants("app_X", doc.id())).singleElement().satisfies(g -> {
            assertThat(g.expiresAt()).isEqualTo(deletedAt);
            assertThat(g.activeAt(deletedAt)).isFalse();
        });
        assertThat(store.delete(doc.id(), deletedAt)).isEmpty();
    }

    @Test
    @DisplayName("Grant pages filter by document, application and status; a revision ends only the open grant")
    void grantPages() {
        String owner = owner();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        DocumentRow doc = document(owner, "KK", sha(9), now);
        store.insert(doc);
        for (int i = 0; i < 3; i++) {
            store.insert(new GrantRow(ids.next("dgr_"), doc.id(), owner, "KK", "app_" + i, "MPP-" + i, null, null,
                    "33-02-disdukcapil", now.plusSeconds(i), null, null, null));
        }
        assertThat(store.endGrants("app_1", doc.id(), now)).isEqualTo(1);
        assertThat(store.endGrants("app_1", doc.id(), now)).isZero();

        assertThat(store.grants(owner, null, null, null, now.plusSeconds(10), VaultStore.NO_CURSOR, 10))
                .extracting(GrantRow::applicationId).containsExactly("app_2", "app_1", "app_0");
        assertThat(store.grants(owner, null, null, "EXPIRED", now.plusSeconds(10), VaultStore.NO_CURSOR, 10))
                .extracting(GrantRow::applicationId).containsExactly("app_1");
        assertThat(store.grants(owner, doc.id(), "app_0", "ACTIVE", now, VaultStore.NO_CURSOR, 10)).hasSize(1);
        assertThat(store.grants(owner(), doc.id(), null, null, now, VaultStore.NO_CURSOR, 10)).isEmpty();
    }

    @Test
    @DisplayName("The access log serves only the listed actions, newest first, filtered by document and application")
    void accessLog() {
        String owner = owner();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        store.append(new AccessLogRow(ids.next("dal_"), "doc_A", owner, "KK", now, "GRANT", "SYSTEM",
                "33-02-disdukcapil", null, "MPP Digital", "app_1", "MPP-1"));
        store.append(new AccessLogRow(ids.next("dal_"), "doc_A", owner, "KK", now.plusSeconds(1), "DOWNLOAD",
                "OFFICER", "33-02-disdukcapil", "Agus", "Back office", "app_1", "MPP-1"));
        store.append(new AccessLogRow(ids.next("dal_"), "doc_B", owner, "KK", now.plusSeconds(2), "DOWNLOAD",
                "CITIZEN", null, null, "App", null, null));
        List<String> served = List.of("DOWNLOAD", "READ_METADATA", "VERIFY");

        assertThat(store.accessLog(owner, null, null, served, VaultStore.NO_CURSOR, 10))
                .extracting(AccessLogRow::documentId).containsExactly("doc_B", "doc_A");
        assertThat(store.accessLog(owner, "doc_A", "app_1", served, VaultStore.NO_CURSOR, 10)).hasSize(1);
        assertThat(store.accessLog(owner, null, null, List.of("GRANT"), VaultStore.NO_CURSOR, 10)).hasSize(1);
        assertThat(store.accessLog(owner(), null, null, served, VaultStore.NO_CURSOR, 10)).isEmpty();
    }

    @Test
    @DisplayName("Issued documents are found by their code and outlive the vault copy")
    void issued() {
        String owner = owner();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        IssuedRow issued = new IssuedRow("B9Y7-3MY6-3FCH-26W" + (int) (Math.random() * 9), ids.next("doc_"), owner,
                "AKTA_KELAHIRAN", "Akta Kelahiran", sha(5), "33-02-disdukcapil", "app_1", "MPP-1", now, "VALID", null,
                "S*** R*******");
        store.insert(issued);
        assertThat(store.issued(issued.verificationCode())).hasValue(issued);
        assertThat(store.issued("0000-0000-0000-0000")).isEmpty();
    }
}
