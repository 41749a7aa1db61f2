package id.mpp.server.domain.account;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link NikValidator} read from a structurally valid NIK, with the flags for the population registry.
 *
 * @param nik the NIK
 * @param sex the sex encoded in the birth day
 * @param encodedBirthDate the encoded birth date with the century guessed from the reference date; empty when
 *     the day does not exist in that month
 * @param flags what only the population registry can settle (ACC-002); empty when nothing
 */
public record NikAssessment(Nik nik, Sex sex, Optional<LocalDate> encodedBirthDate, Set<NikFlag> flags) {

    public NikAssessment {
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(encodedBirthDate, "encodedBirthDate");
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    /** Whether the account needs the population registry to settle a flag before it can be trusted. */
    public boolean needsRegistryVerification() {
        return !flags.isEmpty();
    }
}
