package id.mpp.conformance.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.mpp.spec.Contract;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The contract's requirement catalogue ({@code mpp-digital-v1-requirements.yaml}), by requirement ID. */
public final class RequirementCatalogue {

    /**
     * One requirement of the catalogue.
     *
     * @param id the stable ID, for example {@code GEN-003}
     * @param level {@code MUST} or {@code SHOULD}
     * @param capability {@code core} or the optional capability it belongs to
     * @param statement the behaviour it states
     */
    public record Entry(String id, String level, String capability, String statement) {

        /** Whether a vendor declaring this capability must pass it (a MUST), rather than should. */
        public boolean isMust() {
            return "MUST".equals(level);
        }
    }

    private final Map<String, Entry> entries;
    private final String contractVersion;

    private RequirementCatalogue(Map<String, Entry> entries, String contractVersion) {
        this.entries = entries;
        this.contractVersion = contractVersion;
    }

    /** The catalogue bundled in the {@code mpp-spec} jar. */
    public static RequirementCatalogue bundled() {
        try (InputStream in = Contract.requirements()) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, Entry> map = new LinkedHashMap<>();
            for (JsonNode r : root.path("requirements")) {
                Entry e = new Entry(r.path("id").asText(), r.path("level").asText(), r.path("capability").asText(),
                        r.path("statement").asText());
                map.put(e.id(), e);
            }
            return new RequirementCatalogue(Map.copyOf(map), root.path("contract_version").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The requirement with this ID, if the catalogue has it. */
    public Optional<Entry> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** Every requirement, in no particular order. */
    public Collection<Entry> all() {
        return entries.values();
    }

    /** The contract version the catalogue belongs to. */
    public String contractVersion() {
        return contractVersion;
    }
}
