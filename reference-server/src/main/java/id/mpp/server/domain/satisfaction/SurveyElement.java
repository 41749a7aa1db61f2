package id.mpp.server.domain.satisfaction;

/**
 * The nine elements (unsur) of the SKM survey, in the regulation's order U1 to U9, each by its stable code: never
 * identify an element by its position, since some systems swap U8 and U9.
 */
public enum SurveyElement {
    /** U1 Persyaratan. */
    PERSYARATAN,
    /** U2 Sistem, mekanisme, dan prosedur. */
    PROSEDUR,
    /** U3 Waktu penyelesaian. */
    WAKTU_PENYELESAIAN,
    /** U4 Biaya/tarif. */
    BIAYA_TARIF,
    /** U5 Produk spesifikasi jenis pelayanan. */
    PRODUK_LAYANAN,
    /** U6 Kompetensi pelaksana. */
    KOMPETENSI_PELAKSANA,
    /** U7 Perilaku pelaksana. */
    PERILAKU_PELAKSANA,
    /** U8 Penanganan pengaduan, saran dan masukan. */
    PENANGANAN_PENGADUAN,
    /** U9 Sarana dan prasarana. */
    SARANA_PRASARANA;

    /** The lowest score (tidak baik). */
    public static final int LOWEST_SCORE = 1;
    /** The highest score (sangat baik). */
    public static final int HIGHEST_SCORE = 4;

    /** The regulation's number of the element, U1 to U9. */
    public String regulationNumber() {
        return "U" + (ordinal() + 1);
    }

    /** Whether {@code code} names an element. */
    public static boolean isCode(String code) {
        for (SurveyElement element : values()) {
            if (element.name().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
