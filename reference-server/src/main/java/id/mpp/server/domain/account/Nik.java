package id.mpp.server.domain.account;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A structurally possible NIK (Nomor Induk Kependudukan): {@code PP KK CC DD MM YY SSSS}, province,
 * regency/city and district of first registration, birth day (plus 40 for women), month, two-digit year and a
 * serial from 0001 (DOMAIN.md).
 *
 * <p>An instance exists only for 16 ASCII digits with a month 01 to 12, a day 01 to 31 or 41 to 71 and a
 * serial above 0000 (ACC-001). It does not promise that the region exists or that the day exists in that
 * month: those are for the population registry to settle ({@link NikValidator}).
 *
 * <p>The NIK is personal data: {@link #toString()} shows only {@link #masked()}, so a NIK that slips into a
 * log line or an exception message is masked. The full value is read only through {@link #digits()}.
 */
public final class Nik {
    private static final int LENGTH = 16;
    private static final int WOMEN_DAY_OFFSET = 40;

    private final String digits;

    private Nik(String digits) {
        this.digits = digits;
    }

    /**
     * Parses a NIK.
     *
     * @throws InvalidNikException when the input is structurally impossible; its message never holds the input
     */
    public static Nik parse(String raw) {
        Optional<NikDefect> defect = defectOf(raw);
        if (defect.isPresent()) {
            throw new InvalidNikException(defect.get());
        }
        return new Nik(raw);
    }

    /** The first structural rule the input breaks, or empty when it is a structurally possible NIK. */
    public static Optional<NikDefect> defectOf(String raw) {
        if (raw == null || raw.length() != LENGTH || !allAsciiDigits(raw)) {
            return Optional.of(NikDefect.NOT_16_DIGITS);
        }
        int day = Integer.parseInt(raw.substring(6, 8));
        int month = Integer.parseInt(raw.substring(8, 10));
        int serial = Integer.parseInt(raw.substring(12, 16));
        if (month < 1 || month > 12) {
            return Optional.of(NikDefect.MONTH_OUT_OF_RANGE);
        }
        boolean manDay = day >= 1 && day <= 31;
        boolean womanDay = day >= 1 + WOMEN_DAY_OFFSET && day <= 31 + WOMEN_DAY_OFFSET;
        if (!manDay && !womanDay) {
            return Optional.of(NikDefect.DAY_OUT_OF_RANGE);
        }
        if (serial == 0) {
            return Optional.of(NikDefect.SERIAL_ZERO);
        }
        return Optional.empty();
    }

    private static boolean allAsciiDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The full 16 digits. Personal data: never log them, and release them only under scope {@code nik}. */
    public String digits() {
        return digits;
    }

    /** The first four and the last two digits with ten {@code *} between them, as {@code 3302**********03}. */
    public String masked() {
        return digits.substring(0, 4) + "**********" + digits.substring(14);
    }

    /** The province code {@code PP}, as {@code 33}. */
    public String provinceCode() {
        return digits.substring(0, 2);
    }

    /** The regency or city code in Kemendagri form {@code PP.KK}, as {@code 33.02}. */
    public String regionCode() {
        return digits.substring(0, 2) + "." + digits.substring(2, 4);
    }

    /** The district (kecamatan) code in Kemendagri form {@code PP.KK.CC}, as {@code 33.02.01}. */
    public String districtCode() {
        return regionCode() + "." + digits.substring(4, 6);
    }

    /** The sex: a day above 40 marks a woman. */
    public Sex sex() {
        return encodedDay() > WOMEN_DAY_OFFSET ? Sex.FEMALE : Sex.MALE;
    }

    /** The birth day of the month, 1 to 31 (40 already taken off for women). */
    public int birthDay() {
        int day = encodedDay();
        return day > WOMEN_DAY_OFFSET ? day - WOMEN_DAY_OFFSET : day;
    }

    /** The birth month, 1 to 12. */
    public int birthMonth() {
        return Integer.parseInt(digits.substring(8, 10));
    }

    /** The two-digit birth year, 0 to 99; the century is not encoded. */
    public int birthYearOfCentury() {
        return Integer.parseInt(digits.substring(10, 12));
    }

    /** The serial, 1 to 9999. */
    public int serial() {
        return Integer.parseInt(digits.substring(12, 16));
    }

    /**
     * Whether a stated birth date agrees with the one encoded: same day, month and year modulo 100. The
     * century is ambiguous, so a date a hundred years apart agrees too.
     */
    public boolean birthDateAgreesWith(LocalDate stated) {
        Objects.requireNonNull(stated, "stated");
        return stated.getDayOfMonth() == birthDay()
                && stated.getMonthValue() == birthMonth()
                && Math.floorMod(stated.getYear(), 100) == birthYearOfCentury();
    }

    /**
     * The encoded birth date with the century guessed: the latest century in which that date is not after
     * {@code referenceDate} (so on 2026-11-29 the year {@code 26} reads 2026 for a date up to 29 November and
     * 1926 after it). Empty when the day does not exist in that month and year (for instance 30 February).
     */
    public Optional<LocalDate> birthDate(LocalDate referenceDate) {
        Objects.requireNonNull(referenceDate, "referenceDate");
        int yy = birthYearOfCentury();
        int century = Math.floorDiv(referenceDate.getYear(), 100) * 100;
        int year = century + yy;
        if (year > referenceDate.getYear()
                || (year == referenceDate.getYear() && isAfter(referenceDate))) {
            year -= 100;
        }
        try {
            return Optional.of(LocalDate.of(year, birthMonth(), birthDay()));
        } catch (DateTimeException impossibleDay) {
            return Optional.empty();
        }
    }

    private boolean isAfter(LocalDate referenceDate) {
        int month = birthMonth();
        int day = birthDay();
        return month > referenceDate.getMonthValue()
                || (month == referenceDate.getMonthValue() && day > referenceDate.getDayOfMonth());
    }

    private int encodedDay() {
        return Integer.parseInt(digits.substring(6, 8));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Nik && ((Nik) other).digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** The masked NIK only, so that a NIK never reaches a log line in full. */
    @Override
    public String toString() {
        return masked();
    }
}
