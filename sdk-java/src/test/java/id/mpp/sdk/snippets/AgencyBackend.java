package id.mpp.sdk.snippets;

import com.nimbusds.jose.jwk.JWK;
import id.mpp.sdk.MppClient;
import id.mpp.sdk.Versioned;
import id.mpp.sdk.auth.ClientAuthentication;
import id.mpp.sdk.errors.ConflictException;
import id.mpp.sdk.errors.PreconditionFailedException;
import id.mpp.sdk.generated.model.Application;
import id.mpp.sdk.generated.model.ApplicationAction;
import id.mpp.sdk.generated.model.ApplicationTransition;
import id.mpp.sdk.generated.model.Event;
import id.mpp.sdk.generated.model.EventType;
import id.mpp.sdk.pagination.Page;
import id.mpp.sdk.sso.SsoClient;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/** The README's "An agency back-end", compiled and run by the build ({@code AgencyBackendTest}). */
final class AgencyBackend {

    private static final Logger LOG = System.getLogger(AgencyBackend.class.getName());

    /** Where the back-end keeps its place in the event feed: in practice a row of its own database. */
    interface CursorStore {

        /** The token to read on from, or {@code null} before the first read. */
        String load();

        /** Keeps the token to read on from. */
        void save(String cursor);
    }

    private AgencyBackend() {
    }

    // tag::agency-client[]
    static MppClient connect(String issuer, JWK clientKey) {
        // A confidential client proves itself with a JWT signed by its private key (private_key_jwt); with a
        // secret instead: ClientAuthentication.clientSecretBasic("disdukcapil-banyumas-siak", secret).
        SsoClient sso = SsoClient.builder()
                .issuer(issuer)                                // e.g. https://mpp.banyumaskab.go.id
                .clientAuthentication(ClientAuthentication.privateKeyJwt("disdukcapil-banyumas-siak", clientKey))
                .build();

        // Client credentials grant: the token is cached and fetched again shortly before it expires.
        return MppClient.builder()
                .baseUrl(issuer)
                .credentials(sso.clientCredentials("officer", "agency.events"))
                .build();
    }
    // end::agency-client[]

    // tag::agency-feed[]
    static void readFeed(MppClient client, CursorStore cursors) {
        // Read on from the kept cursor until caught up; keep each page's token once its events are handled.
        String cursor = cursors.load();
        for (Page<Event> page : client.events().list(q -> q.pageToken(cursor)).pages()) {
            for (Event event : page.items()) {
                if (event.getType() != EventType.APPLICATION_SUBMITTED) {
                    continue;
                }
                // Take it into review at the version just read: the SDK sends its ETag as If-Match.
                Versioned<Application> application = client.applications().get(event.getApplicationId());
                try {
                    client.applications().transition(application,
                            new ApplicationTransition().action(ApplicationAction.START_REVIEW));
                } catch (ConflictException | PreconditionFailedException e) {  // an officer was quicker
                    LOG.log(Level.INFO, event.getTrackingNumber() + " sudah ditangani: " + e.getMessage());
                }
            }
            page.nextPageToken().ifPresent(cursors::save);
        }
    }
    // end::agency-feed[]
}
