package id.mpp.server.domain.service;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A service of the catalogue with everything the contract's {@code Service} shows, in both languages.
 *
 * @param id the service ID ({@code 33-02-disdukcapil-akta-kelahiran})
 * @param regionCode the region of the providing agency
 * @param agencyId the providing agency
 * @param agencyName the agency's name
 * @param name the service's name
 * @param description what it is for and who may apply
 * @param requirements the documents to attach, in the order shown, each type at most once
 * @param formSchema the JSON Schema of the service's own form fields, parsed (maps, lists, strings, numbers, booleans)
 * @param slaWorkingDays the service level in working days
 * @param feeAmount the fee in whole rupiah (0 exactly when {@code feeKind} is {@code FREE})
 * @param feeKind {@code FREE}, {@code RETRIBUSI} or {@code PNBP}
 * @param legalBasis the regulations, in the order cited
 * @param outputDocumentType the document type issued when an application completes
 * @param outputDescription the output, for people
 * @param minimumAcr the lowest assurance level that may apply
 * @param active {@code false} when it no longer accepts applications
 */
public record CatalogueService(String id, String regionCode, String agencyId, Bilingual agencyName, Bilingual name,
        Bilingual description, List<CatalogueRequirement> requirements, Map<String, Object> formSchema,
        int slaWorkingDays, long feeAmount, String feeKind, List<String> legalBasis, String outputDocumentType,
        Bilingual outputDescription, String minimumAcr, boolean active) {

    public CatalogueService {
        Objects.requireNonNull(id, "id");
        requirements = List.copyOf(requirements);
        formSchema = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(formSchema));
        legalBasis = List.copyOf(legalBasis);
    }

    /** What applications need of it (the {@link ServiceDirectory} seam). */
    public ServiceDefinition definition() {
        return new ServiceDefinition(id, regionCode, agencyId, name.id(), name.en(), active, minimumAcr,
                slaWorkingDays, formSchema,
                requirements.stream().map(requirement -> new ServiceDefinition.RequirementRule(
                        requirement.documentType(), requirement.required(), requirement.acceptedStatuses())).toList(),
                outputDocumentType, outputDescription.id());
    }

    /**
     * A text in Bahasa Indonesia and English.
     *
     * @param id Bahasa Indonesia
     * @param en English
     */
    public record Bilingual(String id, String en) {

        public Bilingual {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(en, "en");
        }

        /** The text in English when {@code english}, in Bahasa Indonesia otherwise. */
        public String in(boolean english) {
            return english ? en : id;
        }
    }
}
