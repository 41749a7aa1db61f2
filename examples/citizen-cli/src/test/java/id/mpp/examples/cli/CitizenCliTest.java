package id.mpp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.mpp.examples.testsupport.Browser;
import id.mpp.examples.testsupport.ReferenceServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The citizen CLI against the real reference server: {@code mpp login} completed by driving the login form as a
 * browser would (the link the CLI prints, the login form with its CSRF field and cookies, the consent page, the
 * redirect to the CLI's loopback port), then the commands a citizen runs.
 */
class CitizenCliTest {
    private static final String DEWI = "dewi.lestari@contoh.id";
    private static final String DEWI_PASSWORD = "Mendoan-Banyumas-2026";
    private static final Pattern LINK = Pattern.compile("(http://\\S+/v1/sso/authorize\\?\\S+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReferenceServer server = ReferenceServer.shared();

    @TempDir
    Path home;

    /** What one run of the CLI printed and answered. */
    record Result(int exitCode, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (java.io.IOException e) {
                throw new AssertionError("not JSON: " + out + "\nstderr: " + err, e);
            }
        }
    }

    private Path sessionFile() {
        return home.resolve(".mpp-digital").resolve("session.json");
    }

    private Result mpp(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    private int run(PrintWriter out, PrintWriter err, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.contains("--help")) {
            all.addAll(List.of("--server", server.baseUrl().toString(), "--session-file", sessionFile().toString()));
        }
        var commandLine = CitizenCli.commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(all.toArray(String[]::new));
    }

    /** Runs {@code mpp login}, plays the browser with the link it prints, and answers what the login printed. */
    private Result login(String... more) throws Exception {
        CompletableFuture<URI> link = new CompletableFuture<>();
        StringBuilder errText = new StringBuilder();
        Writer watcher = new Writer() {
            @Override
            public synchronized void write(char[] buffer, int offset, int length) {
                errText.append(buffer, offset, length);
                Matcher matcher = LINK.matcher(errText);
                if (matcher.find()) {
                    link.complete(URI.create(matcher.group(1)));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        StringWriter out = new StringWriter();
        List<String> args = new ArrayList<>(List.of("login", "--no-browser", "--timeout", "PT30S"));
        args.addAll(List.of(more));
        CompletableFuture<Integer> cli = CompletableFuture.supplyAsync(
                () -> run(new PrintWriter(out, true), new PrintWriter(watcher, true), args.toArray(String[]::new)));
        URI authorize = link.get(30, TimeUnit.SECONDS);
        assertThat(authorize.getQuery()).contains("client_id=demo-cli", "code_challenge_method=S256",
                "redirect_uri=http://127.0.0.1:");
        new Browser(server.baseUrl()).signIn(authorize, DEWI, DEWI_PASSWORD);
        int code = cli.get(30, TimeUnit.SECONDS);
        return new Result(code, out.toString(), errText.toString());
    }

    @Test
    @DisplayName("login through the browser keeps an owner-only session; whoami uses it; logout revokes and deletes it")
    void loginWhoamiLogout() throws Exception {
        Result login = login();
        assertThat(login.exitCode()).as(login.err()).isZero();
        assertThat(login.out()).contains("Masuk sebagai Dewi Lestari");
        assertThat(Files.getPosixFilePermissions(sessionFile()))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(sessionFile().getParent()))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        String firstRefreshToken = JSON.readTree(sessionFile().toFile()).path("refresh_token").asText();

        Result whoami = mpp("whoami", "--json");
        assertThat(whoami.exitCode()).as(whoami.err()).isZero();
        assertThat(whoami.json().path("full_name").asText()).isEqualTo("Dewi Lestari");
        assertThat(whoami.json().path("acr").asText()).isEqualTo("urn:mpp:acr:nik");
        // Resuming refreshed the session: the rotated refresh token replaced the spent one in the file.
        assertThat(JSON.readTree(sessionFile().toFile()).path("refresh_token").asText())
                .isNotEqualTo(firstRefreshToken);

        Result table = mpp("whoami", "--lang", "en");
        assertThat(table.out()).contains("Name", "Dewi Lestari", "3302").doesNotContain("3302055403900021");

        Result logout = mpp("logout");
        assertThat(logout.exitCode()).isZero();
        assertThat(sessionFile()).doesNotExist();

        Result after = mpp("whoami");
        assertThat(after.exitCode()).isEqualTo(CitizenCli.NOT_SIGNED_IN);
        assertThat(after.err()).contains("mpp login");
    }

    @Test
    @DisplayName("a revoked session ends with exit code 3 and a hint to sign in again; usage errors exit 2")
    void endedSessionAndUsage() throws Exception {
        assertThat(login().exitCode()).isZero();
        String refreshToken = JSON.readTree(sessionFile().toFile()).path("refresh_token").asText();
        // Signed out elsewhere: the kept refresh token no longer works.
        id.mpp.sdk.sso.SsoClient.builder().issuer(server.baseUrl().toString())
                .clientAuthentication(id.mpp.sdk.auth.ClientAuthentication.none(CitizenCli.CLIENT_ID)).build()
                .revoke(refreshToken, "refresh_token");

        Result whoami = mpp("whoami");
        assertThat(whoami.exitCode()).isEqualTo(CitizenCli.NOT_SIGNED_IN);
        assertThat(whoami.err()).contains("mpp login");

        assertThat(mpp("no-such-command").exitCode()).isEqualTo(CitizenCli.USAGE);
        assertThat(mpp("rate", "app_x", "1", "2").exitCode()).isEqualTo(CitizenCli.USAGE);
    }

    @Test
    @DisplayName("upload (progress bar), list, search services, apply reusing the upload, status, rate once completed, download")
    void uploadSearchApplyStatus() throws Exception {
        assumeTrue(server.serves("/v1/services") && server.serves("/v1/document-types"),
                "the reference server on this branch does not serve the catalogue and the vault yet");
        assertThat(login().exitCode()).isZero();
        Path scan = home.resolve("ktp dewi.pdf");
        Files.writeString(scan, "%PDF-1.4\n% KTP-el Dewi Lestari " + System.nanoTime()
                + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", StandardCharsets.US_ASCII);

        Result upload = mpp("documents", "upload", scan.toString(), "--type", "KTP_EL", "--title", "KTP-el", "--json");
        assertThat(upload.exitCode()).as(upload.err()).isZero();
        assertThat(upload.err()).contains("100%");
        String ktp = upload.json().path("document").path("id").asText();
        assertThat(ktp).startsWith("doc_");
        Result again = mpp("documents", "upload", scan.toString(), "--type", "KTP_EL");
        assertThat(again.out()).contains("Sudah ada di brankas: " + ktp);

        assertThat(mpp("documents", "list").out()).contains(ktp, "KTP_EL");

        Result search = mpp("services", "search", "kartu", "keluarga", "--region", "33.02");
        assertThat(search.exitCode()).as(search.err()).isZero();
        assertThat(search.out()).contains("33-02-disdukcapil-kartu-keluarga");
        Result show = mpp("services", "show", "33-02-disdukcapil-kartu-keluarga", "--lang", "en");
        assertThat(show.out()).contains("KTP_EL", "jenis_permohonan");

        Result refused = mpp("apply", "33-02-disdukcapil-kartu-keluarga", "--document", "KTP_EL=" + ktp,
                "--form", "jenis_permohonan=KK_BARU");
        assertThat(refused.exitCode()).isEqualTo(CitizenCli.API_ERROR);
        assertThat(refused.err()).contains("#/form");

        Path form = home.resolve("form.json");
        Files.writeString(form, "{\"jenis_permohonan\":\"KK_BARU\",\"nik_kepala_keluarga\":\"3302055403900021\","
                + "\"alamat\":\"Jl. Overste Isdiman No. 17, Purwokerto\"}");
        Result apply = mpp("apply", "33-02-disdukcapil-kartu-keluarga", "--document", "KTP_EL=" + ktp,
                "--form-file", form.toString(), "--form", "rt=001", "--form", "rw=002", "--json");
        assertThat(apply.exitCode()).as(apply.err()).isZero();
        String applicationId = apply.json().path("id").asText();
        assertThat(apply.json().path("status").asText()).isEqualTo("SUBMITTED");

        Result list = mpp("status");
        assertThat(list.out()).contains(applicationId, "SUBMITTED");
        Result one = mpp("status", applicationId, "--lang", "en");
        assertThat(one.out()).contains("KTP_EL", ktp, "Timeline");

        // The agency completes it (here through the SDK with the demo agency's client credentials)...
        id.mpp.sdk.sso.SsoClient agencySso = id.mpp.sdk.sso.SsoClient.builder().issuer(server.baseUrl().toString())
                .clientAuthentication(id.mpp.sdk.auth.ClientAuthentication.clientSecretBasic("demo-agency",
                        "demo-agency-secret-not-for-production")).build();
        id.mpp.sdk.MppClient agency = id.mpp.sdk.MppClient.builder().baseUrl(server.baseUrl().toString())
                .credentials(agencySso.clientCredentials("officer")).build();
        var application = agency.applications().get(applicationId);
        for (var action : List.of(id.mpp.sdk.generated.model.ApplicationAction.START_REVIEW,
                id.mpp.sdk.generated.model.ApplicationAction.APPROVE,
                id.mpp.sdk.generated.model.ApplicationAction.COMPLETE)) {
            application = agency.applications().transition(application,
                    new id.mpp.sdk.generated.model.ApplicationTransition().action(action));
        }
        // ...so the citizen sees it completed with the issued document, and rates it once.
        Result completed = mpp("status", applicationId);
        assertThat(completed.out()).contains("COMPLETED", application.value().getOutputDocumentId());
        Result rate = mpp("rate", applicationId, "4", "4", "3", "4", "4", "4", "4", "3", "4", "--comment",
                "Cepat dan jelas");
        assertThat(rate.exitCode()).as(rate.err()).isZero();
        assertThat(rate.out()).contains("Terima kasih");
        Result twice = mpp("rate", applicationId, "1", "1", "1", "1", "1", "1", "1", "1", "1");
        assertThat(twice.exitCode()).isEqualTo(CitizenCli.API_ERROR);
        assertThat(twice.err()).contains("409");

        Path copy = home.resolve("copy.pdf");
        Result download = mpp("documents", "download", ktp, "-o", copy.toString());
        assertThat(download.exitCode()).as(download.err()).isZero();
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(scan));
    }
}
