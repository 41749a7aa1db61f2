package id.mpp.server.domain.service;

import java.util.List;
import java.util.Map;

/**
 * What an application needs to know of its service.
 *
 * @param id the service ID ({@code 33-02-disdukcapil-akta-kelahiran})
 * @param regionCode the region of the providing agency ({@code 33.02})
 * @param agencyId the providing agency
 * @param nameId the service's name in Bahasa Indonesia
 * @param nameEn the service's name in English
 * @param active {@code false} when the service no longer accepts applications
 * @param minimumAcr the lowest account assurance level that may apply ({@code urn:mpp:acr:basic|email|nik})
 * @param slaWorkingDays the service level in working days
 * @param formSchema the JSON Schema of the service's own form fields, as parsed JSON (maps, lists, strings,
 *     numbers, booleans), in the contract's keyword subset
 * @param requirements the documents to attach, each type at most once
 * @param outputDocumentType the document type code of what a completed application issues
 * @param outputNameId the output's name in Bahasa Indonesia, printed on the issued document
 */
public record ServiceDefinition(String id, String regionCode, String agencyId, String nameId, String nameEn,
        boolean active, String minimumAcr, int slaWorkingDays, Map<String, Object> formSchema,
        List<RequirementRule> requirements, String outputDocumentType, String outputNameId) {

    public ServiceDefinition {
        formSchema = Map.copyOf(formSchema);
        requirements = List.copyOf(requirements);
    }

    /**
     * One document requirement.
     *
     * @param documentType the type code the attached document must have
     * @param required whether an application without it is refused
     * @param acceptedStatuses the vault statuses an attached document may have ({@code UPLOADED}, {@code
     *     VERIFIED}; never {@code REJECTED})
     */
    public record RequirementRule(String documentType, boolean required, List<String> acceptedStatuses) {

        public RequirementRule {
            acceptedStatuses = List.copyOf(acceptedStatuses);
        }
    }
}
