package id.mpp.spec.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML as a YAML 1.1 tool does (SnakeYAML, which comes with jackson-dataformat-yaml): plain {@code yes} is a
 * boolean, plain {@code 2026-01-01} a date, plain {@code 1e3} a number. A date is kept as a marker
 * ({@code !!timestamp ...}) so that a comparison shows where a string turned into one.
 */
final class Yaml11 {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Yaml11() {
    }

    static JsonNode read(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        Object loaded = new org.yaml.snakeyaml.Yaml(options).load(yaml);
        return JSON.valueToTree(markDates(loaded));
    }

    private static Object markDates(Object value) {
        if (value instanceof Date date) {
            return "!!timestamp " + date.toInstant();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, child) -> copy.put(key instanceof String ? key : "!!" + key.getClass().getSimpleName() + " " + key,
                    markDates(child)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(child -> copy.add(markDates(child)));
            return copy;
        }
        return value;
    }
}
