package id.mpp.server.domain.application;

import java.util.regex.Pattern;

/**
 * Tracking numbers (APP-010): {@code MPP-<region code without its dot>-<year>-<6-digit serial>}, as
 * {@code MPP-3302-2026-000417}. The serial counts per region and year from 1; storage hands them out.
 */
public final class TrackingNumbers {

    public static final Pattern FORMAT = Pattern.compile("^MPP-[0-9]{4}-[0-9]{4}-[0-9]{6}$");
    public static final int MAX_SERIAL = 999_999;

    private TrackingNumbers() {
    }

    public static String format(String regionCode, int year, long serial) {
        if (serial < 1 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("A serial is 1 to 999999: " + serial);
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("A year has four digits: " + year);
        }
        String region = regionCode.replace(".", "");
        if (!region.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("A region code is PP.KK: " + regionCode);
        }
        return String.format("MPP-%s-%d-%06d", region, year, serial);
    }
}
