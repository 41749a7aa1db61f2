package id.mpp.server.domain.satisfaction;

import java.math.BigDecimal;

/**
 * The service quality grade (mutu pelayanan) of PermenPANRB 14/2017, read from the index rounded to two decimals:
 * A 88.31 to 100.00, B 76.61 to 88.30, C 65.00 to 76.60, D 25.00 to 64.99. Since the index is rounded to two decimals
 * first, the intervals leave no gap.
 */
public enum SatisfactionGrade {
    A("88.31", "Sangat baik", "Very good"),
    B("76.61", "Baik", "Good"),
    C("65.00", "Kurang baik", "Fair"),
    D("25.00", "Tidak baik", "Poor");

    private final BigDecimal lowest;
    private final String labelId;
    private final String labelEn;

    SatisfactionGrade(String lowest, String labelId, String labelEn) {
        this.lowest = new BigDecimal(lowest);
        this.labelId = labelId;
        this.labelEn = labelEn;
    }

    /** The grade of an index already rounded half up to two decimals (25.00 to 100.00). */
    public static SatisfactionGrade of(BigDecimal roundedIndex) {
        for (SatisfactionGrade grade : values()) {
            if (roundedIndex.compareTo(grade.lowest) >= 0) {
                return grade;
            }
        }
        return D;
    }

    /** The grade's name in English when {@code english}, in Bahasa Indonesia otherwise. */
    public String label(boolean english) {
        return english ? labelEn : labelId;
    }
}
