package id.mpp.server.domain.service;

import java.util.List;

/**
 * A requirement document of a service (the contract's {@code ServiceRequirement}), its texts in both languages.
 *
 * @param documentType the document type code ({@code KTP_EL}, ...)
 * @param name the document type's name
 * @param required whether an application without it is refused
 * @param acceptedStatuses the vault statuses an attached document may have ({@code UPLOADED}, {@code VERIFIED})
 * @param description what exactly is expected; null when nothing more is said
 * @param note anything else the citizen should know; null when nothing
 */
public record CatalogueRequirement(String documentType, CatalogueService.Bilingual name, boolean required,
        List<String> acceptedStatuses, CatalogueService.Bilingual description, CatalogueService.Bilingual note) {

    public CatalogueRequirement {
        acceptedStatuses = List.copyOf(acceptedStatuses);
    }
}
