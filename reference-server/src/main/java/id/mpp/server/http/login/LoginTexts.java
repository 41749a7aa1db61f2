package id.mpp.server.http.login;

import id.mpp.server.http.Language;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the sign-in pages, from {@code i18n/login.properties} (Bahasa Indonesia) and
 * {@code i18n/login_en.properties} (English), like the problem and OAuth texts; each is HTML-escaped when written.
 */
final class LoginTexts {
    private static final String BUNDLE = "i18n.login";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private LoginTexts() {
    }

    /** The text {@code key} in {@code language} with {@code {0}} replaced by {@code argument} when given. */
    static String text(Language language, String key, Object... arguments) {
        String text = lookup(language, key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /** The plain description of a scope, or the scope itself when it has none. */
    static String scope(Language language, String scope) {
        String key = "scope." + scope;
        String text = text(language, key);
        return text.equals(key) ? scope : text;
    }

    private static String lookup(Language language, String key) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE,
                language == Language.EN ? Locale.ENGLISH : Locale.ROOT, NO_FALLBACK);
        try {
            return bundle.getString(key);
        } catch (MissingResourceException unknown) {
            return key;
        }
    }
}
