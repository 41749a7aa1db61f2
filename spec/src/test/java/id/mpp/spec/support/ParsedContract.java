package id.mpp.spec.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.mpp.spec.Contract;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A contract as the rule checks see it: its exact YAML text, its Jackson tree (for {@code x-} extensions and the
 * raw structure), swagger-parser's reading of it, and the requirement catalogue that goes with it (if any).
 */
public final class ParsedContract {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String name;
    private final String text;
    private final ObjectNode root;
    private final ObjectNode catalogue;
    private SwaggerParseResult parseResult;

    private ParsedContract(String name, String text, String catalogueText) {
        this.name = name;
        this.text = text;
        this.root = readObject(name, text);
        this.catalogue = catalogueText == null ? JsonNodeFactory.instance.objectNode() : readObject(name, catalogueText);
    }

    /** The bundled contract and catalogue from the classpath, read once per JVM. */
    public static ParsedContract bundled() {
        return Bundled.INSTANCE;
    }

    /** A contract from a test resource, without a requirement catalogue. */
    public static ParsedContract fixture(String resource) {
        return new ParsedContract(resource, resourceText(resource), null);
    }

    /** A contract and its requirement catalogue from two test resources. */
    public static ParsedContract fixture(String resource, String catalogueResource) {
        return new ParsedContract(resource, resourceText(resource), resourceText(catalogueResource));
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** The contract's tree; do not change it. */
    public ObjectNode root() {
        return root;
    }

    /** The requirement catalogue's tree (empty when the contract has none); do not change it. */
    public ObjectNode catalogue() {
        return catalogue;
    }

    public List<Operation> operations() {
        return Operation.all(root);
    }

    /** swagger-parser's reading of the text, without resolving references. */
    public synchronized SwaggerParseResult parseResult() {
        if (parseResult == null) {
            ParseOptions options = new ParseOptions();
            options.setResolve(false);
            parseResult = new OpenAPIV3Parser().readContents(text, null, options);
        }
        return parseResult;
    }

    private static ObjectNode readObject(String name, String text) {
        try {
            JsonNode node = YAML.readTree(text);
            if (!(node instanceof ObjectNode)) {
                throw new IllegalArgumentException(name + " is not a YAML mapping");
            }
            return (ObjectNode) node;
        } catch (IOException e) {
            throw new UncheckedIOException(name + " does not parse", e);
        }
    }

    private static String resourceText(String resource) {
        InputStream in = ParsedContract.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("no test resource " + resource);
        }
        return read(in);
    }

    private static String read(InputStream stream) {
        try (InputStream in = stream) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Bundled {
        static final ParsedContract INSTANCE = new ParsedContract(
                Contract.OPENAPI_RESOURCE, read(Contract.openApi()), read(Contract.requirements()));
    }
}
