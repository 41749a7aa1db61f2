package id.mpp.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's arithmetic and output, without timing anything. */
class RunnerPartsTest {
    @Test
    void percentilesAreNearestRank() {
        long[] sorted = new long[100];
        for (int i = 0; i < 100; i++) {
            sorted[i] = i + 1;
        }
        assertThat(Stats.percentile(sorted, 0.50)).isEqualTo(50);
        assertThat(Stats.percentile(sorted, 0.99)).isEqualTo(99);
        assertThat(Stats.percentile(new long[] {7}, 0.99)).isEqualTo(7);
        assertThat(Stats.percentile(new long[0], 0.5)).isNaN();
    }

    @Test
    void statsCountTheWindowsOperations() {
        Load.LongList a = new Load.LongList();
        Load.LongList b = new Load.LongList();
        for (int i = 0; i < 3000; i++) {
            a.add(1_000_000);
            b.add(3_000_000);
        }
        Stats stats = Stats.of(List.of(a, b), 2, Duration.ofSeconds(2), Instant.EPOCH);
        assertThat(stats.count()).isEqualTo(6000);
        assertThat(stats.perSecond()).isEqualTo(3000.0);
        assertThat(stats.p50Millis()).isEqualTo(1.0);
        assertThat(stats.p99Millis()).isEqualTo(3.0);
        assertThat(stats.failures()).isEqualTo(2);
    }

    @Test
    void rowsAreJudgedByTheirGoal() {
        Results.Row ratio = new Results.Row("H2", "tokens", "", 80, "/s", "", 100, Results.Goal.RATIO_AT_LEAST, 0.7,
                ">= 0.7", "");
        Results.Row missed = new Results.Row("H2", "p99", "", 30, "ms", "", Double.NaN, Results.Goal.FIGURE_AT_MOST,
                25, "< 25 ms", "");
        Results.Row notServed = new Results.Row("H2", "x", "not served", Double.NaN, "", "", Double.NaN,
                Results.Goal.NONE, Double.NaN, "", "");
        assertThat(ratio.met()).isEqualTo("yes");
        assertThat(missed.met()).isEqualTo("no");
        assertThat(notServed.met()).isEqualTo("-");
    }

    @Test
    void theJsonHoldsEveryRow(@TempDir Path folder) throws Exception {
        Results results = new Results();
        results.rows.add(new Results.Row("PostgreSQL", "a \"quoted\" scenario", "1 /s", 1, "/s", "2 /s", 2,
                Results.Goal.RATIO_AT_LEAST, 0.3, ">= 0.3", "note"));
        results.notes.add("a note");
        Path file = folder.resolve("out/results.json");
        results.writeJson(file, "{\"mode\": \"quick\"}");
        JsonNode json = RunBenchmarks.JSON.readTree(Files.readString(file));
        assertThat(json.path("context").path("mode").asText()).isEqualTo("quick");
        assertThat(json.path("rows").get(0).path("scenario").asText()).isEqualTo("a \"quoted\" scenario");
        assertThat(json.path("rows").get(0).path("ratio").asDouble()).isEqualTo(0.5);
        assertThat(json.path("rows").get(0).path("met").asText()).isEqualTo("yes");
        assertThat(json.path("notes").get(0).asText()).isEqualTo("a note");
    }

    @Test
    void theServerRunsWithTheReadmesJavaOptions() throws Exception {
        String options = String.join(" ", ServerProcess.README_JAVA_OPTIONS);
        String command = "java " + options + " -XX:SharedArchiveFile=";
        assertThat(Files.readString(Path.of("../README.md"))).contains(command);
        assertThat(Files.readString(Path.of("../reference-server/README.md"))).contains(command);
        assertThat(Files.readString(Path.of("../reference-server/bin/measure-startup")))
                .contains("readme_options=(" + options + ")");
        assertThat(RunBenchmarks.javaOptions(" -Xmx1g  -XX:+UseG1GC ")).containsExactly("-Xmx1g", "-XX:+UseG1GC");
        assertThat(RunBenchmarks.javaOptions("")).isEmpty();
    }

    @Test
    void aFormGetsEveryRequiredField() throws Exception {
        JsonNode schema = RunBenchmarks.JSON.readTree("""
                {"type": "object", "required": ["nama_bayi", "tanggal_lahir", "jenis_kelamin", "anak_ke", "nik_ibu"],
                 "properties": {"nama_bayi": {"type": "string", "minLength": 3},
                  "tanggal_lahir": {"type": "string", "format": "date"},
                  "jenis_kelamin": {"type": "string", "enum": ["LAKI_LAKI", "PEREMPUAN"]},
                  "anak_ke": {"type": "integer", "minimum": 1},
                  "nik_ibu": {"type": "string", "pattern": "^[0-9]{16}$"},
                  "catatan": {"type": "string"}}}""");
        JsonNode form = RunBenchmarks.formFor(schema);
        assertThat(form.path("tanggal_lahir").asText()).isEqualTo("2026-11-02");
        assertThat(form.path("jenis_kelamin").asText()).isEqualTo("LAKI_LAKI");
        assertThat(form.path("anak_ke").asInt()).isEqualTo(1);
        assertThat(form.path("nik_ibu").asText()).hasSize(16);
        assertThat(form.has("catatan")).isFalse();
    }
}
