package id.mpp.server.e2e;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The services of the journey (seeded in V10 for Kabupaten Banyumas), their forms, and scans to upload. */
final class Journey {
    /** Disdukcapil: the family card update; takes the KTP-el and the old KK as uploaded. */
    static final String FAMILY_CARD_SERVICE = "33-02-disdukcapil-kartu-keluarga";
    /** DPMPTSP: the business licence; takes only a verified KTP-el, and the NIB and NPWP. */
    static final String BUSINESS_SERVICE = "33-02-dpmptsp-izin-usaha";
    /** Disdukcapil: the birth certificate; takes the KK and a verified KTP-el, and the birth notification. */
    static final String BIRTH_SERVICE = "33-02-disdukcapil-akta-kelahiran";

    private Journey() {
    }

    static Map<String, Object> familyCardForm(String nik) {
        return Map.of("jenis_permohonan", "PERUBAHAN_DATA", "nik_kepala_keluarga", nik,
                "alamat", "Jl. Jenderal Soedirman No. 12, Purwokerto", "rt", "003", "rw", "005",
                "alasan", "Perubahan status pendidikan");
    }

    static Map<String, Object> businessForm() {
        return Map.of("nama_usaha", "Getuk Goreng Nur", "kbli", "10794",
                "alamat_usaha", "Jl. Raya Sokaraja No. 45, Sokaraja", "modal_usaha", 750_000_000,
                "jumlah_tenaga_kerja", 12);
    }

    static Map<String, Object> birthForm() {
        return Map.of("nama_bayi", "Ahmad Fauzan", "tanggal_lahir", "2026-11-20", "tempat_lahir", "Purwokerto",
                "jenis_kelamin", "LAKI_LAKI", "nama_ibu", "Nur Hidayah");
    }

    /** A small but well-formed one-page PDF 1.4 with the text, as a scanner app would make. */
    static byte[] pdf(String text) {
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                stream("BT /F1 18 Tf 72 770 Td (" + text + ") Tj ET"),
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        write(out, table + "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
                + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static String stream(String content) {
        return "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream";
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
