package id.mpp.spec.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundle means what the fragments meant: what {@link Yaml} writes reads back as the same tree, in the
 * bundler's own reader and in a YAML 1.1 reader ({@link Yaml11}), which reads plain scalars the way PyYAML, js-yaml's
 * default schema and SnakeYAML do ({@code yes}, {@code on}, {@code 2026-01-01}, {@code 1e3} are no strings there).
 */
class YamlRoundTripTest {

    private static final ObjectMapper JACKSON = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path dir;

    /** Strings a careless writer leaves unquoted, which a reader then takes for something else. */
    static Stream<String> lookAlikes() {
        return Stream.of(
                "33.02", "0800", "012", "3302016708950003", "-7", "+1", ".5", "1e3", "0x1F", "0o17", "1_000",
                ".inf", "-.inf", ".NaN",
                "yes", "no", "on", "off", "y", "n", "Yes", "NO", "true", "False", "null", "Null", "~", "",
                "2026-01-01", "2026-11-20T08:15:00Z", "12:30:00", "=",
                "#/query/page_size", "a: b", "- item", "'quoted'", "\"3\"", "@scope", "!tag", "*alias", "&anchor",
                "%directive", "`code`", " leading space", "trailing space ", "line one\nline two\n",
                "Kartu Tanda Penduduk Elektronik (KTP-el): Rp 0");
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("lookAlikes")
    void aStringReadsBackAsTheSameStringAsValueAndAsKey(String text) throws IOException {
        ObjectNode tree = treeHolding(text);

        assertThat(JACKSON.readTree(written(tree).toFile())).isEqualTo(tree);
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("lookAlikes")
    void aStringReadsBackAsTheSameStringInAYaml11Reader(String text) throws IOException {
        ObjectNode tree = treeHolding(text);

        assertThat(Yaml11.read(Files.readString(written(tree)))).isEqualTo(tree);
    }

    @Test
    void numbersBooleansNullsAndNestingKeepTheirTypes() throws IOException {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        tree.put("int", 50000).put("negative", -3).put("decimal", 82.35).put("yes", true).put("no", false).putNull("nothing");
        tree.putArray("list").add("KTP_EL").add(1).addObject().put("nested", "33.02");
        tree.putObject("object").putArray("empty");

        Path file = written(tree);

        assertThat(JACKSON.readTree(file.toFile())).isEqualTo(tree);
        assertThat(Yaml11.read(Files.readString(file))).isEqualTo(tree);
    }

    @Test
    void theWrittenFileStartsWithItsHeaderComment() throws IOException {
        Path file = dir.resolve("header.yaml");
        Yaml.write(JsonNodeFactory.instance.objectNode().put("openapi", "3.0.3"), file, "Do not edit.");

        assertThat(Files.readString(file)).startsWith("# Do not edit.\n");
    }

    private static ObjectNode treeHolding(String text) {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        tree.put("value", text);
        tree.putObject("keys").put(text, "x");
        tree.putArray("list").add(text);
        return tree;
    }

    private Path written(ObjectNode tree) {
        Path file = dir.resolve("bundle.yaml");
        Yaml.write(tree, file, "test");
        return file;
    }
}
