package id.mpp.spec.rules;

import java.util.regex.Pattern;

/**
 * The structural check of a NIK (Nomor Induk Kependudukan), {@code PPKKCCDDMMYYSSSS}, from the project's domain
 * notes: 16 digits, a birth month from 01 to 12, a birth day from 01 to 31 (or 41 to 71 for women, the day plus
 * 40), and a serial above 0000. An unknown region code or an odd year is not structural, and is not rejected.
 */
final class Nik {

    private static final Pattern DIGITS = Pattern.compile("^[0-9]{16}$");

    private Nik() {
    }

    /** Why the text is not a structurally valid NIK, or null when it is one. */
    static String problem(String nik) {
        if (!DIGITS.matcher(nik).matches()) {
            return "is not 16 digits";
        }
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        if (!(day >= 1 && day <= 31) && !(day >= 41 && day <= 71)) {
            return "has the birth day " + nik.substring(6, 8) + " (01 to 31, or 41 to 71)";
        }
        if (month < 1 || month > 12) {
            return "has the birth month " + nik.substring(8, 10);
        }
        if (nik.endsWith("0000")) {
            return "has the serial 0000";
        }
        return null;
    }
}
