package id.mpp.server.domain.account;

import java.text.Normalizer;
import java.util.Locale;

/** Compares personal names as the registry check does: without regard to case, spacing and punctuation. */
public final class PersonNames {
    private PersonNames() {
    }

    /** The name folded for comparison: NFKC, lower case, letters and digits only. */
    public static String fold(String name) {
        String normalised = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(normalised.length());
        normalised.codePoints().filter(Character::isLetterOrDigit).forEach(folded::appendCodePoint);
        return folded.toString();
    }

    /** Whether two names are the same once folded. */
    public static boolean sameName(String a, String b) {
        return fold(a).equals(fold(b));
    }
}
