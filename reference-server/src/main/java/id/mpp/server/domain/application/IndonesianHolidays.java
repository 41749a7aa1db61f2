package id.mpp.server.domain.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The default holiday list of the working-day calendar: Indonesia's national holidays (hari libur nasional) and
 * collective leave days (cuti bersama) of 2026, after the joint decree (SKB 3 Menteri) for 2026, and of 2027 as
 * expected from the Hijri, Chinese, Saka and Buddhist calendars. Dates of 2027 that depend on the moon are estimates
 * until the SKB for 2027 is out, and regional holidays are not included: a deployment sets its own list with
 * {@code mpp.applications.holidays}.
 */
public final class IndonesianHolidays {

    /** The 2026 and 2027 holidays, as ISO dates. */
    public static final List<LocalDate> DEFAULT = parse(
            // 2026: libur nasional
            "2026-01-01", // Tahun Baru Masehi
            "2026-01-16", // Isra Mikraj Nabi Muhammad SAW
            "2026-02-17", // Tahun Baru Imlek 2577
            "2026-03-19", // Hari Suci Nyepi, Tahun Baru Saka 1948
            "2026-03-21", "2026-03-22", // Idulfitri 1447 H
            "2026-04-03", // Wafat Yesus Kristus
            "2026-04-05", // Kebangkitan Yesus Kristus (Paskah)
            "2026-05-01", // Hari Buruh Internasional
            "2026-05-14", // Kenaikan Yesus Kristus
            "2026-05-27", // Iduladha 1447 H
            "2026-05-31", // Hari Raya Waisak 2570 BE
            "2026-06-01", // Hari Lahir Pancasila
            "2026-06-16", // Tahun Baru Islam 1448 H
            "2026-08-17", // Hari Proklamasi Kemerdekaan
            "2026-08-25", // Maulid Nabi Muhammad SAW
            "2026-12-25", // Kelahiran Yesus Kristus (Natal)
            // 2026: cuti bersama
            "2026-02-16", "2026-03-18", "2026-03-20", "2026-03-23", "2026-03-24", "2026-05-15", "2026-05-28",
            "2026-12-24",
            // 2027: libur nasional (moon-dependent dates estimated)
            "2027-01-01", // Tahun Baru Masehi
            "2027-01-05", // Isra Mikraj Nabi Muhammad SAW
            "2027-02-06", // Tahun Baru Imlek 2578
            "2027-03-08", // Hari Suci Nyepi, Tahun Baru Saka 1949
            "2027-03-10", "2027-03-11", // Idulfitri 1448 H
            "2027-03-26", // Wafat Yesus Kristus
            "2027-03-28", // Kebangkitan Yesus Kristus (Paskah)
            "2027-05-01", // Hari Buruh Internasional
            "2027-05-06", // Kenaikan Yesus Kristus
            "2027-05-17", // Iduladha 1448 H
            "2027-05-20", // Hari Raya Waisak 2571 BE
            "2027-06-01", // Hari Lahir Pancasila
            "2027-06-06", // Tahun Baru Islam 1449 H
            "2027-08-15", // Maulid Nabi Muhammad SAW
            "2027-08-17", // Hari Proklamasi Kemerdekaan
            "2027-12-25", // Kelahiran Yesus Kristus (Natal)
            // 2027: cuti bersama (expected)
            "2027-03-09", "2027-03-12", "2027-12-24");

    private IndonesianHolidays() {
    }

    /** Parses a comma-separated list of ISO dates ({@code 2026-12-25,2027-01-01}); blanks are skipped. */
    public static List<LocalDate> parseList(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return parse(Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toArray(String[]::new));
    }

    private static List<LocalDate> parse(String... dates) {
        List<LocalDate> parsed = new ArrayList<>();
        for (String date : dates) {
            parsed.add(LocalDate.parse(date));
        }
        return List.copyOf(parsed);
    }
}
