package id.mpp.server.domain.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServiceLevelsTest {

    private final WorkingDayCalendar noHolidays = new WorkingDayCalendar(List.of());

    @Test
    @DisplayName("APP-011: Friday 2026-11-20 plus 3 working days is Wednesday 2026-11-25")
    void contractExample() {
        assertThat(noHolidays.addWorkingDays(LocalDate.parse("2026-11-20"), 3)).isEqualTo("2026-11-25");
    }

    @Test
    @DisplayName("The start date is not counted, weekends are skipped, a weekend start counts from Monday")
    void startNotCounted() {
        assertThat(noHolidays.addWorkingDays(LocalDate.parse("2026-11-23"), 1)).isEqualTo("2026-11-24");
        assertThat(noHolidays.addWorkingDays(LocalDate.parse("2026-11-21"), 1)).isEqualTo("2026-11-23");
        assertThat(noHolidays.addWorkingDays(LocalDate.parse("2026-11-22"), 5)).isEqualTo("2026-11-27");
        assertThat(noHolidays.addWorkingDays(LocalDate.parse("2026-11-20"), 10)).isEqualTo("2026-12-04");
        assertThatThrownBy(() -> noHolidays.addWorkingDays(LocalDate.parse("2026-11-20"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Configured holidays are skipped: Christmas 2026 and cuti bersama on the 24th")
    void holidaysSkipped() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(IndonesianHolidays.parseList("2026-12-24, 2026-12-25"));
        // Tue 22nd + 3: Wed 23, (Thu 24, Fri 25 holidays), Mon 28, Tue 29.
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-12-22"), 3)).isEqualTo("2026-12-29");
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-25"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-28"))).isTrue();
    }

    @Test
    @DisplayName("The default list holds the 2026 and 2027 national holidays")
    void defaultHolidays() {
        WorkingDayCalendar calendar = WorkingDayCalendar.indonesia();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-08-17"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-11-20"))).isTrue();
        assertThat(IndonesianHolidays.DEFAULT).doesNotHaveDuplicates()
                .allMatch(date -> date.getYear() == 2026 || date.getYear() == 2027);
        assertThat(IndonesianHolidays.parseList(" ")).isEmpty();
    }

    @Test
    @DisplayName("The submission date is the date in the region's time zone (WIB, WITA, WIT)")
    void regionTimeZone() {
        ServiceLevels levels = new ServiceLevels(noHolidays);
        // 2026-11-19T16:30Z is Thursday 23:30 WIB but Friday 00:30 WITA and 01:30 WIT.
        Instant late = Instant.parse("2026-11-19T16:30:00Z");
        assertThat(levels.dueDate(late, "33.02", 1)).isEqualTo("2026-11-20");
        assertThat(levels.dueDate(late, "64.72", 1)).isEqualTo("2026-11-23");
        assertThat(levels.dueDate(late, "91.71", 1)).isEqualTo("2026-11-23");
        assertThat(ServiceLevels.dateIn(late, "74.71")).isEqualTo("2026-11-20");
    }

    @Test
    @DisplayName("APP-013: overdue for an open application after its due date, never while NEEDS_REVISION; for a closed one, closed after it")
    void overdue() {
        LocalDate due = LocalDate.parse("2026-11-25");
        Instant dueDayEvening = Instant.parse("2026-11-25T16:59:00Z"); // 23:59 WIB
        Instant nextDay = Instant.parse("2026-11-25T17:00:00Z"); // 00:00 WIB on the 26th
        assertThat(ServiceLevels.overdue(ApplicationStatus.IN_REVIEW, due, null, dueDayEvening, "33.02")).isFalse();
        assertThat(ServiceLevels.overdue(ApplicationStatus.IN_REVIEW, due, null, nextDay, "33.02")).isTrue();
        assertThat(ServiceLevels.overdue(ApplicationStatus.SUBMITTED, due, null, nextDay, "33.02")).isTrue();
        assertThat(ServiceLevels.overdue(ApplicationStatus.NEEDS_REVISION, due, null, nextDay, "33.02")).isFalse();
        assertThat(ServiceLevels.overdue(ApplicationStatus.COMPLETED, due, dueDayEvening, nextDay.plusSeconds(864000),
                "33.02")).isFalse();
        assertThat(ServiceLevels.overdue(ApplicationStatus.REJECTED, due, nextDay, nextDay, "33.02")).isTrue();
    }

    @Test
    @DisplayName("Time zones by province: WIB for Java and Sumatra, WITA for Sulawesi and East Kalimantan, WIT for Papua")
    void zones() {
        assertThat(RegionTimeZones.of("33.02")).isEqualTo(RegionTimeZones.WIB);
        assertThat(RegionTimeZones.of("11.71")).isEqualTo(RegionTimeZones.WIB);
        assertThat(RegionTimeZones.of("62.01")).isEqualTo(RegionTimeZones.WIB);
        assertThat(RegionTimeZones.of("63.06")).isEqualTo(RegionTimeZones.WITA);
        assertThat(RegionTimeZones.of("64.72")).isEqualTo(RegionTimeZones.WITA);
        assertThat(RegionTimeZones.of("74.71")).isEqualTo(RegionTimeZones.WITA);
        assertThat(RegionTimeZones.of("51.71")).isEqualTo(RegionTimeZones.WITA);
        assertThat(RegionTimeZones.of("81.71")).isEqualTo(RegionTimeZones.WIT);
        assertThat(RegionTimeZones.of("94.71")).isEqualTo(RegionTimeZones.WIT);
        assertThatThrownBy(() -> RegionTimeZones.of("x")).isInstanceOf(IllegalArgumentException.class);
    }
}
