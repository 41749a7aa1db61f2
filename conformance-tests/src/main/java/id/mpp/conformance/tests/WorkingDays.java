package id.mpp.conformance.tests;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates in a region's time zone and the working days the contract counts a service level in. */
final class WorkingDays {

    private WorkingDays() {
    }

    /** The time zone of a region, as getRegion answers it. */
    static ZoneId zone(TestContext ctx, String regionCode) {
        Exchange e = ctx.http().get("/v1/regions/" + regionCode);
        assertThat(e.status()).as("status of getRegion %s", regionCode).isEqualTo(200);
        return ZoneId.of(e.json().path("time_zone").asText());
    }

    /** The date of an instant (ISO-8601 text) in this zone. */
    static LocalDate dateOf(String instant, ZoneId zone) {
        return Instant.parse(instant).atZone(zone).toLocalDate();
    }

    static boolean isWeekday(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The Mondays to Fridays after {@code from} up to and including {@code to}. */
    static int weekdaysAfter(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            n += isWeekday(d) ? 1 : 0;
        }
        return n;
    }

    /**
     * Asserts that {@code due} can be the date reached by counting {@code sla} working days after {@code from}: a
     * weekday after it with at least {@code sla} weekdays in between (holidays only push it later; the deployment's
     * holiday list is not known to the suite).
     */
    static void assertDueDate(LocalDate due, LocalDate from, int sla) {
        assertThat(due).as("due_date after the day counted from (%s)", from).isAfter(from);
        assertThat(isWeekday(due)).as("due_date %s is a working day (not Saturday or Sunday)", due).isTrue();
        assertThat(weekdaysAfter(from, due)).as("weekdays from %s to due_date %s for %s working days", from, due, sla)
                .isGreaterThanOrEqualTo(sla);
        assertThat(due).as("due_date at least %s calendar days after %s", sla, from).isAfterOrEqualTo(from.plusDays(sla));
    }
}
