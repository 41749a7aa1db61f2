package id.mpp.sdk;

import id.mpp.sdk.auth.Credentials;
import id.mpp.sdk.errors.ConflictException;
import id.mpp.sdk.errors.MppApiException;
import id.mpp.sdk.errors.MppTransportException;
import id.mpp.sdk.errors.PreconditionFailedException;
import id.mpp.sdk.errors.ValidationException;
import id.mpp.sdk.generated.model.Application;
import id.mpp.sdk.generated.model.ApplicationCancellation;
import id.mpp.sdk.generated.model.ApplicationDocumentReference;
import id.mpp.sdk.generated.model.ApplicationSubmission;
import id.mpp.sdk.generated.model.Service;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;

/**
 * The quick start of {@code sdk-java/README.md}, compiled and run by the build ({@code QuickStartSnippetTest}).
 *
 * <p>The code between the {@code tag::quickstart[]} and {@code end::quickstart[]} markers is the README's, line for
 * line: {@code ReadmeSnippetsTest} fails when the two differ.
 */
final class QuickStart {

    private static final Logger LOG = System.getLogger("quickstart");

    private QuickStart() {
    }

    static void run(String baseUrl, String accessToken) {
        // tag::quickstart[]
        // One client per deployment and set of credentials; it is immutable and thread-safe, so share it.
        MppClient client = MppClient.builder()
                .baseUrl(baseUrl)                              // e.g. https://mpp.banyumaskab.go.id
                .credentials(Credentials.bearer(accessToken))  // or the refreshing ones of id.mpp.sdk.auth
                .userAgentSuffix("sipadu/2.4")
                .build();

        // Lists are lazy: a page is fetched when the iteration reaches it.
        for (Service service : client.services().list(q -> q.regionCode("33.02").q("akta kelahiran"))) {
            LOG.log(Level.INFO, service.getId() + ": " + service.getName());
        }

        // Submitting is a POST with an idempotency key, so a retry never submits twice.
        Versioned<Application> application = client.applications().submit(new ApplicationSubmission()
                .serviceId("33-02-disdukcapil-akta-kelahiran")
                .form(Map.of("nama_bayi", "Raden Ajeng Sekar", "tanggal_lahir", "2026-11-14"))
                .documents(List.of(new ApplicationDocumentReference()
                        .documentType("KTP_EL").documentId("doc_01JD8Q3M5X4V2K7N9P0R6S1T8W"))));
        LOG.log(Level.INFO, "submitted " + application.value().getTrackingNumber());

        // Errors are unchecked; catch what you handle. getMessage() is made for a log line.
        try {
            client.applications().cancel(application, new ApplicationCancellation().reason("Salah layanan"));
        } catch (ConflictException e) {            // 409, e.g. invalid-transition
            LOG.log(Level.WARNING, "cannot cancel now; allowed: " + e.allowedActions());
        } catch (PreconditionFailedException e) {  // 412: it changed meanwhile; read it again, decide again
            LOG.log(Level.WARNING, "changed meanwhile: " + e.getMessage());
        } catch (ValidationException e) {          // 400/422: e.fieldErrors() points at each bad input
            e.fieldErrors().forEach(error -> LOG.log(Level.WARNING, error.pointer() + ": " + error.message()));
        } catch (MppApiException e) {              // any other answer: status(), type(), requestId(), ...
            LOG.log(Level.ERROR, e.getMessage());  // "404 not-found: ... (request 7f3c9a2e-...)"
        } catch (MppTransportException e) {        // no answer, even after the retries
            LOG.log(Level.ERROR, e.getMessage(), e);
        }
        // end::quickstart[]
    }
}
