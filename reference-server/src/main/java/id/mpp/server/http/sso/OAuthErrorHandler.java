package id.mpp.server.http.sso;

import id.mpp.server.domain.oauth.OAuthErrorCode;
import id.mpp.server.domain.oauth.OAuthException;
import id.mpp.server.http.Language;
import id.mpp.server.http.RequestIds;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers an {@link OAuthException} of the token, revocation or introspection endpoint as the contract's
 * {@code OAuthError} (SSO-037): {@code application/json} with {@code error} and {@code error_description}
 * (RFC 6749 §5.2) and the problem members {@code type}, {@code title}, {@code status}, {@code detail},
 * {@code instance} and {@code request_id}; 401 with {@code WWW-Authenticate: Basic} for {@code invalid_client},
 * 400 otherwise; never cached (SSO-036).
 */
@Singleton
final class OAuthErrorHandler implements ExceptionHandler<OAuthException, HttpResponse<?>> {
    static final String BASIC_CHALLENGE = "Basic realm=\"mpp-digital\"";

    @Override
    public HttpResponse<?> handle(HttpRequest request, OAuthException exception) {
        return respond(request, exception.error(), exception.description());
    }

    static MutableHttpResponse<Map<String, Object>> respond(HttpRequest<?> request, OAuthErrorCode error,
            String englishDescription) {
        Language language = Language.of(request);
        String description = OAuthTexts.description(englishDescription, language);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error.code());
        if (description != null) {
            body.put("error_description", description);
        }
        body.put("type", error.problemType());
        body.put("title", OAuthTexts.title(error, language));
        body.put("status", error.httpStatus());
        if (description != null) {
            body.put("detail", description);
        }
        body.put("instance", request.getPath());
        body.put("request_id", RequestIds.of(request));
        MutableHttpResponse<Map<String, Object>> response = HttpResponse.<Map<String, Object>>status(
                HttpStatus.valueOf(error.httpStatus())).body(body).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").header("Pragma", "no-cache");
        if (error == OAuthErrorCode.INVALID_CLIENT) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
        }
        return response;
    }
}
