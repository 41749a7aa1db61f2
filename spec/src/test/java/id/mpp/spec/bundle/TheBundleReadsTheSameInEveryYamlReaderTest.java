package id.mpp.spec.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.spec.support.ParsedContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The published {@code mpp-digital-v1.yaml} means the same to a YAML 1.1 reader (PyYAML, js-yaml's default schema,
 * SnakeYAML) as to the bundler: no example date, {@code yes} or code turns into another type on the way.
 */
class TheBundleReadsTheSameInEveryYamlReaderTest {

    private static final int SHOWN = 20;

    @Test
    void aYaml11ReaderReadsTheBundledContractAsTheBundlerWroteIt() {
        ParsedContract bundle = ParsedContract.bundled();

        List<String> differences = new ArrayList<>();
        compare(bundle.root(), Yaml11.read(bundle.text()), "", differences);

        assertThat(differences)
                .withFailMessage(() -> differences.size() + " scalar(s) of " + bundle.name() + " read differently in a YAML 1.1 reader "
                        + "(quote them when writing); the first ones:\n  - " + String.join("\n  - ", differences.subList(0, Math.min(SHOWN, differences.size()))))
                .isEmpty();
    }

    private static void compare(JsonNode expected, JsonNode actual, String pointer, List<String> differences) {
        if (expected.isObject() && actual.isObject()) {
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                String child = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                if (!actual.has(field.getKey())) {
                    differences.add(child + ": the key '" + field.getKey() + "' reads as another type");
                } else {
                    compare(field.getValue(), actual.get(field.getKey()), child, differences);
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                compare(expected.get(i), actual.get(i), pointer + "/" + i, differences);
            }
        } else if (!expected.equals(actual)) {
            differences.add(pointer + ": " + expected + " reads as " + actual);
        }
    }
}
