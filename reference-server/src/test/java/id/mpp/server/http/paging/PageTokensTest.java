package id.mpp.server.http.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.server.config.PageTokenConfiguration;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.http.problem.ProblemType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PageTokensTest {

    private final PageTokens tokens = withSecret("s3cret");

    @Test
    @DisplayName("GEN-016: a token gives back the cursor it was issued with, for the same filters")
    void tokenRoundTripsItsCursor() {
        String token = tokens.issue("33.14", "kind=KOTA");

        assertThat(tokens.cursor(token, "kind=KOTA")).hasValue("33.14");
    }

    @Test
    @DisplayName("GEN-016: no token means the first page")
    void missingTokenMeansFirstPage() {
        assertThat(tokens.cursor(null, "")).isEmpty();
        assertThat(tokens.cursor("", "")).isEmpty();
    }

    @Test
    @DisplayName("GEN-017: a token used with other filters is refused at #/query/page_token")
    void tokenWithOtherFiltersIsRefused() {
        String token = tokens.issue("33.14", "kind=KOTA");

        assertRefused(() -> tokens.cursor(token, "kind=KABUPATEN"));
    }

    @Test
    @DisplayName("GEN-017: a token whose cursor was changed is refused")
    void tamperedCursorIsRefused() {
        String token = tokens.issue("33.14", "");
        String otherCursor = tokens.issue("35.10", "");
        String spliced = otherCursor.substring(0, otherCursor.indexOf('.')) + token.substring(token.indexOf('.'));

        assertRefused(() -> tokens.cursor(spliced, ""));
    }

    @Test
    @DisplayName("GEN-017: a token signed with another secret, or not a token at all, is refused")
    void foreignOrGarbageTokensAreRefused() {
        String foreign = withSecret("another").issue("33.14", "");

        assertRefused(() -> tokens.cursor(foreign, ""));
        assertRefused(() -> tokens.cursor("not a token", ""));
        assertRefused(() -> tokens.cursor("a.b.c", ""));
        assertRefused(() -> tokens.cursor("%%%.***", ""));
    }

    @Test
    @DisplayName("Instances that share the secret accept each other's tokens")
    void sharedSecretMeansSharedTokens() {
        assertThat(withSecret("s3cret").cursor(tokens.issue("21.71", ""), "")).hasValue("21.71");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION_ERROR);
                    assertThat(problem.violations()).singleElement()
                            .satisfies(violation -> assertThat(violation.pointer()).isEqualTo("#/query/page_token"));
                });
    }

    private static PageTokens withSecret(String secret) {
        PageTokenConfiguration configuration = new PageTokenConfiguration();
        configuration.setSecret(secret);
        return new PageTokens(configuration);
    }
}
