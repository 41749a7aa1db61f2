package id.mpp.sdk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void theUtf8FileNameIsPreferredToTheAsciiOne() {
        assertThat(ContentDisposition.fileName("attachment; filename=\"KTP Dewi Lestari Rahayu.pdf\"; "
                + "filename*=UTF-8''KTP%20Dewi%20Lestari%20Rahayu.pdf")).contains("KTP Dewi Lestari Rahayu.pdf");
    }

    @Test
    void theQuotedFileNameIsUsedWhenThereIsNoUtf8One() {
        assertThat(ContentDisposition.fileName("attachment; filename=\"a \\\"b\\\".pdf\"")).contains("a \"b\".pdf");
    }

    @Test
    void aMalformedUtf8FileNameFallsBackToTheQuotedOne() {
        assertThat(ContentDisposition.fileName("attachment; filename=\"a.pdf\"; filename*=UTF-8''%G1.pdf"))
                .contains("a.pdf");
    }

    @Test
    void noHeaderMeansNoFileName() {
        assertThat(ContentDisposition.fileName(null)).isEmpty();
        assertThat(ContentDisposition.fileName("attachment")).isEmpty();
    }
}
