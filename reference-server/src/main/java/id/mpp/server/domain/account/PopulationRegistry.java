package id.mpp.server.domain.account;

import java.time.LocalDate;

/**
 * The port to the population registry (Dukcapil): checks that a NIK exists and is in use, and that the name
 * and birth date stated with it match. Adapters: an HTTP client to a configurable endpoint in production, and
 * {@link SimulatedPopulationRegistry} in the embedded default. An adapter never throws for a registry that
 * cannot be reached: it answers {@link RegistryAnswer#unavailable()}, which leaves the account unchanged
 * (ACC-042).
 */
public interface PopulationRegistry {

    /**
     * Checks a NIK with the name and birth date the citizen stated. Names are compared without regard to case,
     * spacing and punctuation ({@link PersonNames#sameName(String, String)}).
     */
    RegistryAnswer check(Nik nik, String fullName, LocalDate birthDate);
}
