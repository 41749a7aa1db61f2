package id.mpp.server.domain.account;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A deterministic stand-in for the population registry, for the embedded default and demos. It holds no
 * population data; it answers by these rules, the first that applies winning, and never at random:
 * <ol>
 *   <li>a NIK configured as unreachable answers {@code UNAVAILABLE} (to show the 503 path);</li>
 *   <li>a NIK configured as not found answers {@code NOT_FOUND};</li>
 *   <li>a NIK configured as inactive answers {@code MISMATCH} with {@code NIK_INACTIVE};</li>
 *   <li>a birth date that disagrees with the one encoded in the NIK (day, month, two-digit year) answers
 *       {@code MISMATCH} with {@code BIRTH_DATE_MISMATCH};</li>
 *   <li>a NIK configured with a registered name answers {@code MISMATCH} with {@code NAME_MISMATCH} when the
 *       stated name differs from it (without regard to case, spacing and punctuation);</li>
 *   <li>anything else, so every structurally valid NIK whose encoded birth date matches, answers
 *       {@code MATCH}.</li>
 * </ol>
 */
public final class SimulatedPopulationRegistry implements PopulationRegistry {
    private final Set<Nik> unavailable;
    private final Set<Nik> notFound;
    private final Set<Nik> inactive;
    private final Map<Nik, String> registeredNames;

    private SimulatedPopulationRegistry(Builder builder) {
        this.unavailable = Set.copyOf(builder.unavailable);
        this.notFound = Set.copyOf(builder.notFound);
        this.inactive = Set.copyOf(builder.inactive);
        this.registeredNames = Map.copyOf(builder.registeredNames);
    }

    /** A simulator with no configured NIKs: every NIK whose encoded birth date matches answers MATCH. */
    public static SimulatedPopulationRegistry matchingByBirthDate() {
        return builder().build();
    }

    /** A builder for a simulator with configured NIKs. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public RegistryAnswer check(Nik nik, String fullName, LocalDate birthDate) {
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(birthDate, "birthDate");
        if (unavailable.contains(nik)) {
            return RegistryAnswer.unavailable();
        }
        if (notFound.contains(nik)) {
            return RegistryAnswer.notFound();
        }
        if (inactive.contains(nik)) {
            return RegistryAnswer.mismatch(NikFailureReason.NIK_INACTIVE);
        }
        if (!nik.birthDateAgreesWith(birthDate)) {
            return RegistryAnswer.mismatch(NikFailureReason.BIRTH_DATE_MISMATCH);
        }
        String registered = registeredNames.get(nik);
        if (registered != null && !PersonNames.sameName(registered, fullName)) {
            return RegistryAnswer.mismatch(NikFailureReason.NAME_MISMATCH);
        }
        return RegistryAnswer.match();
    }

    /** Configures the NIKs that answer otherwise than by the birth-date rule. */
    public static final class Builder {
        private final Set<Nik> unavailable = new HashSet<>();
        private final Set<Nik> notFound = new HashSet<>();
        private final Set<Nik> inactive = new HashSet<>();
        private final Map<Nik, String> registeredNames = new HashMap<>();

        private Builder() {
        }

        /** These NIKs answer UNAVAILABLE. */
        public Builder unavailable(String... niks) {
            for (String nik : niks) {
                unavailable.add(Nik.parse(nik));
            }
            return this;
        }

        /** These NIKs answer NOT_FOUND. */
        public Builder notFound(String... niks) {
            for (String nik : niks) {
                notFound.add(Nik.parse(nik));
            }
            return this;
        }

        /** These NIKs answer MISMATCH with NIK_INACTIVE. */
        public Builder inactive(String... niks) {
            for (String nik : niks) {
                inactive.add(Nik.parse(nik));
            }
            return this;
        }

        /** This NIK is registered under {@code fullName}; another stated name answers NAME_MISMATCH. */
        public Builder registeredName(String nik, String fullName) {
            registeredNames.put(Nik.parse(nik), Objects.requireNonNull(fullName, "fullName"));
            return this;
        }

        public SimulatedPopulationRegistry build() {
            return new SimulatedPopulationRegistry(this);
        }
    }
}
