package id.mpp.sdk.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Document bodies and hashes for the vault's tests. */
final class Fixtures {

    static final String DOCUMENT_ID = "doc_01JD8Q3M5X4V2K7N9P0R6S1T8W";
    static final byte[] PDF = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    private Fixtures() {
    }

    /** The SHA-256 of {@code bytes} in lower-case hexadecimal, computed independently of the SDK. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** A {@code Document} as the contract's example shows it, with this SHA-256, status and version. */
    static String documentJson(String sha256, String status, long version) {
        return "{\"id\":\"" + DOCUMENT_ID + "\",\"owner\":\"usr_01JD7ZK4Q9W2E3R5T6Y8V0H1N2\",\"document_type\":\"KTP_EL\","
                + "\"document_type_name\":\"Kartu Tanda Penduduk Elektronik (KTP-el)\",\"title\":\"KTP-el Dewi Lestari Rahayu\","
                + "\"file_name\":\"KTP Dewi Lestari Rahayu.pdf\",\"media_type\":\"application/pdf\",\"size_bytes\":412877,"
                + "\"sha256\":\"" + sha256 + "\",\"status\":\"" + status + "\",\"origin\":\"UPLOADED\","
                + "\"open_application_count\":0,\"version\":" + version + ",\"created_at\":\"2026-11-12T03:12:45Z\","
                + "\"updated_at\":\"2026-11-12T03:12:45Z\"}";
    }
}
