package id.mpp.server.http.agency;

import id.mpp.server.generated.model.Agency;
import id.mpp.server.generated.model.AgencyAddress;
import id.mpp.server.generated.model.AgencyContact;
import id.mpp.server.generated.model.AgencyKind;
import id.mpp.server.generated.model.LocalizedText;
import id.mpp.server.http.Language;
import id.mpp.server.storage.agency.AgencyRow;
import java.net.URI;

/** A stored agency as the contract's {@code Agency}, its name and opening hours in the negotiated language. */
final class AgencyMapper {

    private AgencyMapper() {
    }

    static String name(AgencyRow row, Language language) {
        return language == Language.EN ? row.nameEn() : row.nameId();
    }

    static Agency toApi(AgencyRow row, Language language) {
        Agency agency = new Agency(row.id(), row.regionCode(), name(row, language),
                new LocalizedText(row.nameId(), row.nameEn()), AgencyKind.fromValue(row.kind()), row.active())
                .shortName(row.shortName())
                .parentOrganization(row.parentOrganization())
                .counter(row.counterLocation())
                .openingHours(language == Language.EN ? row.openingHoursEn() : row.openingHoursId());
        if (row.addressStreet() != null) {
            agency.address(new AgencyAddress(row.addressStreet(), row.addressCity())
                    .district(row.addressDistrict())
                    .postalCode(row.addressPostalCode()));
        }
        if (row.contactEmail() != null || row.contactPhone() != null || row.contactWebsite() != null) {
            agency.contact(new AgencyContact()
                    .email(row.contactEmail())
                    .phone(row.contactPhone())
                    .website(row.contactWebsite() == null ? null : URI.create(row.contactWebsite())));
        }
        return agency;
    }
}
