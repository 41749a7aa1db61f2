package id.mpp.server.http.problem;

import id.mpp.server.http.Language;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The human-readable texts of problems, from {@code i18n/problems.properties} (Bahasa Indonesia) and
 * {@code i18n/problems_en.properties} (English). Keys: {@code title.<slug>}, {@code detail.<...>},
 * {@code field.<CODE>}.
 */
public final class ProblemTexts {

    private static final String BUNDLE = "i18n.problems";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ProblemTexts() {
    }

    public static String title(ProblemType type, Language language) {
        return text("title." + type.slug(), language);
    }

    /** The text under {@code key} with its {@link MessageFormat} arguments; the key itself when unknown. */
    public static String text(String key, Language language, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale(language), NO_FALLBACK);
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale(language)).format(arguments);
        } catch (MissingResourceException unknown) {
            return key;
        }
    }

    private static Locale locale(Language language) {
        return language == Language.EN ? Locale.ENGLISH : Locale.ROOT;
    }
}
