package id.mpp.server.domain.satisfaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A satisfaction period of whole calendar months, both dates included (SKM-010).
 *
 * @param from the first day of a month
 * @param to the last day of a month, not before {@code from}
 */
public record SurveyPeriod(LocalDate from, LocalDate to) {

    /** The query pointers of the two dates, as the contract names them. */
    public static final String FROM_POINTER = "#/query/from_date";
    public static final String TO_POINTER = "#/query/to_date";

    public SurveyPeriod {
        if (!problems(from, to).isEmpty()) {
            throw new IllegalArgumentException("Not a period of whole months: " + from + " to " + to);
        }
    }

    /** The default period on {@code today} (in the region's time zone): 1 January of its year to the end of its month. */
    public static SurveyPeriod defaultOn(LocalDate today) {
        return new SurveyPeriod(today.withDayOfYear(1), today.withDayOfMonth(today.lengthOfMonth()));
    }

    /**
     * The period asked for, each missing date taken from the default on {@code today}; the pointers of the dates
     * that break the rules are in {@link #problems(LocalDate, LocalDate)}.
     */
    public static SurveyPeriod resolve(LocalDate from, LocalDate to, LocalDate today) {
        SurveyPeriod fallback = defaultOn(today);
        return new SurveyPeriod(from == null ? fallback.from() : from, to == null ? fallback.to() : to);
    }

    /**
     * The pointers ({@link #FROM_POINTER}, {@link #TO_POINTER}) of the dates that break the rules: a {@code from}
     * that is not the first day of a month, a {@code to} that is not the last day of a month or is before
     * {@code from}. Null dates are not checked.
     */
    public static List<String> problems(LocalDate from, LocalDate to) {
        List<String> pointers = new ArrayList<>();
        if (from != null && from.getDayOfMonth() != 1) {
            pointers.add(FROM_POINTER);
        }
        if (to != null && (to.getDayOfMonth() != to.lengthOfMonth() || from != null && to.isBefore(from))) {
            pointers.add(TO_POINTER);
        }
        return pointers;
    }
}
