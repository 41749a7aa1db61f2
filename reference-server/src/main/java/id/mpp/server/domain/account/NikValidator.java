package id.mpp.server.domain.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks a NIK the way registration must (DOMAIN.md, ACC-001, ACC-002): refuses what is structurally
 * impossible, and for a structurally valid NIK never refuses but flags what the population registry must
 * settle: a region code the deployment does not know ({@link NikFlag#UNKNOWN_REGION}; regions split after a
 * NIK was issued) and a stated birth date that disagrees with the encoded one
 * ({@link NikFlag#BIRTH_DATE_MISMATCH}; the century is ambiguous, so only day, month and the two-digit year
 * are compared).
 */
public final class NikValidator {
    private final Clock clock;
    private final Predicate<String> knownRegionCode;

    /**
     * @param clock the reference date for the century of the encoded year
     * @param knownRegionCode whether the deployment knows a {@code PP.KK} code, for instance
     *     {@code regionCatalogue::contains}
     */
    public NikValidator(Clock clock, Predicate<String> knownRegionCode) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.knownRegionCode = Objects.requireNonNull(knownRegionCode, "knownRegionCode");
    }

    /** The first structural rule {@code raw} breaks, or empty when it is a structurally possible NIK. */
    public Optional<NikDefect> defectOf(String raw) {
        return Nik.defectOf(raw);
    }

    /**
     * Reads a structurally valid NIK and flags it.
     *
     * @param statedBirthDate the birth date the citizen stated, or {@code null} when none is to be compared
     */
    public NikAssessment assess(Nik nik, LocalDate statedBirthDate) {
        Objects.requireNonNull(nik, "nik");
        Set<NikFlag> flags = EnumSet.noneOf(NikFlag.class);
        if (!knownRegionCode.test(nik.regionCode())) {
            flags.add(NikFlag.UNKNOWN_REGION);
        }
        if (statedBirthDate != null && !nik.birthDateAgreesWith(statedBirthDate)) {
            flags.add(NikFlag.BIRTH_DATE_MISMATCH);
        }
        return new NikAssessment(nik, nik.sex(), nik.birthDate(LocalDate.now(clock)), flags);
    }
}
