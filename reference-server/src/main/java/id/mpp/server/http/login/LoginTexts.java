package id.mpp.server.http.login;

import id.mpp.server.http.Language;
import java.util.Map;

/** The texts of the sign-in pages, in Bahasa Indonesia and English; each is HTML-escaped when written. */
final class LoginTexts {
    private static final Map<String, String> ID = Map.ofEntries(
            Map.entry("site", "MPP Digital"),
            Map.entry("login.title", "Masuk"),
            Map.entry("login.heading", "Masuk ke MPP Digital"),
            Map.entry("login.for", "untuk melanjutkan ke {0}"),
            Map.entry("login.username", "NIK atau alamat surel"),
            Map.entry("login.password", "Kata sandi"),
            Map.entry("login.submit", "Masuk"),
            Map.entry("login.failed", "NIK, alamat surel, atau kata sandi salah."),
            Map.entry("login.raise", "Aplikasi ini meminta tingkat jaminan yang lebih tinggi. Verifikasi alamat surel"
                    + " dan NIK Anda dari halaman akun untuk menaikkannya."),
            Map.entry("consent.title", "Izin akses"),
            Map.entry("consent.heading", "{0} meminta izin"),
            Map.entry("consent.intro", "Aplikasi ini ingin:"),
            Map.entry("consent.nik", "Tandai kotak ini hanya jika Anda setuju membagikan NIK Anda:"),
            Map.entry("consent.allow", "Izinkan"),
            Map.entry("consent.deny", "Tolak"),
            Map.entry("consent.note", "Anda dapat mencabut izin ini kapan saja dari halaman akun Anda."),
            Map.entry("throttled.title", "Terlalu banyak percobaan"),
            Map.entry("throttled.message", "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {0} detik."),
            Map.entry("expired.title", "Halaman kedaluwarsa"),
            Map.entry("expired.message", "Halaman ini sudah tidak berlaku. Kembali ke aplikasi dan mulai masuk lagi."),
            Map.entry("invalid.title", "Permintaan tidak valid"),
            Map.entry("invalid.heading", "Permintaan masuk tidak valid"),
            Map.entry("invalid.client_id", "Aplikasi tidak dikenal. Hubungi pengelola aplikasi."),
            Map.entry("invalid.redirect_uri", "Alamat pengalihan tidak terdaftar untuk aplikasi ini. Hubungi"
                    + " pengelola aplikasi."),
            Map.entry("invalid.logout", "Permintaan keluar tidak valid: aplikasi atau alamat setelah keluar tidak"
                    + " terdaftar."),
            Map.entry("request_id", "ID permintaan: {0}"),
            Map.entry("logout.title", "Keluar"),
            Map.entry("logout.heading", "Keluar dari MPP Digital?"),
            Map.entry("logout.confirm", "Ya, keluar"),
            Map.entry("logout.stay", "Batal"),
            Map.entry("signedout.message", "Anda sudah keluar. Anda dapat menutup jendela ini."),
            Map.entry("stayed.message", "Anda tetap masuk."),
            Map.entry("scope.openid", "Mengetahui bahwa ini Anda (nomor pengenal akun Anda)"),
            Map.entry("scope.profile", "Nama, tanggal lahir dan bahasa Anda"),
            Map.entry("scope.email", "Alamat surel Anda"),
            Map.entry("scope.phone", "Nomor telepon Anda"),
            Map.entry("scope.nik", "Nomor Induk Kependudukan (NIK) Anda"),
            Map.entry("scope.offline_access", "Tetap terhubung ketika Anda tidak sedang memakai aplikasi"),
            Map.entry("scope.account", "Melihat dan mengubah data akun Anda"),
            Map.entry("scope.documents.read", "Melihat dokumen di brankas Anda"),
            Map.entry("scope.documents.write", "Menyimpan dan menghapus dokumen di brankas Anda"),
            Map.entry("scope.applications.read", "Melihat permohonan layanan Anda"),
            Map.entry("scope.applications.write", "Mengajukan dan mengubah permohonan layanan atas nama Anda"),
            Map.entry("scope.officer", "Bertindak sebagai petugas instansi Anda"),
            Map.entry("scope.agency.events", "Menerima kejadian instansi Anda"));

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("site", "MPP Digital"),
            Map.entry("login.title", "Sign in"),
            Map.entry("login.heading", "Sign in to MPP Digital"),
            Map.entry("login.for", "to continue to {0}"),
            Map.entry("login.username", "NIK or e-mail address"),
            Map.entry("login.password", "Password"),
            Map.entry("login.submit", "Sign in"),
            Map.entry("login.failed", "The NIK, e-mail address or password is wrong."),
            Map.entry("login.raise", "This app asks for a higher assurance level. Verify your e-mail address and your"
                    + " NIK from your account page to raise it."),
            Map.entry("consent.title", "Access request"),
            Map.entry("consent.heading", "{0} asks for your permission"),
            Map.entry("consent.intro", "This app would like to:"),
            Map.entry("consent.nik", "Tick this box only if you agree to share your NIK:"),
            Map.entry("consent.allow", "Allow"),
            Map.entry("consent.deny", "Deny"),
            Map.entry("consent.note", "You can withdraw this permission at any time from your account page."),
            Map.entry("throttled.title", "Too many attempts"),
            Map.entry("throttled.message", "Too many failed sign-ins. Try again in {0} seconds."),
            Map.entry("expired.title", "Page expired"),
            Map.entry("expired.message", "This page is no longer valid. Go back to the app and sign in again."),
            Map.entry("invalid.title", "Invalid request"),
            Map.entry("invalid.heading", "Invalid sign-in request"),
            Map.entry("invalid.client_id", "The app is not known. Contact the app's operator."),
            Map.entry("invalid.redirect_uri", "The redirect address is not registered for this app. Contact the"
                    + " app's operator."),
            Map.entry("invalid.logout", "Invalid sign-out request: the app or the address after sign-out is not"
                    + " registered."),
            Map.entry("request_id", "Request ID: {0}"),
            Map.entry("logout.title", "Sign out"),
            Map.entry("logout.heading", "Sign out of MPP Digital?"),
            Map.entry("logout.confirm", "Yes, sign out"),
            Map.entry("logout.stay", "Cancel"),
            Map.entry("signedout.message", "You are signed out. You can close this window."),
            Map.entry("stayed.message", "You are still signed in."),
            Map.entry("scope.openid", "Know that it is you (your account identifier)"),
            Map.entry("scope.profile", "Your name, date of birth and language"),
            Map.entry("scope.email", "Your e-mail address"),
            Map.entry("scope.phone", "Your phone number"),
            Map.entry("scope.nik", "Your national identity number (NIK)"),
            Map.entry("scope.offline_access", "Stay connected while you are not using the app"),
            Map.entry("scope.account", "See and change your account details"),
            Map.entry("scope.documents.read", "See the documents in your vault"),
            Map.entry("scope.documents.write", "Store and delete documents in your vault"),
            Map.entry("scope.applications.read", "See your service applications"),
            Map.entry("scope.applications.write", "Submit and change service applications on your behalf"),
            Map.entry("scope.officer", "Act as an officer of your agency"),
            Map.entry("scope.agency.events", "Receive your agency's events"));

    private LoginTexts() {
    }

    /** The text {@code key} in {@code language} with {@code {0}} replaced by {@code argument} when given. */
    static String text(Language language, String key, Object... arguments) {
        String text = (language == Language.EN ? EN : ID).getOrDefault(key, key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /** The plain description of a scope, or the scope itself when it has none. */
    static String scope(Language language, String scope) {
        String key = "scope." + scope;
        String text = text(language, key);
        return text.equals(key) ? scope : text;
    }
}
