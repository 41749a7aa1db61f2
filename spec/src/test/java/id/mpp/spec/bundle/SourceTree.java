package id.mpp.spec.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes contract sources (a root and its fragments, or requirement files) into a test's temporary directory. */
final class SourceTree {

    static final String ROOT = """
            openapi: 3.0.3
            info:
              title: Test
              version: 1.0.0
            tags:
              - name: Documents
                description: The vault.
            x-bundle-fragments: [common.yaml, documents.yaml]
            x-mpp-problem-types:
              - type: https://mpp-digital.go.id/problems/not-found
                status: 404
            paths: {}
            components:
              securitySchemes:
                mppOAuth: {type: http, scheme: bearer}
            """;

    static final String COMMON = """
            components:
              schemas:
                Problem: {type: object, description: A problem.}
            """;

    static final String DOCUMENTS = """
            paths:
              /v1/documents:
                get:
                  operationId: listDocuments
                  responses: {'200': {description: ok}}
              /v1/documents/{document_id}:
                get:
                  operationId: getDocument
                  responses: {'200': {description: ok}}
            components:
              schemas:
                Document: {type: object, description: A document.}
            x-mpp-problem-types:
              - type: https://mpp-digital.go.id/problems/document-too-large
                status: 413
            """;

    private final Path dir;

    SourceTree(Path dir) {
        this.dir = dir;
    }

    /** The root and both fragments, as above. */
    static SourceTree standard(Path dir) {
        return new SourceTree(dir).file("openapi.yaml", ROOT).file("common.yaml", COMMON).file("documents.yaml", DOCUMENTS);
    }

    SourceTree file(String name, String text) {
        try {
            Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Path dir() {
        return dir;
    }
}
