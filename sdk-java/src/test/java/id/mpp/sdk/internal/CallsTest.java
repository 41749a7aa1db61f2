package id.mpp.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.mpp.sdk.Versioned;
import id.mpp.sdk.errors.ConflictException;
import id.mpp.sdk.errors.MppApiException;
import id.mpp.sdk.errors.MppException;
import id.mpp.sdk.errors.ProblemMapper;
import id.mpp.sdk.generated.invoker.ApiException;
import id.mpp.sdk.generated.invoker.ApiResponse;
import id.mpp.sdk.http.RequestOptions;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated client's checked {@code ApiException} becomes the SDK's unchecked exceptions. */
class CallsTest {

    private final Calls calls = new Calls(new ProblemMapper(new ObjectMapper(), Clock.systemUTC()));

    @Test
    void anErrorAnswerOfTheGeneratedClientIsMappedFromItsStatusHeadersAndBody() {
        HttpHeaders headers = HttpHeaders.of(Map.of("X-Request-Id", List.of("r-1")), (n, v) -> true);
        ApiException generated = new ApiException(409, "cancelApplication call failed", headers,
                "{\"type\":\"https://mpp-digital.go.id/problems/invalid-transition\",\"title\":\"x\",\"status\":409,"
                        + "\"allowed_actions\":[]}");

        assertThatThrownBy(() -> calls.run(() -> {
            throw generated;
        })).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.requestId()).contains("r-1");
            assertThat(e.allowedActions()).isEmpty();
        });
    }

    @Test
    void aRedirectTheGeneratedClientRefusedKeepsItsStatus() {
        HttpHeaders headers = HttpHeaders.of(Map.of("ETag", List.of("\"9\"")), (n, v) -> true);

        assertThatThrownBy(() -> calls.run(() -> {
            throw new ApiException(304, "downloadDocument call failed", headers, "");
        })).isInstanceOfSatisfying(MppApiException.class, e -> assertThat(e.status()).isEqualTo(304));
    }

    @Test
    void aBodyThatCannotBeReadIsAnSdkExceptionWithItsCause() {
        IOException unreadable = new JsonParseException(null, "Unexpected character '<'");

        assertThatThrownBy(() -> calls.run(() -> {
            throw new ApiException(unreadable);
        })).isExactlyInstanceOf(MppException.class).hasCause(unreadable);
    }

    @Test
    void aMissingRequiredArgumentIsAnIllegalArgument() {
        assertThatThrownBy(() -> calls.run(() -> {
            throw new ApiException(400, "Missing the required parameter 'applicationId'");
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("applicationId");
    }

    @Test
    void aVersionedAnswerTakesItsEtagWhateverTheHeadersCase() {
        Versioned<String> versioned = calls.versioned(
                () -> new ApiResponse<>(200, Map.of("etag", List.of("\"5\"")), "body"));

        assertThat(versioned.value()).isEqualTo("body");
        assertThat(versioned.etag()).contains("\"5\"");
    }

    @Test
    void theOptionsTimeoutTravelsToThePipelineInAnInternalHeader() {
        Map<String, String> headers = Calls.headers(RequestOptions.of(o -> o.timeout(Duration.ofSeconds(4))
                .header("X-Kiosk", "k1")));

        assertThat(headers).containsEntry("X-Kiosk", "k1")
                .containsEntry(PipelineHttpClient.TIMEOUT_HEADER, "PT4S");
    }
}
