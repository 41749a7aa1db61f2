package id.mpp.server.http.sso;

import id.mpp.server.domain.oauth.OAuthErrorCode;
import id.mpp.server.http.Language;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of OAuth errors in the request's language ({@code i18n/oauth*.properties}): the title of each error
 * code, and the description a rule gave in English, translated when the bundle has it.
 */
final class OAuthTexts {
    private static final String BUNDLE = "i18n.oauth";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private OAuthTexts() {
    }

    static String title(OAuthErrorCode error, Language language) {
        String title = lookup("title." + error.code(), language);
        return title != null ? title : error.code();
    }

    static String description(String english, Language language) {
        if (english == null || language == Language.EN) {
            return english;
        }
        String translated = lookup("description." + english.replace(' ', '_'), language);
        return translated != null ? translated : english;
    }

    private static String lookup(String key, Language language) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE,
                    language == Language.EN ? Locale.ENGLISH : Locale.ROOT, NO_FALLBACK);
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
