package id.mpp.server.domain.account;

import java.util.Objects;
import java.util.Optional;

/**
 * The assurance levels of the contract (common.yaml {@code AcrValue}), ordered, each including the ones
 * below (accounts.yaml): {@code basic} a password account, {@code email} the current e-mail address
 * verified, {@code nik} the e-mail verified and the NIK, name and birth date confirmed by Dukcapil.
 */
public enum AssuranceLevel {
    BASIC("urn:mpp:acr:basic"),
    EMAIL("urn:mpp:acr:email"),
    NIK("urn:mpp:acr:nik");

    private final String uri;

    AssuranceLevel(String uri) {
        this.uri = uri;
    }

    /** The {@code acr} value, as {@code urn:mpp:acr:email}. */
    public String uri() {
        return uri;
    }

    /** The level of an {@code acr} value, or empty when it is not one of the contract's. */
    public static Optional<AssuranceLevel> fromUri(String uri) {
        for (AssuranceLevel level : values()) {
            if (level.uri.equals(uri)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** Whether this level satisfies {@code required} (is the same or higher). */
    public boolean isAtLeast(AssuranceLevel required) {
        return compareTo(Objects.requireNonNull(required, "required")) >= 0;
    }

    /**
     * The level an account reaches: {@code nik} needs both the e-mail address and the NIK verified, since the
     * levels are cumulative; a verified NIK without a verified address stays {@code basic} until the address
     * is verified (ACC-040).
     */
    public static AssuranceLevel reachedWith(boolean emailVerified, boolean nikVerified) {
        if (!emailVerified) {
            return BASIC;
        }
        return nikVerified ? NIK : EMAIL;
    }

    @Override
    public String toString() {
        return uri;
    }
}
