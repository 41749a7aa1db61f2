package id.mpp.server.domain.service;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The text search of listServices (CAT-007): every word of {@code q} must occur, ignoring case and diacritics, in the
 * service's name in either language, its description (either language) or its agency's name (either language).
 * A word occurs when it is a substring of the text, so {@code kelahir} finds "Kelahiran".
 *
 * <p>Relevance, highest first: for each word, the best place it occurs counts 8 in the name in the negotiated
 * language, 4 in the name in the other language, 2 in the agency's name, 1 in a description; a service's relevance
 * is the sum over the words.
 */
public final class ServiceSearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<String> words;

    private ServiceSearch(List<String> words) {
        this.words = words;
    }

    /** The search for the words of {@code q}: letters and digits, split on anything else (spaces, punctuation). */
    public static ServiceSearch of(String q) {
        return new ServiceSearch(Arrays.stream(SEPARATORS.split(fold(q))).filter(word -> !word.isEmpty()).toList());
    }

    /** The search's words, folded. */
    public List<String> words() {
        return words;
    }

    /** {@code text} in lower case without diacritics ("Penerbitan Akta Kélahiran" becomes "penerbitan akta kelahiran"). */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * The relevance of {@code service} for the negotiated language, empty when a word occurs nowhere. A search
     * without words matches everything with relevance 0.
     */
    public OptionalInt relevance(CatalogueService service, boolean english) {
        String ownName = fold(service.name().in(english));
        String otherName = fold(service.name().in(!english));
        String agency = fold(service.agencyName().id()) + "\n" + fold(service.agencyName().en());
        String description = fold(service.description().id()) + "\n" + fold(service.description().en());
        int relevance = 0;
        for (String word : words) {
            int best = ownName.contains(word) ? 8
                    : otherName.contains(word) ? 4
                    : agency.contains(word) ? 2
                    : description.contains(word) ? 1 : 0;
            if (best == 0) {
                return OptionalInt.empty();
            }
            relevance += best;
        }
        return OptionalInt.of(relevance);
    }
}
