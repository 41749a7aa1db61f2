package id.mpp.server.domain.region;

/** A regency (kabupaten, {@code KK} below 71) or a city (kota, {@code KK} 71 or more). */
public enum RegionKind {
    KABUPATEN,
    KOTA;

    /** The kind a {@code KK} number implies: every kota has {@code KK >= 71} and every kabupaten below. */
    public static RegionKind ofRegencyNumber(int kk) {
        return kk >= 71 ? KOTA : KABUPATEN;
    }
}
