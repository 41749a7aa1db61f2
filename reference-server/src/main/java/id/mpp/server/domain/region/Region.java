package id.mpp.server.domain.region;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kabupaten or kota by its Kemendagri code {@code PP.KK} (a string: leading zeros matter). The kind is
 * checked against the code: {@code KK >= 71} is a kota, below is a kabupaten (DOMAIN.md).
 *
 * @param code the code, as {@code 33.02}
 * @param kind the kind, which must agree with the code
 * @param name the name without the kind, as {@code Banyumas}
 * @param provinceCode the province code {@code PP}, which must be the code's first two digits
 * @param provinceName the province's name
 */
public record Region(String code, RegionKind kind, String name, String provinceCode, String provinceName) {
    private static final Pattern CODE = Pattern.compile("^[0-9]{2}\\.[0-9]{2}$");

    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provinceCode, "provinceCode");
        Objects.requireNonNull(provinceName, "provinceName");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A region code is PP.KK: " + code);
        }
        if (code.startsWith("00") || code.endsWith("00")) {
            throw new IllegalArgumentException("Province and regency numbers start at 01: " + code);
        }
        if (kind != kindOf(code)) {
            throw new IllegalArgumentException("Region " + code + " is a " + kindOf(code) + ", not a " + kind);
        }
        if (!code.startsWith(provinceCode + ".")) {
            throw new IllegalArgumentException("Region " + code + " is not in province " + provinceCode);
        }
        if (name.isBlank() || provinceName.isBlank()) {
            throw new IllegalArgumentException("Region " + code + " needs a name and a province name");
        }
    }

    /** The kind a valid {@code PP.KK} code implies. */
    public static RegionKind kindOf(String code) {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A region code is PP.KK: " + code);
        }
        return RegionKind.ofRegencyNumber(Integer.parseInt(code.substring(3)));
    }

    /** The name with its kind, as people write it: {@code Kabupaten Banyumas}, {@code Kota Magelang}. */
    public String displayName() {
        return (kind == RegionKind.KOTA ? "Kota " : "Kabupaten ") + name;
    }
}
