package id.mpp.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.mpp.conformance.cli.Main;
import id.mpp.conformance.fake.FakeServer;
import id.mpp.conformance.fake.Fault;
import id.mpp.conformance.report.ReportWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void aConformingServerExitsZeroAndWritesTheThreeReports() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try (FakeServer server = FakeServer.start(Set.of())) {
            // The fake answers only what needs no sign-in: the profiles whose tests all run without one.
            code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), "--base-url", server.baseUrl().toString(),
                    "--config", config().toString(), "--report-dir", dir.toString(), "--profile", "general,catalogue");
        }

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(printed).isZero();
        assertThat(printed).contains("[  1/").contains("PASSED").contains("Every required test passed.");
        JsonNode json = new ObjectMapper().readTree(dir.resolve(ReportWriter.JSON).toFile());
        assertThat(json.path("suite_version").asText()).isNotBlank().isNotEqualTo("unknown");
        assertThat(json.path("contract_version").asText()).isEqualTo("1.0.0");
        assertThat(json.path("configuration_sha256").asText()).hasSize(64);
        assertThat(json.path("requirements").path("GEN-003").asText()).isEqualTo("passed");
        assertThat(Files.readString(dir.resolve(ReportWriter.JUNIT))).contains("<testsuite", "failures=\"0\"");
        String html = Files.readString(dir.resolve(ReportWriter.HTML));
        assertThat(html).contains("Every required test passed.").doesNotContain("<script", "<link", "src=");
    }

    @Test
    void aBrokenServerExitsOneAndTheReportCarriesTheRedactedExchangeAndACurlLine() throws IOException {
        int code;
        try (FakeServer server = FakeServer.start(Set.of(Fault.FORBIDDEN_INSTEAD_OF_401, Fault.INVALID_CLIENT_AS_400))) {
            code = Main.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), "--base-url",
                    server.baseUrl().toString(), "--config", config().toString(), "--report-dir", dir.toString());
        }

        assertThat(code).isEqualTo(1);
        String text = Files.readString(dir.resolve(ReportWriter.JSON));
        JsonNode json = new ObjectMapper().readTree(text);
        assertThat(json.path("requirements").path("GEN-019").asText()).isEqualTo("failed");
        JsonNode failed = json.path("tests").findParents("verdict").stream()
                .filter(t -> t.path("verdict").asText().equals("failed")).findFirst().orElseThrow();
        JsonNode exchange = failed.path("exchanges").path(0);
        assertThat(exchange.path("response").path("status").asInt()).isEqualTo(403);
        assertThat(exchange.path("curl").asText()).startsWith("curl -i -X GET ");
        assertThat(text).contains("client_secret=[REDACTED]")
                .doesNotContain("s3cret-confidential-value", "Kopi-Tubruk-Purwokerto-1995");
        assertThat(Files.readString(dir.resolve(ReportWriter.HTML))).contains("curl -i -X GET");
    }

    @Test
    void aWrongConfigurationExitsTwoNamingTheField() throws IOException {
        Path broken = Files.writeString(dir.resolve("vendor.yaml"),
                FakeRunsText.vendorYaml().replace("public: {client_id: conformance-app,", "public: {"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), "--config", broken.toString());

        assertThat(code).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("clients.public.client_id is required");
    }

    private Path config() throws IOException {
        return Files.writeString(dir.resolve("vendor.yaml"), FakeRunsText.vendorYaml());
    }
}
