package id.mpp.server.http.catalogue;

import id.mpp.server.domain.service.CatalogueRequirement;
import id.mpp.server.domain.service.CatalogueService;
import id.mpp.server.generated.model.AcrValue;
import id.mpp.server.generated.model.DocumentStatus;
import id.mpp.server.generated.model.FeeKind;
import id.mpp.server.generated.model.LocalizedText;
import id.mpp.server.generated.model.Money;
import id.mpp.server.generated.model.MoneyCurrency;
import id.mpp.server.generated.model.Service;
import id.mpp.server.generated.model.ServiceOutput;
import id.mpp.server.generated.model.ServiceRequirement;
import id.mpp.server.http.Language;
import java.util.ArrayList;
import java.util.LinkedHashSet;

/** A catalogue service as the contract's {@code Service}, its texts in the negotiated language (CAT-013). */
final class ServiceMapper {

    private ServiceMapper() {
    }

    static Service toApi(CatalogueService service, Language language) {
        boolean english = language == Language.EN;
        return new Service(service.id(), service.regionCode(), service.agencyId(), service.agencyName().in(english),
                service.name().in(english), new LocalizedText(service.name().id(), service.name().en()),
                service.description().in(english),
                new ArrayList<>(service.requirements().stream().map(r -> requirement(r, english)).toList()),
                new java.util.LinkedHashMap<>(service.formSchema()), service.slaWorkingDays(),
                new Money(service.feeAmount(), MoneyCurrency.IDR), FeeKind.fromValue(service.feeKind()),
                new ArrayList<>(service.legalBasis()),
                new ServiceOutput(service.outputDocumentType(), service.outputDescription().in(english)),
                AcrValue.fromValue(service.minimumAcr()), service.active());
    }

    private static ServiceRequirement requirement(CatalogueRequirement requirement, boolean english) {
        ServiceRequirement answer = new ServiceRequirement(requirement.documentType(),
                requirement.name().in(english), requirement.required(),
                new LinkedHashSet<>(requirement.acceptedStatuses().stream().map(DocumentStatus::fromValue).toList()));
        if (requirement.description() != null) {
            answer.description(requirement.description().in(english));
        }
        if (requirement.note() != null) {
            answer.note(requirement.note().in(english));
        }
        return answer;
    }
}
