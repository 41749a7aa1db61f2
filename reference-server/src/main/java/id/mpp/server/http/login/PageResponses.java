package id.mpp.server.http.login;

import id.mpp.server.domain.oauth.AuthorizationRequest;
import id.mpp.server.http.Language;
import id.mpp.server.http.RequestIds;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;

/** HTML pages and redirects as responses: {@code Cache-Control: no-store}, the page's {@code Content-Language}. */
final class PageResponses {
    private PageResponses() {
    }

    static MutableHttpResponse<String> html(HttpStatus status, Language lang, String page) {
        return HttpResponse.<String>status(status).body(page)
                .contentType("text/html; charset=utf-8")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache")
                .header(HttpHeaders.CONTENT_LANGUAGE, lang.tag());
    }

    static MutableHttpResponse<String> redirect(String location) {
        return HttpResponse.<String>status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, location)
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** A page with a heading and a message, with the request ID for support. */
    static MutableHttpResponse<String> message(HttpStatus status, Language lang, HttpRequest<?> request,
            String titleKey, String headingKey, String messageKey, Object... arguments) {
        return html(status, lang, LoginPages.message(lang, LoginTexts.text(lang, titleKey),
                LoginTexts.text(lang, headingKey), LoginTexts.text(lang, messageKey, arguments),
                RequestIds.of(request)));
    }

    /** The language of a page: {@code ui_locales} first, then {@code Accept-Language}. */
    static Language language(List<String> uiLocales, HttpRequest<?> request) {
        for (String tag : uiLocales) {
            String lower = tag.toLowerCase(java.util.Locale.ROOT);
            if (lower.equals("en") || lower.startsWith("en-")) {
                return Language.EN;
            }
            if (lower.equals("id") || lower.startsWith("id-")) {
                return Language.ID;
            }
        }
        return Language.of(request);
    }

    static Language language(AuthorizationRequest authorization, HttpRequest<?> request) {
        return language(authorization.uiLocales(), request);
    }
}
