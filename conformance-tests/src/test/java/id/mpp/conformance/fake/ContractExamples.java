package id.mpp.conformance.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.mpp.spec.Contract;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The examples of the bundled contract, from which the fake server's answers are made. */
final class ContractExamples {

    private static final JsonNode CONTRACT = load();

    private ContractExamples() {
    }

    /** The JSON example of an operation's response. */
    static JsonNode response(String path, String method, String status) {
        JsonNode example = CONTRACT.path("paths").path(path).path(method).path("responses").path(status)
                .path("content").path("application/json").path("example");
        if (example.isMissingNode()) {
            throw new IllegalStateException("the contract has no example for " + method + " " + path + " " + status);
        }
        return example.deepCopy();
    }

    private static JsonNode load() {
        try (InputStream in = Contract.openApi()) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
