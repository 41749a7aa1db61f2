package id.mpp.server.http.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * The precise Bearer challenge (RFC 6750 §3.1): a 401 after a presented token was refused says
 * {@code error="invalid_token"} (SSO-060, GEN-019); a 403 of a verified token says
 * {@code error="insufficient_scope"} (GEN-020). A 401 without any token keeps the bare challenge.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class BearerChallengeFilter implements Ordered {
    static final String INVALID_TOKEN = "Bearer realm=\"mpp-digital\", error=\"invalid_token\"";
    static final String INSUFFICIENT_SCOPE = "Bearer realm=\"mpp-digital\", error=\"insufficient_scope\"";

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }

    @ResponseFilter
    void challenge(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.status() == HttpStatus.UNAUTHORIZED
                && request.getAttribute(BearerTokenValidator.REJECTED).isPresent()) {
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, INVALID_TOKEN);
        } else if (response.status() == HttpStatus.FORBIDDEN
                && request.getAttribute(BearerTokenValidator.VERIFIED).isPresent()
                && !response.getHeaders().contains(HttpHeaders.WWW_AUTHENTICATE)) {
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, INSUFFICIENT_SCOPE);
        }
    }
}
