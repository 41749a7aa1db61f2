package id.mpp.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import java.util.List;
import java.util.Locale;

/**
 * The languages of human-readable texts (GEN-008, STYLE R-307): Bahasa Indonesia by default, English when
 * {@code Accept-Language} prefers it. Quality values are honoured; a header that cannot be parsed means the default.
 */
public enum Language {
    ID("id"),
    EN("en");

    private static final List<String> SUPPORTED = List.of("id", "en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, as sent in {@code Content-Language}. */
    public String tag() {
        return tag;
    }

    /** The language {@code acceptLanguage} asks for among those served; Indonesian when none matches. */
    public static Language negotiate(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ID;
        }
        try {
            String match = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return "en".equals(match) ? EN : ID;
        } catch (IllegalArgumentException unreadable) {
            return ID;
        }
    }

    /** The language of this request's texts. */
    public static Language of(HttpRequest<?> request) {
        return negotiate(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
