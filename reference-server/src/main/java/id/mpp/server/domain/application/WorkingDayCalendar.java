package id.mpp.server.domain.application;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days for service levels (APP-011): Monday to Friday, except the deployment's holidays (national holidays,
 * cuti bersama and regional holidays, as configured). A service level of {@code n} working days counted from a start
 * date ends on the {@code n}-th working day after it; the start date itself is not counted.
 */
public final class WorkingDayCalendar {

    private final Set<LocalDate> holidays;

    public WorkingDayCalendar(Collection<LocalDate> holidays) {
        this.holidays = Set.copyOf(new TreeSet<>(holidays));
    }

    /** The calendar with {@link IndonesianHolidays#DEFAULT} as its holidays. */
    public static WorkingDayCalendar indonesia() {
        return new WorkingDayCalendar(IndonesianHolidays.DEFAULT);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** The date {@code workingDays} working days after {@code start}, not counting {@code start}. */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("A service level is at least one working day: " + workingDays);
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    public Set<LocalDate> holidays() {
        return holidays;
    }
}
