package id.mpp.examples.cli;

import java.util.Locale;
import java.util.Map;

/** The app's own sentences in Bahasa Indonesia and English ({@code --lang}); the server's follow Accept-Language. */
final class Texts {
    private static final Map<String, String[]> TEXTS = Map.ofEntries(
            Map.entry("login.open", new String[] {
                "Buka tautan ini di peramban untuk masuk:", "Open this link in a browser to sign in:"}),
            Map.entry("login.done", new String[] {"Masuk sebagai %s (%s).", "Signed in as %s (%s)."}),
            Map.entry("logout.done", new String[] {"Keluar. Sesi dihapus: %s", "Signed out. Session deleted: %s"}),
            Map.entry("logout.none", new String[] {"Belum masuk.", "Not signed in."}),
            Map.entry("not.signed.in", new String[] {
                "Belum masuk: jalankan `mpp login` dahulu.", "Not signed in: run `mpp login` first."}),
            Map.entry("session.ended", new String[] {
                "Sesi berakhir (dicabut atau keluar di tempat lain): jalankan `mpp login` lagi.",
                "The session ended (revoked or signed out elsewhere): run `mpp login` again."}),
            Map.entry("uploaded", new String[] {"Tersimpan: %s (%s)", "Stored: %s (%s)"}),
            Map.entry("already", new String[] {"Sudah ada di brankas: %s (%s)", "Already in the vault: %s (%s)"}),
            Map.entry("downloaded", new String[] {
                "Diunduh ke %s: %d byte, SHA-256 %s", "Downloaded to %s: %d bytes, SHA-256 %s"}),
            Map.entry("submitted", new String[] {
                "Permohonan diajukan: %s (%s), status %s, selesai paling lambat %s.",
                "Application submitted: %s (%s), status %s, due by %s."}),
            Map.entry("rated", new String[] {"Terima kasih atas penilaian Anda.", "Thank you for your rating."}),
            Map.entry("none", new String[] {"(tidak ada)", "(none)"}),
            Map.entry("requirements", new String[] {"Persyaratan:", "Requirements:"}),
            Map.entry("form", new String[] {"Isian formulir:", "Form fields:"}),
            Map.entry("required", new String[] {"wajib", "required"}),
            Map.entry("optional", new String[] {"opsional", "optional"}),
            Map.entry("sla", new String[] {"Waktu penyelesaian: %d hari kerja", "Service level: %d working days"}),
            Map.entry("output", new String[] {"Hasil layanan: %s", "Output: %s"}),
            Map.entry("error", new String[] {"Gagal", "Failed"}),
            Map.entry("transport", new String[] {
                "Server tidak dapat dihubungi: %s", "Cannot reach the server: %s"}),
            Map.entry("documents", new String[] {"Dokumen:", "Documents:"}),
            Map.entry("timeline", new String[] {"Riwayat:", "Timeline:"}),
            Map.entry("output.document", new String[] {
                "Dokumen hasil layanan: %s (unduh: mpp documents download %s)",
                "Issued document: %s (download: mpp documents download %s)"}));

    private final boolean english;

    Texts(String lang) {
        this.english = lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en");
    }

    String lang() {
        return english ? "en" : "id";
    }

    String get(String key, Object... args) {
        String[] pair = TEXTS.get(key);
        String text = pair == null ? key : pair[english ? 1 : 0];
        return args.length == 0 ? text : String.format(Locale.ROOT, text, args);
    }

    /** A table column heading. */
    String heading(String id, String en) {
        return english ? en : id;
    }
}
