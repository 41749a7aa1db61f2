package id.mpp.server.storage.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.server.domain.application.ApplicationDirectory;
import id.mpp.server.domain.application.ApplicationStatus;
import id.mpp.server.storage.application.StoredApplication.Actor;
import id.mpp.server.storage.application.StoredApplication.Decision;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the applications storage must do on every database the server supports (V12 and the store's queries). */
abstract class ApplicationStoreContract {
    private static final AtomicInteger REGIONS_USED = new AtomicInteger();

    @Inject
    JdbcApplicationStore store;

    @Inject
    ApplicationDirectory directory;

    @Inject
    TransactionOperations<Connection> transactions;

    private static final Instant T0 = Instant.parse("2026-11-20T02:12:40Z");

    static StoredApplication application(String agencyId, String applicantId, Instant submittedAt, LocalDate due,
            String tracking) {
        return new StoredApplication("app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 26)
                .toUpperCase(), tracking, "33-02-disdukcapil-akta-kelahiran", "Penerbitan Akta Kelahiran",
                "Birth certificate", "33.02", agencyId, "Disdukcapil Banyumas", "Civil registry Banyumas",
                applicantId, "Dewi Lestari Rahayu", ApplicationStatus.SUBMITTED, "{\"nama_bayi\":\"Arka\"}", 3,
                "AKTA_KELAHIRAN", "Akta Kelahiran", submittedAt, submittedAt, due, null, null, null, null, 1);
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String tracking() {
        return String.format("MPP-9999-2026-%06d", (int) (Math.random() * 999_999) + 1);
    }

    private static TimelineRow submitted(Instant at) {
        return new TimelineRow(at, new Actor("CITIZEN", "Dewi Lestari Rahayu", null), null, null, "SUBMITTED", null);
    }

    @Test
    @DisplayName("An application is stored with its documents and first timeline entry, and read back as stored")
    void insertAndFind() {
        StoredApplication app = application("33-02-disdukcapil", "usr_A" + shortId(), T0,
                LocalDate.parse("2026-11-25"), tracking());
        store.insert(app, List.of(new AttachedRow("KK", "doc_KK1", "VERIFIED"),
                new AttachedRow("KTP_EL", "doc_KTP1", "UPLOADED")), submitted(T0));

        assertThat(store.find(app.id())).hasValue(app);
        assertThat(store.documents(app.id())).containsExactly(new AttachedRow("KK", "doc_KK1", "VERIFIED"),
                new AttachedRow("KTP_EL", "doc_KTP1", "UPLOADED"));
        assertThat(store.timeline(app.id())).containsExactly(submitted(T0));
        assertThat(store.find("app_NONE")).isEmpty();
        assertThat(directory.find(app.id())).hasValueSatisfying(facts -> {
            assertThat(facts.status()).isEqualTo("SUBMITTED");
            assertThat(facts.closed()).isFalse();
            assertThat(facts.agencyId()).isEqualTo("33-02-disdukcapil");
        });
        assertThat(store.applicationsWithDocument("doc_KK1")).contains(app.id());
    }

    @Test
    @DisplayName("A change is written only from the expected version; the timeline appends in order")
    void optimisticUpdate() {
        StoredApplication app = application("33-02-disdukcapil", "usr_B" + shortId(), T0,
                LocalDate.parse("2026-11-25"), tracking());
        store.insert(app, List.of(), submitted(T0));
        Instant later = T0.plusSeconds(3600);
        StoredApplication rejected = app.changed(ApplicationStatus.REJECTED, app.formJson(), later, app.dueDate(),
                later, LocalDate.parse("2026-11-20"), new Decision("REJECTED", "Tidak lengkap", later,
                        new Actor("OFFICER", "Agus Santoso", "33-02-disdukcapil")), null);

        assertThat(store.update(rejected, 2)).isFalse();
        assertThat(store.update(rejected, 1)).isTrue();
        assertThat(store.update(rejected, 1)).isFalse();
        assertThat(store.find(app.id())).hasValue(rejected);
        assertThat(rejected.etag()).isEqualTo("\"2\"");

        TimelineRow reject = new TimelineRow(later, new Actor("OFFICER", "Agus Santoso", "33-02-disdukcapil"),
                "REJECT", "SUBMITTED", "REJECTED", "Tidak lengkap");
        store.appendTimeline(app.id(), reject);
        assertThat(store.timeline(app.id())).containsExactly(submitted(T0), reject);
        assertThat(directory.find(app.id())).hasValueSatisfying(facts -> assertThat(facts.closedAt()).isEqualTo(later));
    }

    @Test
    @DisplayName("A revision's document replaces the one of its type, which is kept out of the current list")
    void attachReplaces() {
        StoredApplication app = application("33-02-disdukcapil", "usr_C" + shortId(), T0,
                LocalDate.parse("2026-11-25"), tracking());
        store.insert(app, List.of(new AttachedRow("KK", "doc_KK_OLD", "VERIFIED"),
                new AttachedRow("KTP_EL", "doc_KTP", "VERIFIED")), submitted(T0));

        List<String> replaced = store.attach(app.id(), List.of(new AttachedRow("KK", "doc_KK_NEW", "UPLOADED"),
                new AttachedRow("AKTA_NIKAH", "doc_AN", "UPLOADED")), T0.plusSeconds(60));

        assertThat(replaced).containsExactly("doc_KK_OLD");
        assertThat(store.documents(app.id())).extracting(AttachedRow::documentId)
                .containsExactly("doc_KTP", "doc_KK_NEW", "doc_AN");
    }

    @Test
    @DisplayName("Serials count from 1 per region and year, one after another")
    void serials() {
        String region = unusedRegion();
        assertThat(store.nextSerial(region, 2026)).isEqualTo(1);
        assertThat(store.nextSerial(region, 2026)).isEqualTo(2);
        assertThat(store.nextSerial(region, 2027)).isEqualTo(1);
        assertThat(store.nextSerial(region, 2026)).isEqualTo(3);
    }

    @Test
    @DisplayName("Concurrent takers never share a serial, and the takers after them fill the gaps they left first")
    void concurrentSerials() throws Exception {
        String region = unusedRegion();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Long> serials = new ArrayList<>();
        try {
            List<Callable<Long>> takers = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                takers.add(() -> store.nextSerial(region, 2028));
            }
            for (Future<Long> f : pool.invokeAll(takers)) {
                serials.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(serials).doesNotHaveDuplicates().hasSize(80).allSatisfy(s -> assertThat(s).isPositive());
        long highest = Collections.max(serials);
        long next;
        do {
            next = store.nextSerial(region, 2028);
            assertThat(serials).doesNotContain(next);
            serials.add(next);
        } while (next <= highest);
        Collections.sort(serials);
        assertThat(serials).containsExactlyElementsOf(LongStream.rangeClosed(1, next).boxed().toList());
    }

    @Test
    @DisplayName("A serial held by a submission not yet committed does not hold up the next one of its region")
    void heldSerialDoesNotBlock() throws Exception {
        String region = unusedRegion();
        // The region's first serial of the year makes its stripes: a second submission waits for that one to commit.
        assertThat(store.nextSerial(region, 2026)).isEqualTo(1);
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Long> holder = pool.submit(() -> transactions.executeWrite(status -> {
                long serial = store.nextSerial(region, 2026);
                taken.countDown();
                awaitQuietly(release);
                return serial;
            }));
            assertThat(taken.await(30, TimeUnit.SECONDS)).isTrue();
            // With one locked counter per region this waits until the holder commits, which waits for this.
            long second = pool.submit(() -> store.nextSerial(region, 2026)).get(30, TimeUnit.SECONDS);
            release.countDown();
            assertThat(holder.get(30, TimeUnit.SECONDS)).isEqualTo(2);
            assertThat(second).isEqualTo(3);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("The stripes the region's first submission makes are seen at once by a second one while the first is still open")
    void firstSerialsOfARegionInTwoOpenSubmissions() throws Exception {
        String region = unusedRegion();
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Long> first = pool.submit(() -> transactions.executeWrite(status -> {
                long serial = store.nextSerial(region, 2027);
                taken.countDown();
                awaitQuietly(release);
                return serial;
            }));
            assertThat(taken.await(30, TimeUnit.SECONDS)).isTrue();
            long second = pool.submit(() -> transactions.executeWrite(status -> store.nextSerial(region, 2027)))
                    .get(30, TimeUnit.SECONDS);
            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(second).isEqualTo(2);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("The serial of a submission that rolled back is handed out again")
    void rolledBackSerialIsReused() {
        String region = unusedRegion();
        assertThat(store.nextSerial(region, 2026)).isEqualTo(1);
        try {
            transactions.executeWrite(status -> {
                assertThat(store.nextSerial(region, 2026)).isEqualTo(2);
                throw new IllegalStateException("the submission fails after taking its serial");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(store.nextSerial(region, 2026)).isEqualTo(2);
    }

    /**
     * A region code no other test of this JVM has used, so that serial counts start at 1 whatever ran before in the
     * same database (random codes collided now and then: 6,400 codes, a few dozen drawn per run).
     */
    private static String unusedRegion() {
        int n = REGIONS_USED.getAndIncrement();
        return String.format("%02d.%02d", 10 + n / 90, 10 + n % 90);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    @DisplayName("The applicant's list is newest first, filtered by status and service, in keyset pages")
    void applicantList() {
        String applicant = "usr_D" + shortId();
        List<StoredApplication> apps = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            StoredApplication app = application("33-02-disdukcapil", applicant, T0.plusSeconds(i * 60L),
                    LocalDate.parse("2026-11-25"), tracking());
            store.insert(app, List.of(), submitted(app.submittedAt()));
            apps.add(app);
        }
        List<StoredApplication> first = store.listByApplicant(applicant, List.of(), null, null, null, 3);
        assertThat(first).extracting(StoredApplication::id)
                .containsExactly(apps.get(4).id(), apps.get(3).id(), apps.get(2).id());
        StoredApplication last = first.get(2);
        assertThat(store.listByApplicant(applicant, List.of(), null, last.submittedAt(), last.id(), 3))
                .extracting(StoredApplication::id).containsExactly(apps.get(1).id(), apps.get(0).id());
        assertThat(store.listByApplicant(applicant, List.of("IN_REVIEW", "APPROVED"), null, null, null, 10)).isEmpty();
        assertThat(store.listByApplicant(applicant, List.of("SUBMITTED"), "33-02-disdukcapil-akta-kelahiran", null,
                null, 10)).hasSize(5);
        assertThat(store.listByApplicant(applicant, List.of(), "other-service", null, null, 10)).isEmpty();
    }

    @Test
    @DisplayName("The agency queue is oldest due first, filtered by overdue, status, service and tracking number")
    void agencyQueue() {
        String agency = "test-" + UUID.randomUUID().toString().substring(0, 8);
        StoredApplication late = application(agency, "usr_E", T0, LocalDate.parse("2026-11-19"), tracking());
        StoredApplication onTime = application(agency, "usr_E", T0, LocalDate.parse("2026-11-25"), tracking());
        StoredApplication waiting = application(agency, "usr_E", T0.plusSeconds(5), LocalDate.parse("2026-11-19"),
                tracking()).changed(ApplicationStatus.NEEDS_REVISION, "{}", T0, LocalDate.parse("2026-11-19"), null,
                null, null, null);
        for (StoredApplication app : List.of(late, onTime, waiting)) {
            store.insert(app, List.of(), submitted(T0));
        }
        LocalDate today = LocalDate.parse("2026-11-22");
        AgencyQueueFilter none = new AgencyQueueFilter(Set.of(), null, today, null, null);

        List<StoredApplication> all = store.listByAgency(agency, none, null, null, null, 10);
        assertThat(all).extracting(StoredApplication::id).containsExactly(late.id(), waiting.id(), onTime.id());
        assertThat(store.listByAgency(agency, none, late.dueDate(), late.submittedAt(), late.id(), 10))
                .extracting(StoredApplication::id).containsExactly(waiting.id(), onTime.id());
        assertThat(store.listByAgency(agency, new AgencyQueueFilter(Set.of(), true, today, null, null), null, null,
                null, 10)).extracting(StoredApplication::id).containsExactly(late.id());
        assertThat(store.listByAgency(agency, new AgencyQueueFilter(Set.of(), false, today, null, null), null, null,
                null, 10)).extracting(StoredApplication::id).containsExactly(waiting.id(), onTime.id());
        assertThat(store.listByAgency(agency, new AgencyQueueFilter(Set.of("NEEDS_REVISION"), null, today, null,
                null), null, null, null, 10)).extracting(StoredApplication::id).containsExactly(waiting.id());
        assertThat(store.listByAgency(agency, new AgencyQueueFilter(null, null, today, null,
                onTime.trackingNumber()), null, null, null, 10)).extracting(StoredApplication::id)
                .containsExactly(onTime.id());
        assertThat(store.listByAgency(agency, new AgencyQueueFilter(null, null, today, "none", null), null, null,
                null, 10)).isEmpty();
    }
}
