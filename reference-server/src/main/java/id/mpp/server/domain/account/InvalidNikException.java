package id.mpp.server.domain.account;

import java.util.Objects;

/** Thrown by {@link Nik#parse(String)} for a structurally impossible NIK; the message never holds the input. */
public final class InvalidNikException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient NikDefect defect;

    public InvalidNikException(NikDefect defect) {
        super(Objects.requireNonNull(defect, "defect").messageEn());
        this.defect = defect;
    }

    /** Which structural rule the input broke. */
    public NikDefect defect() {
        return defect;
    }
}
