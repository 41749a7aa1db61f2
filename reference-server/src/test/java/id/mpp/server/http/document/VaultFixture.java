package id.mpp.server.http.document;

import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.account.Nik;
import id.mpp.server.domain.account.NikVerification;
import id.mpp.server.domain.account.PasswordHasher;
import id.mpp.server.domain.account.PrivacyConsent;
import id.mpp.server.domain.account.ProcessingPurpose;
import id.mpp.server.domain.oauth.AcrValue;
import id.mpp.server.domain.oauth.ClientDirectory;
import id.mpp.server.domain.oauth.Grant;
import id.mpp.server.domain.oauth.Scopes;
import id.mpp.server.http.Http;
import id.mpp.server.http.me.Citizens;
import id.mpp.server.identity.TokenIssuer;
import id.mpp.server.storage.account.JdbcAccountRepository;
import id.mpp.server.storage.account.StoredAccount;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * What the vault's tests need: citizens, officers of an agency and an agency system with their tokens, file contents
 * with the right (or wrong) magic numbers, and multipart bodies with exactly the parts, order and headers a test
 * wants (the SDK always sends them right).
 */
final class VaultFixture {
    static final String AGENCY = "33-02-disdukcapil";
    static final String OTHER_AGENCY = "33-02-dpmptsp";
    static final String CITIZEN_SCOPES = "openid documents.read documents.write";

    private static final AtomicInteger OFFICER_SERIALS = new AtomicInteger(100);

    private final Citizens citizens;
    private final JdbcAccountRepository accounts;
    private final PasswordHasher hasher;
    private final TokenIssuer issuer;
    private final ClientDirectory clients;
    private final Http http;

    VaultFixture(Http http, JdbcAccountRepository accounts, PasswordHasher hasher, TokenIssuer issuer,
            ClientDirectory clients) {
        this.http = http;
        this.accounts = accounts;
        this.hasher = hasher;
        this.issuer = issuer;
        this.clients = clients;
        this.citizens = new Citizens(accounts, hasher, issuer, http);
    }

    Http http() {
        return http;
    }

    Account citizen() {
        return citizens.create();
    }

    String token(Account account) {
        return citizens.token(account, CITIZEN_SCOPES);
    }

    /** A token of a new officer of {@code agency} named {@code name}. */
    String officerToken(String agency, String name) {
        int serial = OFFICER_SERIALS.incrementAndGet();
        Instant now = Instant.now();
        Account officer = new Account("usr_OFF" + UUID.randomUUID().toString().replace("-", "").substring(0, 23)
                .toUpperCase(), Nik.parse("330201670895" + String.format("%04d", serial)), name,
                LocalDate.of(1995, 8, 27), "petugas" + serial + "@contoh.id", true, "+6281327654321", false,
                NikVerification.unverified(Set.of()), "id", "2026.1",
                PrivacyConsent.given("2026.1", List.of(ProcessingPurpose.ACCOUNT_MANAGEMENT), now), now, now);
        accounts.insert(StoredAccount.officer(officer, hasher.hash(Citizens.PASSWORD), agency));
        Grant grant = new Grant("grant-" + UUID.randomUUID(), "demo-web", officer.id(), "sid", Scopes.parse("officer"),
                Instant.now(), AcrValue.valueOf(officer.acr().name()));
        return issuer.issueAccessToken(grant, agency).token();
    }

    /** A client-credentials token of the demo agency back-end (agency 33-02-disdukcapil). */
    String agencySystemToken() {
        return issuer.issueClientAccessToken(clients.find("demo-agency").orElseThrow(), Scopes.parse("officer"))
                .token();
    }

    static byte[] pdf(int size, long seed) {
        byte[] bytes = random(size, seed);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, Math.min(9, size));
        return bytes;
    }

    static byte[] png(int size, long seed) {
        byte[] bytes = random(size, seed);
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(magic, 0, bytes, 0, Math.min(8, size));
        return bytes;
    }

    static byte[] jpeg(int size, long seed) {
        byte[] bytes = random(size, seed);
        byte[] magic = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
        System.arraycopy(magic, 0, bytes, 0, Math.min(4, size));
        return bytes;
    }

    /** A Windows executable's first bytes ("MZ"). */
    static byte[] exe(int size, long seed) {
        byte[] bytes = random(size, seed);
        bytes[0] = 'M';
        bytes[1] = 'Z';
        return bytes;
    }

    static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
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

    static final String BOUNDARY = "----mpp-test-boundary-7MA4YWxkTrZu0gW";

    static byte[] multipart(List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            StringBuilder head = new StringBuilder("--").append(BOUNDARY).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(part.name()).append('"');
            if (part.fileName() != null) {
                head.append("; filename=\"").append(part.fileName().replace("\"", "\\\"")).append('"');
            }
            head.append("\r\n");
            if (part.contentType() != null) {
                head.append("Content-Type: ").append(part.contentType()).append("\r\n");
            }
            head.append("\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** The usual parts, in the contract's order. */
    static List<Part> parts(String type, String sha256, String title, String fileName, String mediaType,
            byte[] content) {
        List<Part> parts = new ArrayList<>(Arrays.asList(Part.text("document_type", type),
                Part.text("sha256", sha256)));
        if (title != null) {
            parts.add(Part.text("title", title));
        }
        parts.add(Part.file(fileName, mediaType, content));
        return parts;
    }

    HttpResponse<String> upload(String token, List<Part> parts) {
        return http.send(http.request("/v1/documents")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(parts)))
                .build());
    }

    HttpResponse<String> upload(String token, String type, byte[] content, String mediaType, String fileName) {
        return upload(token, parts(type, sha256(content), null, fileName, mediaType, content));
    }

    HttpResponse<String> get(String path, String token, String... headers) {
        HttpRequest.Builder request = http.request(path).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build());
    }

    HttpResponse<byte[]> getBytes(String path, String token, String... headers) {
        HttpRequest.Builder request = http.request(path).GET().header("Authorization", "Bearer " + token);
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> send(String method, String path, String token, String json, String... headers) {
        HttpRequest.Builder request = http.request(path)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build());
    }
}
