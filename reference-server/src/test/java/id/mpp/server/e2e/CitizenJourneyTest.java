package id.mpp.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.mpp.sdk.MppClient;
import id.mpp.sdk.Versioned;
import id.mpp.sdk.auth.ClientAuthentication;
import id.mpp.sdk.auth.UserSession;
import id.mpp.sdk.documents.UploadResult;
import id.mpp.sdk.generated.model.Application;
import id.mpp.sdk.generated.model.ApplicationAction;
import id.mpp.sdk.generated.model.ApplicationDocumentReference;
import id.mpp.sdk.generated.model.ApplicationStatus;
import id.mpp.sdk.generated.model.ApplicationSubmission;
import id.mpp.sdk.generated.model.ApplicationSummary;
import id.mpp.sdk.generated.model.ApplicationTransition;
import id.mpp.sdk.generated.model.Document;
import id.mpp.sdk.generated.model.DocumentOrigin;
import id.mpp.sdk.generated.model.ServiceSatisfaction;
import id.mpp.sdk.generated.model.SurveyElement;
import id.mpp.sdk.generated.model.SurveyResponseSubmission;
import id.mpp.sdk.generated.model.SurveyScore;
import id.mpp.sdk.sso.LoopbackLogin;
import id.mpp.sdk.sso.SsoClient;
import id.mpp.server.http.login.Browser;
import id.mpp.server.http.sso.SsoFixture;
import id.mpp.server.mail.MailMessage;
import id.mpp.server.mail.Mailer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 6's end-to-end acceptance, through the real pages and the SDK: a citizen registers, proves her e-mail and NIK,
 * signs in once, uploads her KTP and KK once, applies for two services of two agencies reusing them; an officer of
 * each agency signs in with the same single sign-on and takes the application through review to completion; the
 * citizen finds both issued documents in her vault (their codes checkable by anyone), rates one service, and the
 * service's satisfaction result counts her answer.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CitizenJourneyTest implements TestPropertyProvider {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final List<MailMessage> MAIL = new CopyOnWriteArrayList<>();
    /** The demo officers (README, "Demo logins") of the two agencies. */
    private static final String DUKCAPIL_OFFICER = "agus.setiawan@contoh.id";
    private static final String DUKCAPIL_PASSWORD = "Petugas-Dukcapil-2026";
    private static final String PERIZINAN_OFFICER = "rina.wulandari@contoh.id";
    private static final String PERIZINAN_PASSWORD = "Petugas-Perizinan-2026";
    private static final String CITIZEN_SCOPES = "openid profile email account documents.read documents.write"
            + " applications.read applications.write offline_access";

    @Inject
    EmbeddedServer server;

    @MockBean(Mailer.class)
    Mailer capturingMailer() {
        return MAIL::add;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(SsoFixture.properties()); // a fixed port, and the issuer on it
        properties.put("mpp.demo-data.enabled", "true");
        properties.put("mpp.login.secure-cookies", "false");
        properties.put("mpp.accounts.password-hash-iterations", "1000");
        // the officers sign in with the same public client as the citizen (one account, every service)
        properties.put("mpp.clients.demo-cli.scopes", CITIZEN_SCOPES + " officer");
        return properties;
    }

    @Test
    @DisplayName("register, verify e-mail and NIK, upload KTP and KK once, apply to services of two agencies reusing them, officers complete, issued documents in the vault, rate, IKM")
    void aCitizenGetsTwoServicesDoneUploadingEachDocumentOnce() throws Exception {
        String base = "http://localhost:" + server.getPort();
        String email = "nur.hidayah." + ThreadLocalRandom.current().nextInt(1_000_000) + "@contoh.id";
        String password = "Serabi-Kalibagor-" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        String nik = "3302016708" + "95" + String.format("%04d", ThreadLocalRandom.current().nextInt(1, 9999));

        // 1. Registration, then the first sign-in, e-mail code and NIK check raise the account to level nik.
        HttpResponse<String> registered = post(base + "/v1/accounts", null, Map.of(
                "nik", nik, "full_name", "Nur Hidayah", "birth_date", "1995-08-27", "email", email,
                "password", password, "locale", "id", "accepted_terms_version", "2026.1",
                "privacy_consent", Map.of("notice_version", "2026.1",
                        "purposes", List.of("ACCOUNT_MANAGEMENT", "IDENTITY_VERIFICATION"))));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        UserSession first = signIn(base, email, password, CITIZEN_SCOPES);
        assertThat(post(base + "/v1/me/email-verification", first.accessToken(), null).statusCode()).isEqualTo(202);
        HttpResponse<String> confirmed = post(base + "/v1/me/email-verification/confirmation", first.accessToken(),
                Map.of("code", codeMailedTo(email)));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        HttpResponse<String> nikChecked = post(base + "/v1/me/nik-verification", first.accessToken(),
                Map.of("registry_check_consent", true), "If-Match",
                confirmed.headers().firstValue("ETag").orElseThrow());
        assertThat(JSON.readTree(nikChecked.body()).path("acr").asText()).as(nikChecked.body())
                .isEqualTo("urn:mpp:acr:nik");
        // tokens issued from now on carry the new level
        MppClient citizen = client(base, signIn(base, email, password, CITIZEN_SCOPES));

        // 2. Each requirement document uploaded once; a second upload of the same bytes is the same document.
        UploadResult ktp = upload(citizen, "KTP_EL", "KTP-el", "KTP-el Nur Hidayah");
        UploadResult kk = upload(citizen, "KK", "Kartu Keluarga", "Kartu Keluarga Nur Hidayah");
        UploadResult nib = upload(citizen, "NIB", "NIB", "NIB 1234567890123");
        UploadResult npwp = upload(citizen, "NPWP", "NPWP", "NPWP 09.254.294.3-407.000");
        UploadResult again = upload(citizen, "KTP_EL", "KTP-el lagi", "KTP-el Nur Hidayah");
        assertThat(again.alreadyStored()).isTrue();
        assertThat(again.document().getId()).isEqualTo(ktp.document().getId());

        // 3. The family card at Disdukcapil, with the KTP-el and KK as uploaded; its officer verifies both and
        //    takes it to completion.
        Versioned<Application> familyCard = citizen.applications().submit(new ApplicationSubmission()
                .serviceId(Journey.FAMILY_CARD_SERVICE).form(Journey.familyCardForm(nik))
                .documents(List.of(reference("KTP_EL", ktp), reference("KK", kk))));
        assertThat(familyCard.value().getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(familyCard.value().getTrackingNumber()).startsWith("MPP-3302-");
        MppClient dukcapil = client(base, signIn(base, DUKCAPIL_OFFICER, DUKCAPIL_PASSWORD, "openid officer"));
        Versioned<Application> reviewed = takeFromQueue(dukcapil, "33-02-disdukcapil", familyCard.value().getId());
        verify(base, dukcapil, reviewed.value().getId(), ktp.document().getId());
        verify(base, dukcapil, reviewed.value().getId(), kk.document().getId());
        complete(dukcapil, reviewed);

        // 4. The business licence at DPMPTSP takes only a verified KTP-el: the one Disdukcapil verified (verify
        //    once, upload once); its officer, signed in with the same provider, completes it too.
        Versioned<Application> business = citizen.applications().submit(new ApplicationSubmission()
                .serviceId(Journey.BUSINESS_SERVICE).form(Journey.businessForm())
                .documents(List.of(reference("NIB", nib), reference("KTP_EL", ktp), reference("NPWP", npwp))));
        MppClient perizinan = client(base, signIn(base, PERIZINAN_OFFICER, PERIZINAN_PASSWORD, "openid officer"));
        complete(perizinan, takeFromQueue(perizinan, "33-02-dpmptsp", business.value().getId()));
        // and the birth certificate at Disdukcapil reuses the same KK and KTP-el once more, nothing uploaded again
        Versioned<Application> birth = citizen.applications().submit(new ApplicationSubmission()
                .serviceId(Journey.BIRTH_SERVICE).form(Journey.birthForm())
                .documents(List.of(reference("SURAT_KETERANGAN_LAHIR",
                                upload(citizen, "SURAT_KETERANGAN_LAHIR", "Surat lahir", "Surat keterangan lahir")),
                        reference("KK", kk), reference("KTP_EL", ktp))));
        assertThat(birth.value().getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        HttpResponse<String> grants = get(base + "/v1/document-grants?document_id=" + ktp.document().getId(),
                sessions.get(citizen).accessToken());
        assertThat(grants.statusCode()).as(grants.body()).isEqualTo(200);
        assertThat(JSON.readTree(grants.body()).path("items").findValuesAsText("agency_id"))
                .as("the one KTP-el granted to both agencies").contains("33-02-disdukcapil", "33-02-dpmptsp");

        // 5. Both outputs are in the citizen's vault, issued, verified, real PDFs, their codes checkable by anyone.
        assertThat(citizen.applications().get(familyCard.value().getId()).value().getStatus())
                .isEqualTo(ApplicationStatus.COMPLETED);
        List<Document> issued = citizen.documents().list(q -> q.origin(DocumentOrigin.ISSUED)).stream().toList();
        assertThat(issued).hasSize(2);
        for (Document document : issued) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            citizen.documents().download(document.getId(), bytes);
            String text = bytes.toString(StandardCharsets.ISO_8859_1);
            assertThat(text).startsWith("%PDF-").contains("%%EOF");
            String code = document.getIssued().getVerificationCode();
            assertThat(text).contains(code);
            HttpResponse<String> check = get(base + "/v1/issued-documents/" + code, null);
            assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
        }

        // 6. She rates the family-card service; the service's satisfaction result counts her answer.
        SurveyResponseSubmission answer = new SurveyResponseSubmission().comment("Cepat dan jelas.");
        for (SurveyElement element : EnumSet.range(SurveyElement.PERSYARATAN, SurveyElement.SARANA_PRASARANA)) {
            answer.addScoresItem(new SurveyScore().element(element).score(4));
        }
        citizen.applications().submitSurveyResponse(familyCard.value().getId(), answer);
        ServiceSatisfaction satisfaction = citizen.services().satisfaction(Journey.FAMILY_CARD_SERVICE);
        assertThat(satisfaction.getRespondents()).as("her answer is counted").isEqualTo(1);
        // One answer is below the smallest sample the server shows an index for (a respondent must not be
        // recognisable from the index): the index stays hidden until enough citizens have answered.
        assertThat(satisfaction.getMinimumRespondents()).isGreaterThan(1);
        assertThat(satisfaction.getIkm()).isNull();
        assertThat(citizen.applications().surveyResponse(familyCard.value().getId()).getComment())
                .isEqualTo("Cepat dan jelas.");
    }

    private static UploadResult upload(MppClient citizen, String type, String title, String text) {
        return citizen.documents().upload(r -> r.documentType(type).title(title)
                .fileName(type.toLowerCase() + ".pdf").mediaType("application/pdf"),
                new ByteArrayInputStream(Journey.pdf(text)));
    }

    private static ApplicationDocumentReference reference(String type, UploadResult upload) {
        return new ApplicationDocumentReference().documentType(type).documentId(upload.document().getId());
    }

    /** The officer finds the application in the agency's queue and starts its review. */
    private static Versioned<Application> takeFromQueue(MppClient officer, String agencyId, String applicationId) {
        List<ApplicationSummary> queue = officer.applications().agencyQueue(agencyId).stream().toList();
        assertThat(queue).extracting(ApplicationSummary::getId).contains(applicationId);
        return officer.applications().transition(officer.applications().get(applicationId),
                new ApplicationTransition().action(ApplicationAction.START_REVIEW));
    }

    /** The officer verifies a document of the application (verifyApplicationDocument, with its ETag). */
    private void verify(String base, MppClient officer, String applicationId, String documentId) throws Exception {
        String path = base + "/v1/applications/" + applicationId + "/documents/" + documentId;
        String token = sessions.get(officer).accessToken();
        HttpResponse<String> document = get(path, token);
        assertThat(document.statusCode()).as(document.body()).isEqualTo(200);
        HttpResponse<String> verified = post(path + "/verification", token, Map.of("outcome", "VERIFIED"),
                "If-Match", document.headers().firstValue("ETag").orElseThrow());
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
    }

    private static void complete(MppClient officer, Versioned<Application> inReview) {
        Versioned<Application> current = inReview;
        for (ApplicationAction action : List.of(ApplicationAction.APPROVE, ApplicationAction.COMPLETE)) {
            current = officer.applications().transition(current, new ApplicationTransition().action(action));
        }
        assertThat(current.value().getStatus()).isEqualTo(ApplicationStatus.COMPLETED);
    }

    /** Each client's session, for the calls the SDK has no method for (the officer's document verification). */
    private final Map<MppClient, UserSession> sessions = new java.util.concurrent.ConcurrentHashMap<>();

    private MppClient client(String base, UserSession session) {
        MppClient client = MppClient.builder().baseUrl(base).credentials(session).build();
        sessions.put(client, session);
        return client;
    }

    /** Signs in through the real pages with the SDK's loopback login, the test playing the browser. */
    private UserSession signIn(String base, String username, String password, String scopes) {
        SsoClient sso = SsoClient.builder().issuer(base).clientAuthentication(ClientAuthentication.none("demo-cli"))
                .build();
        return LoopbackLogin.builder().sso(sso).scopes(scopes.split(" ")).timeout(Duration.ofSeconds(30))
                .browser(url -> playBrowser(url, username, password)).build().login();
    }

    private void playBrowser(URI authorizationUrl, String username, String password) {
        Browser browser = new Browser(server.getURI());
        HttpResponse<String> login = browser.get(authorizationUrl.toString());
        HttpResponse<String> next = browser.submit(login, "username", username, "password", password);
        if (next.statusCode() == 200 && "/v1/sso/consent".equals(Browser.formAction(next.body()))) {
            next = browser.submit(next, "decision", "allow");
        }
        assertThat(next.statusCode()).as(next.body()).isEqualTo(302);
        HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(
                URI.create(next.headers().firstValue("Location").orElseThrow())).GET().build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private static String codeMailedTo(String address) {
        MailMessage mail = MAIL.stream().filter(m -> m.to().equals(address)).reduce((a, b) -> b).orElseThrow();
        Matcher matcher = CODE.matcher(mail.body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String token, Object body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
