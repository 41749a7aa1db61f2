package id.mpp.server.storage.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parsed JSON that nobody can change: a form schema is parsed once and shared by every request that shows or checks
 * it (JdbcServiceStore keeps it), so its nested objects and arrays are made unmodifiable too.
 */
final class FrozenJson {

    private FrozenJson() {
    }

    /** An unmodifiable copy of a JSON object, its members frozen all the way down. */
    static Map<String, Object> object(Map<String, Object> object) {
        Map<String, Object> copy = new LinkedHashMap<>();
        object.forEach((name, member) -> copy.put(name, value(member)));
        return Collections.unmodifiableMap(copy);
    }

    @SuppressWarnings("unchecked")
    private static Object value(Object value) {
        if (value instanceof Map<?, ?> object) {
            return object((Map<String, Object>) object);
        }
        if (value instanceof List<?> array) {
            List<Object> copy = new ArrayList<>(array.size());
            array.forEach(item -> copy.add(value(item)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
