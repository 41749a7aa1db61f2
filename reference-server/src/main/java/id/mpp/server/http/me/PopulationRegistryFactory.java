package id.mpp.server.http.me;

import id.mpp.server.domain.account.PopulationRegistry;
import id.mpp.server.domain.account.SimulatedPopulationRegistry;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The population registry behind the {@link PopulationRegistry} port: in this version the deterministic
 * {@link SimulatedPopulationRegistry} (every NIK whose encoded birth date matches the stated one answers MATCH),
 * with NIKs configured to answer otherwise ({@code mpp.population-registry.simulated.unavailable},
 * {@code ...not-found}, {@code ...inactive}; comma-separated); or, when {@code mpp.population-registry.url} is set,
 * {@link HttpPopulationRegistry} calling that endpoint.
 */
@Factory
class PopulationRegistryFactory {

    @Singleton
    PopulationRegistry populationRegistry(
            @Value("${mpp.population-registry.url:}") String url,
            @Value("${mpp.population-registry.api-key:}") String apiKey,
            @Value("${mpp.population-registry.timeout:5s}") Duration timeout,
            @Value("${mpp.population-registry.simulated.unavailable:}") List<String> unavailable,
            @Value("${mpp.population-registry.simulated.not-found:}") List<String> notFound,
            @Value("${mpp.population-registry.simulated.inactive:}") List<String> inactive) {
        if (url != null && !url.isBlank()) {
            return new HttpPopulationRegistry(URI.create(url.trim()), apiKey, timeout);
        }
        return SimulatedPopulationRegistry.builder()
                .unavailable(clean(unavailable))
                .notFound(clean(notFound))
                .inactive(clean(inactive))
                .build();
    }

    private static String[] clean(List<String> niks) {
        return niks.stream().map(String::trim).filter(nik -> !nik.isEmpty()).toArray(String[]::new);
    }
}
