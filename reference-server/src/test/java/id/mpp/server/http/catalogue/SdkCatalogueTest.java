package id.mpp.server.http.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.MppClient;
import id.mpp.sdk.generated.model.AgencySatisfaction;
import id.mpp.sdk.generated.model.FeeKind;
import id.mpp.sdk.generated.model.Service;
import id.mpp.sdk.generated.model.ServiceSatisfaction;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The catalogue and the public satisfaction results through the Java SDK, without a token. */
@MicronautTest
class SdkCatalogueTest {

    @Inject
    EmbeddedServer server;

    private MppClient sdk() {
        return MppClient.builder().baseUrl(server.getURI().toString()).httpVersion(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Test
    @DisplayName("CAT-001, CAT-007, CAT-008: search and filtered pages through the SDK")
    void searchAndPages() {
        MppClient sdk = sdk();

        assertThat(sdk.services().search("akta kelahiran").stream().map(Service::getId).toList()).containsExactly(
                "33-02-disdukcapil-akta-kelahiran", "33-72-disdukcapil-akta-kelahiran",
                "34-71-disdukcapil-akta-kelahiran");
        List<String> surakarta = sdk.services().list(query -> query.regionCode("33.72").pageSize(1)).stream()
                .map(Service::getId).toList();
        assertThat(surakarta).hasSize(3).allMatch(id -> id.startsWith("33-72-"));
        assertThat(sdk.services().list(query -> query.feeKind(FeeKind.PNBP)).stream().map(Service::getId).toList())
                .containsExactly("33-02-polresta-banyumas-skck");
    }

    @Test
    @DisplayName("CAT-010, CAT-011: a complete service through the SDK, its form schema a JSON object")
    void getService() {
        Service skck = sdk().services().get("33-02-polresta-banyumas-skck");

        assertThat(skck.getFee().getAmount()).isEqualTo(30000L);
        assertThat(skck.getFeeKind()).isEqualTo(FeeKind.PNBP);
        assertThat(skck.getSlaWorkingDays()).isEqualTo(1);
        assertThat(skck.getRequirements()).hasSize(5);
        assertThat(skck.getFormSchema()).containsEntry("type", "object").containsKey("properties");
        assertThat(skck.getLegalBasis()).isNotEmpty();
        assertThat(skck.getOutput().getDocumentType()).isEqualTo("SKCK");
    }

    @Test
    @DisplayName("SKM-009, SKM-012: satisfaction results through the SDK; counts only without respondents")
    void satisfaction() {
        MppClient sdk = sdk();
        ServiceSatisfaction service = sdk.services().satisfaction("33-02-polresta-banyumas-skck");
        assertThat(service.getRespondents()).isZero();
        assertThat(service.getMinimumRespondents()).isEqualTo(5);
        assertThat(service.getIkm()).isNull();
        assertThat(service.getGrade()).isNull();
        AgencySatisfaction agency = sdk.agencies().satisfaction("33-02-polresta-banyumas");
        assertThat(agency.getAgencyName()).isEqualTo("Kepolisian Resor Kota Banyumas");
        assertThat(agency.getElements()).isNullOrEmpty();
    }
}
