package id.mpp.server.domain.application;

import java.time.ZoneId;

/**
 * The time zone of a region, by its province (the first two digits of the code): WIB (UTC+7) for Sumatra, Java and
 * West and Central Kalimantan; WITA (UTC+8) for Bali, Nusa Tenggara, South, East and North Kalimantan and Sulawesi;
 * WIT (UTC+9) for Maluku and Papua.
 */
public final class RegionTimeZones {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    public static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

    private RegionTimeZones() {
    }

    /** The zone of the region {@code PP.KK} (or of the province {@code PP}). */
    public static ZoneId of(String regionCode) {
        if (regionCode == null || regionCode.length() < 2 || !Character.isDigit(regionCode.charAt(0))
                || !Character.isDigit(regionCode.charAt(1))) {
            throw new IllegalArgumentException("Not a region code: " + regionCode);
        }
        int province = Integer.parseInt(regionCode.substring(0, 2));
        if (province == 81 || province == 82 || province >= 91) {
            return WIT;
        }
        if ((province >= 51 && province <= 53) || (province >= 63 && province <= 65) || (province >= 71
                && province <= 76)) {
            return WITA;
        }
        return WIB;
    }
}
