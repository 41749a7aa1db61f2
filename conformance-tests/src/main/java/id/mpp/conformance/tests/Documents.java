package id.mpp.conformance.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.auth.Pkce;
import id.mpp.conformance.auth.Tokens;
import id.mpp.conformance.http.ConformanceHttpClient.BinaryExchange;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** Uploads and reads of the document vault that many tests share. */
final class Documents {

    static final String SCOPES = "openid documents.read documents.write";

    private Documents() {
    }

    /** A citizen with an empty vault: a fresh account signed in with the documents scopes. */
    record Owner(Accounts.Fresh account, Tokens tokens) {
        String bearer() {
            return "Bearer " + tokens.accessToken();
        }
    }

    static Owner owner(TestContext ctx) {
        Accounts.Fresh fresh = Accounts.register(ctx);
        return new Owner(fresh, fresh.signIn(ctx, SCOPES));
    }

    /** A small, unique PDF (its leading bytes are %PDF-). */
    static byte[] pdf() {
        String text = "%PDF-1.7\n% conformance " + UUID.randomUUID() + "\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n";
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A small, unique PNG header followed by random bytes (its leading bytes are the PNG signature). */
    static byte[] png() {
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        byte[] rest = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + rest.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(rest, 0, all, head.length, rest.length);
        return all;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One part of a multipart body. */
    record Part(String name, String fileName, String contentType, byte[] content) {
        static Part text(String name, String value) {
            return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
        }

        static Part file(String fileName, String contentType, byte[] content) {
            return new Part("file", fileName, contentType, content);
        }
    }

    /** The parts of a valid upload, in the contract's order. */
    static List<Part> parts(String type, byte[] content, String mediaType) {
        List<Part> parts = new ArrayList<>();
        parts.add(Part.text("document_type", type));
        parts.add(Part.text("sha256", sha256(content)));
        parts.add(Part.text("title", "Dokumen uji " + type));
        parts.add(Part.file("dokumen." + (mediaType.endsWith("pdf") ? "pdf" : "png"), mediaType, content));
        return parts;
    }

    /** POST /v1/documents with these parts. */
    static Exchange upload(TestContext ctx, Owner owner, List<Part> parts) {
        return upload(ctx, owner.bearer(), parts);
    }

    /** POST /v1/documents with these parts, as the holder of this {@code Authorization} value. */
    static Exchange upload(TestContext ctx, String bearer, List<Part> parts) {
        Multipart body = multipart(parts);
        return ctx.http().send(HttpCall.method("POST", "/v1/documents").header("Authorization", bearer)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body.contentType(), body.bytes()));
    }

    /** A {@code multipart/form-data} body and its content type. */
    record Multipart(String contentType, byte[] bytes) {
    }

    /** These parts as a {@code multipart/form-data} body, in their order, with a random boundary. */
    static Multipart multipart(List<Part> parts) {
        String boundary = "conformance-" + Pkce.random().replace('-', 'x').replace('_', 'y');
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part p : parts) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(p.name()).append('"');
            if (p.fileName() != null) {
                head.append("; filename=\"").append(p.fileName()).append('"');
            }
            head.append("\r\n");
            if (p.contentType() != null) {
                head.append("Content-Type: ").append(p.contentType()).append("\r\n");
            }
            head.append("\r\n");
            body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes(p.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return new Multipart("multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** Uploads a valid document and answers it, failing the test unless it answers 201. */
    static JsonNode uploaded(TestContext ctx, Owner owner, String type, byte[] content, String mediaType) {
        return uploaded(ctx, owner.bearer(), type, content, mediaType);
    }

    /** Uploads a valid document by the holder of this bearer, failing the test unless it answers 201. */
    static JsonNode uploaded(TestContext ctx, String bearer, String type, byte[] content, String mediaType) {
        Exchange e = upload(ctx, bearer, parts(type, content, mediaType));
        assertThat(e.status()).as("status of the upload: %s", e.responseBody()).isEqualTo(201);
        return e.json();
    }

    static Exchange get(TestContext ctx, String bearer, String path) {
        return ctx.http().send(HttpCall.get(path).header("Authorization", bearer).header("Accept", "application/json"));
    }

    static BinaryExchange download(TestContext ctx, String bearer, String documentId, String range, String ifNoneMatch) {
        HttpCall call = HttpCall.get("/v1/documents/" + documentId + "/content").header("Authorization", bearer);
        if (range != null) {
            call.header("Range", range);
        }
        if (ifNoneMatch != null) {
            call.header("If-None-Match", ifNoneMatch);
        }
        return ctx.http().sendForBytes(call);
    }

    /** The IDs of the owner's documents, in the order listDocuments answers them (every page). */
    static List<String> ids(TestContext ctx, Owner owner, String query) {
        List<String> ids = new ArrayList<>();
        String token = null;
        do {
            String path = "/v1/documents?page_size=100" + (query == null ? "" : "&" + query)
                    + (token == null ? "" : "&page_token=" + token);
            Exchange e = get(ctx, owner.bearer(), path);
            assertThat(e.status()).as("status of listDocuments: %s", e.responseBody()).isEqualTo(200);
            e.json().path("items").forEach(d -> ids.add(d.path("id").asText()));
            token = e.json().path("next_page_token").asText(null);
        } while (token != null);
        return ids;
    }

    /** A document type accepting this media type, with the smallest size limit. */
    static JsonNode typeAccepting(TestContext ctx, String mediaType) {
        Exchange e = ctx.http().get("/v1/document-types?page_size=100");
        assertThat(e.status()).as("status of listDocumentTypes").isEqualTo(200);
        JsonNode best = null;
        for (JsonNode t : e.json().path("items")) {
            boolean accepts = false;
            for (JsonNode m : t.path("allowed_media_types")) {
                accepts |= m.asText().equals(mediaType);
            }
            boolean uploadable = !t.path("uploadable").isBoolean() || t.path("uploadable").asBoolean();
            if (accepts && uploadable && (best == null
                    || t.path("max_size_bytes").asLong() < best.path("max_size_bytes").asLong())) {
                best = t;
            }
        }
        assertThat(best).as("a document type accepting %s", mediaType).isNotNull();
        return best;
    }
}
