package id.mpp.server.domain.account;

/**
 * Why a string is not a structurally possible NIK (DOMAIN.md, ACC-001). Each defect carries the stable error
 * code and the messages in Bahasa Indonesia and English; the messages never repeat the NIK itself.
 */
public enum NikDefect {
    NOT_16_DIGITS("INVALID_FORMAT",
            "NIK harus terdiri dari 16 digit.",
            "The NIK must consist of 16 digits."),
    MONTH_OUT_OF_RANGE("INVALID_NIK",
            "NIK tidak valid karena bulan lahir harus 01 sampai 12.",
            "The NIK is not valid: the birth month must be 01 to 12."),
    DAY_OUT_OF_RANGE("INVALID_NIK",
            "NIK tidak valid karena tanggal lahir harus 01 sampai 31 (41 sampai 71 untuk perempuan).",
            "The NIK is not valid: the birth day must be 01 to 31 (41 to 71 for women)."),
    SERIAL_ZERO("INVALID_NIK",
            "NIK tidak valid karena nomor urut 0000 tidak mungkin.",
            "The NIK is not valid: the serial number 0000 is impossible.");

    private final String code;
    private final String messageId;
    private final String messageEn;

    NikDefect(String code, String messageId, String messageEn) {
        this.code = code;
        this.messageId = messageId;
        this.messageEn = messageEn;
    }

    /** The stable machine-readable code for a {@code FieldError}. */
    public String code() {
        return code;
    }

    /** The message in Bahasa Indonesia. */
    public String messageId() {
        return messageId;
    }

    /** The message in English. */
    public String messageEn() {
        return messageEn;
    }
}
