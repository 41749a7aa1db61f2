package id.mpp.server.storage.catalogue;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers of catalogue queries (regions, agencies, services), kept for the life of the process. The catalogue is
 * written only by migrations (nothing in the server changes a region, an agency or a service at runtime), so an
 * answer stays true until the next deployment restarts the server; a deployment that edits the tables by hand
 * restarts its instances or calls {@link #clear()}. Each answer is stored as the database gave it (order and
 * collation included), keyed by the query and its parameters, and must be immutable.
 *
 * <p>At most {@value #MAX_ENTRIES} answers are kept: the keys come from request parameters, so past that the cache
 * starts again empty rather than grow without bound (legitimate traffic asks far fewer distinct questions).
 */
@Singleton
public final class CatalogueCache {

    static final int MAX_ENTRIES = 512;

    private final Map<String, Object> answers = new ConcurrentHashMap<>();

    /**
     * The cached answer to {@code key}, or the one {@code query} gives, then kept. Two callers asking at once may both
     * run the query; the answers are equal.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> query) {
        Object cached = answers.get(key);
        if (cached != null) {
            return (T) cached;
        }
        T answer = query.get();
        if (answers.size() >= MAX_ENTRIES) {
            answers.clear();
        }
        answers.put(key, answer);
        return answer;
    }

    /** Forgets every answer: the next questions read the database again. */
    public void clear() {
        answers.clear();
    }

    /** A key made of a query's name and its parameters; a null parameter differs from the text "null". */
    public static String key(String query, Object... parameters) {
        StringBuilder key = new StringBuilder(query);
        for (Object parameter : parameters) {
            if (parameter == null) {
                key.append('\u0001');
            } else {
                key.append('\u0000').append(parameter);
            }
        }
        return key.toString();
    }
}
