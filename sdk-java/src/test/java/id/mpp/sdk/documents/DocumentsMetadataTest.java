package id.mpp.sdk.documents;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.mpp.sdk.errors.MppApiException;
import id.mpp.sdk.errors.PreconditionFailedException;
import id.mpp.sdk.errors.ProblemTypes;
import id.mpp.sdk.generated.model.Document;
import id.mpp.sdk.generated.model.DocumentOrigin;
import id.mpp.sdk.generated.model.DocumentStatus;
import id.mpp.sdk.http.RequestOptions;
import id.mpp.sdk.pagination.PagedIterable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DocumentsMetadataTest {

    private static final String SHA256 = Fixtures.sha256(Fixtures.PDF);

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
            .build();

    private Documents documents;

    @BeforeEach
    void setUp() {
        documents = new Documents(TestTransports.forServer(server.baseUrl()));
    }

    @Test
    void listingSendsEachFilterAsAQueryParameter() {
        server.stubFor(get(urlPathEqualTo("/v1/documents"))
                .withQueryParam("document_type", equalTo("KTP_EL"))
                .withQueryParam("status", equalTo("VERIFIED"))
                .withQueryParam("origin", equalTo("UPLOADED"))
                .withQueryParam("page_size", equalTo("2"))
                .willReturn(page(null, Fixtures.DOCUMENT_ID)));

        List<Document> listed = documents.list(q -> q.documentType("KTP_EL").status(DocumentStatus.VERIFIED)
                .origin(DocumentOrigin.UPLOADED).pageSize(2)).stream().collect(Collectors.toList());

        assertThat(listed).extracting(Document::getId).containsExactly(Fixtures.DOCUMENT_ID);
    }

    @Test
    void listingFollowsThePageTokensAcrossThreePagesOnlyAsFarAsItIsIterated() {
        server.stubFor(get(urlEqualTo("/v1/documents")).willReturn(page("p2+/=", "doc_01JD8Q3M5X4V2K7N9P0R6S1T01")));
        server.stubFor(get(urlEqualTo("/v1/documents?page_token=p2%2B%2F%3D"))
                .willReturn(page("p3", "doc_01JD8Q3M5X4V2K7N9P0R6S1T02")));
        server.stubFor(get(urlEqualTo("/v1/documents?page_token=p3")).willReturn(page(null, "doc_01JD8Q3M5X4V2K7N9P0R6S1T03")));

        PagedIterable<Document> listed = documents.list();
        assertThat(server.getAllServeEvents()).isEmpty();
        Iterator<Document> iterator = listed.iterator();
        assertThat(iterator.next().getId()).endsWith("01");
        assertThat(server.getAllServeEvents()).hasSize(1);

        List<String> rest = new ArrayList<>();
        iterator.forEachRemaining(document -> rest.add(document.getId()));

        assertThat(rest).containsExactly("doc_01JD8Q3M5X4V2K7N9P0R6S1T02", "doc_01JD8Q3M5X4V2K7N9P0R6S1T03");
        assertThat(server.getAllServeEvents()).hasSize(3);
    }

    @Test
    void aDocumentFromANewerServerWithUnknownMembersAndStatusIsStillRead() {
        String newer = Fixtures.documentJson(SHA256, "ARCHIVED", 3).replace("\"origin\"", "\"retention\":\"P5Y\",\"origin\"");
        server.stubFor(get(urlEqualTo("/v1/documents/" + Fixtures.DOCUMENT_ID)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"3\"").withBody(newer)));

        Document document = documents.get(Fixtures.DOCUMENT_ID);

        assertThat(document.getStatus()).isEqualTo(DocumentStatus.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(document.getVersion()).isEqualTo(3L);
        assertThat(document.getSha256()).isEqualTo(SHA256);
    }

    @Test
    void deletingSendsTheDocumentsVersionInQuotesAsIfMatch() {
        server.stubFor(delete(urlEqualTo("/v1/documents/" + Fixtures.DOCUMENT_ID))
                .withHeader("If-Match", equalTo("\"2\""))
                .willReturn(aResponse().withStatus(204)));
        Document document = new Document().id(Fixtures.DOCUMENT_ID).version(2L);

        documents.delete(document);

        server.verify(1, deleteRequestedFor(urlEqualTo("/v1/documents/" + Fixtures.DOCUMENT_ID))
                .withHeader("If-Match", equalTo("\"2\"")));
    }

    @Test
    void deletingADocumentThatChangedSinceItWasReadFailsWithPreconditionFailed() {
        server.stubFor(delete(urlEqualTo("/v1/documents/" + Fixtures.DOCUMENT_ID)).willReturn(aResponse().withStatus(412)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"" + ProblemTypes.PRECONDITION_FAILED + "\",\"title\":\"Versi berubah\",\"status\":412}")));

        assertThatThrownBy(() -> documents.delete(Fixtures.DOCUMENT_ID, 1, RequestOptions.none()))
                .isInstanceOf(PreconditionFailedException.class);
    }

    @Test
    void deletingADocumentAnOpenApplicationUsesFailsWithDocumentInUse() {
        server.stubFor(delete(urlEqualTo("/v1/documents/" + Fixtures.DOCUMENT_ID)).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"" + ProblemTypes.DOCUMENT_IN_USE + "\",\"title\":\"Dipakai\",\"status\":409,"
                        + "\"detail\":\"Dipakai oleh MPP-3302-2026-000417.\"}")));

        assertThatThrownBy(() -> documents.delete(Fixtures.DOCUMENT_ID, 2, RequestOptions.none()))
                .isInstanceOfSatisfying(MppApiException.class,
                        e -> assertThat(e.hasType(ProblemTypes.DOCUMENT_IN_USE)).isTrue());
    }

    private static ResponseDefinitionBuilder page(String nextPageToken, String documentId) {
        String document = Fixtures.documentJson(SHA256, "VERIFIED", 2).replace(Fixtures.DOCUMENT_ID, documentId);
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"items\":[" + document + "]"
                        + (nextPageToken == null ? "" : ",\"next_page_token\":\"" + nextPageToken + "\"") + "}");
    }
}
