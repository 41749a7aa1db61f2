package id.mpp.server.http.sso;

import id.mpp.server.identity.Jwks;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;

/**
 * The provider's public signing keys ({@code getJwks}, SSO-003): public members only, cached for
 * {@code mpp.sso.jwks-max-age} (at most one hour).
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
final class JwksController {
    private final Jwks jwks;

    JwksController(Jwks jwks) {
        this.jwks = jwks;
    }

    @Get(uri = "/v1/sso/jwks", produces = MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> jwks() {
        return HttpResponse.ok(jwks.toJsonObject())
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + jwks.maxAgeSeconds());
    }
}
