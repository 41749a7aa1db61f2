package id.mpp.server.domain.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Due dates and overdue flags (APP-011 to APP-013), in the region's time zone.
 */
public final class ServiceLevels {

    private final WorkingDayCalendar calendar;

    public ServiceLevels(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** The due date of an application submitted (or revised) at {@code start} in {@code regionCode}. */
    public LocalDate dueDate(Instant start, String regionCode, int slaWorkingDays) {
        return calendar.addWorkingDays(LocalDate.ofInstant(start, RegionTimeZones.of(regionCode)), slaWorkingDays);
    }

    /** The date of {@code instant} in the region's zone. */
    public static LocalDate dateIn(Instant instant, String regionCode) {
        return LocalDate.ofInstant(instant, RegionTimeZones.of(regionCode));
    }

    /**
     * Whether the application is overdue at {@code now}: open (and not waiting for the citizen in {@code
     * NEEDS_REVISION}) and today is after the due date, or closed on a date after it.
     */
    public static boolean overdue(ApplicationStatus status, LocalDate dueDate, Instant closedAt, Instant now,
            String regionCode) {
        ZoneId zone = RegionTimeZones.of(regionCode);
        if (closedAt != null) {
            return LocalDate.ofInstant(closedAt, zone).isAfter(dueDate);
        }
        if (status == ApplicationStatus.NEEDS_REVISION) {
            return false;
        }
        return LocalDate.ofInstant(now, zone).isAfter(dueDate);
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }
}
