package id.mpp.server.storage.account;

import java.time.LocalDate;

/**
 * A demo login of the embedded default (README, "Demo logins"): known to everyone, so never in production.
 *
 * @param id the fixed {@code SubjectId}, so that demo tokens name the same subject on every machine
 * @param nik a structurally valid NIK of a pilot region
 * @param fullName the name
 * @param birthDate the birth date the NIK encodes
 * @param email the e-mail address, verified
 * @param phoneNumber the mobile number
 * @param password the demo password
 * @param passwordHash the demo password's PBKDF2 hash at the default cost, made once (DemoAccountTest checks it), so
 *     that a fresh data folder does not spend four hashes (about a second of a core) before the server answers
 * @param nikVerified whether the NIK counts as confirmed by the population registry (then {@code acr} is {@code nik})
 * @param agencyId the agency of an officer; {@code null} for a citizen
 */
public record DemoAccount(String id, String nik, String fullName, LocalDate birthDate, String email,
        String phoneNumber, String password, String passwordHash, boolean nikVerified, String agencyId) {

    /** The four demo logins: two citizens (Banyumas and Kota Yogyakarta) and two officers of Banyumas agencies. */
    public static final java.util.List<DemoAccount> ALL = java.util.List.of(
            new DemoAccount(subject("DEM0C1"), "3302055403900021", "Dewi Lestari", LocalDate.of(1990, 3, 14),
                    "dewi.lestari@contoh.id", "+6281390001234", "Mendoan-Banyumas-2026",
                    "pbkdf2-sha256$600000$HUP8pGPTpV6Jmi5ZX6t1Ag$3Hk7ebbq5O20YlVZ3E+ql4vqSPfeDbVPuRYryy8V+oc",
                    true, null),
            new DemoAccount(subject("DEM0C2"), "3471030211870014", "Bagus Prasetyo", LocalDate.of(1987, 11, 2),
                    "bagus.prasetyo@contoh.id", "+6287738005678", "Gudeg-Malioboro-2026",
                    "pbkdf2-sha256$600000$WYLsCMPEuvzTo6Sjfy/B1A$lzqR3F/vDFcASCMBfYv7tvhrSjqftRWaledR0CQoEvA",
                    false, null),
            new DemoAccount(subject("DEM0P1"), "3302100906820007", "Agus Setiawan", LocalDate.of(1982, 6, 9),
                    "agus.setiawan@contoh.id", null, "Petugas-Dukcapil-2026",
                    "pbkdf2-sha256$600000$dogPmizgsZV+uIs+i93K4g$pDw6DnuvYW9XzNI8HR33fwdRa09WEf+ijRGOlQeVuaI",
                    true, "33-02-disdukcapil"),
            new DemoAccount(subject("DEM0P2"), "3302176101880032", "Rina Wulandari", LocalDate.of(1988, 1, 21),
                    "rina.wulandari@contoh.id", null, "Petugas-Perizinan-2026",
                    "pbkdf2-sha256$600000$MmuiCC6FGVpAuRB3Yk/Shg$nrb5EP5tJ1jkrkuQe7h5PMrO6kbs5yfbJIn6UP6D6HI",
                    true, "33-02-dpmptsp"));

    private static String subject(String suffix) {
        return "usr_" + "0".repeat(26 - suffix.length()) + suffix;
    }

    @Override
    public String toString() {
        return "DemoAccount[" + id + ", " + email + "]";
    }
}
