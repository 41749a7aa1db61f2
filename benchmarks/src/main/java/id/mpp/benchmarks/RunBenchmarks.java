package id.mpp.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The benchmark of issue 9: starts the reference server's jar on H2 and on PostgreSQL, runs each scenario with a
 * warm-up and a measured window, and prints one table of figures beside the limits measured in the same run.
 *
 * <p>Usage: {@code RunBenchmarks [--quick] [--server-jar PATH] [--archive PATH] [--only h2|postgres]
 * [--server-java-options "OPTIONS"] [--out PATH]}; {@code benchmarks/bin/run-benchmarks} builds and passes the paths.
 * The server runs with the README's JVM options ({@link ServerProcess#README_JAVA_OPTIONS}) unless
 * {@code --server-java-options} gives others (space-separated; "" for the JVM's defaults).
 */
public final class RunBenchmarks {
    /** The trivial endpoint the reads are compared with. */
    static final String TRIVIAL = "/.well-known/openid-configuration";
    static final String AGENCY = "demo-agency";
    static final String AGENCY_SECRET = "demo-agency-secret-not-for-production";
    static final String WEB = "demo-web";
    static final String WEB_SECRET = "demo-web-secret-not-for-production";
    static final String WEB_REDIRECT = "http://localhost:3000/callback";
    static final String CLI_REDIRECT = "http://127.0.0.1:49152/callback";
    static final String CITIZEN_EMAIL = "dewi.lestari@contoh.id";
    static final String CITIZEN_NIK = "3302055403900021";
    static final String CITIZEN_PASSWORD = "Mendoan-Banyumas-2026";
    static final String CITIZEN_SCOPES =
            "openid profile documents.read documents.write applications.read applications.write";
    static final int READ_CONNECTIONS = 64;
    static final int TOKEN_CONNECTIONS = 16;
    static final int SUBMIT_CONNECTIONS = 16;
    static final int UPLOAD_CONNECTIONS = 4;
    static final int UPLOAD_BYTES = 1024 * 1024;
    static final ObjectMapper JSON = new ObjectMapper();

    private final Duration warmUp;
    private final Duration window;
    private final Duration slowWindow;
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final Results results = new Results();
    private final Map<String, Stats> windows = new LinkedHashMap<>();
    private final Path work;
    private final List<String> javaOptions;

    private RunBenchmarks(boolean quick, Path work, List<String> javaOptions) {
        this.javaOptions = javaOptions;
        this.warmUp = quick ? Duration.ofSeconds(1) : Duration.ofSeconds(5);
        this.window = quick ? Duration.ofSeconds(3) : Duration.ofSeconds(15);
        this.slowWindow = quick ? Duration.ofSeconds(5) : Duration.ofSeconds(20);
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        Path jar = Path.of("reference-server/target/mpp-reference-server-0.1.0-SNAPSHOT.jar");
        Path archive = Path.of("reference-server/target/mpp-reference-server.jsa");
        Path out = Path.of("benchmarks/target/results.json");
        String only = null;
        List<String> javaOptions = ServerProcess.README_JAVA_OPTIONS;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--server-jar" -> jar = Path.of(args[++i]);
                case "--archive" -> archive = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--only" -> only = args[++i];
                case "--server-java-options" -> javaOptions = javaOptions(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (!Files.exists(jar)) {
            throw new IllegalStateException("no server jar at " + jar + ": build it first");
        }
        Path work = Files.createTempDirectory("mpp-benchmarks");
        RunBenchmarks run = new RunBenchmarks(quick, work, javaOptions);
        String loadBefore = loadAverage();
        System.out.printf(Locale.ROOT, "MPP reference server benchmark (%s): %d cores, load average %s, Java %s,"
                + " server JVM options [%s]%n", quick ? "quick" : "full", run.cores, loadBefore,
                System.getProperty("java.version"), String.join(" ", javaOptions));
        List<String> profile = List.of();
        if (only == null || only.equals("h2")) {
            profile = run.onDatabase("H2", jar, archive, Map.of(), null, true);
        }
        if (only == null || only.equals("postgres")) {
            System.out.println("PostgreSQL 17 (embedded, zonky) starting");
            try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
                try (Connection connection = postgres.getPostgresDatabase().getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE mpp");
                }
                String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/mpp";
                Map<String, String> environment = Map.of("DATASOURCES_DEFAULT_URL", url,
                        "DATASOURCES_DEFAULT_USERNAME", "postgres", "DATASOURCES_DEFAULT_PASSWORD", "postgres");
                List<String> more = run.onDatabase("PostgreSQL", jar, archive, environment,
                        new String[] {"jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres",
                            "postgres"}, true);
                profile = new ArrayList<>(profile);
                profile.addAll(more);
            }
        }
        String loadAfter = loadAverage();
        System.out.println();
        System.out.println(run.results.table());
        System.out.printf(Locale.ROOT, "load average before %s, after %s on %d cores (figures are only comparable at a"
                + " low load)%n", loadBefore, loadAfter, run.cores);
        for (String note : run.results.notes) {
            System.out.println(note);
        }
        for (String line : profile) {
            System.out.println(line);
        }
        String context = "{\"mode\": " + Results.quote(quick ? "quick" : "full") + ", \"cores\": " + run.cores
                + ", \"load_average_before\": " + Results.quote(loadBefore) + ", \"load_average_after\": "
                + Results.quote(loadAfter) + ", \"java\": " + Results.quote(System.getProperty("java.version"))
                + ", \"server_java_options\": " + Results.quote(String.join(" ", javaOptions))
                + ", \"warm_up_seconds\": " + run.warmUp.toSeconds() + ", \"window_seconds\": "
                + run.window.toSeconds() + ", \"at\": " + Results.quote(Instant.now().toString())
                + ", \"profile\": [" + String.join(", ", profile.stream().map(Results::quote).toList()) + "]}";
        run.results.writeJson(out, context);
        System.out.println("written: " + out);
        System.exit(0);
    }

    /** JVM options as one space-separated argument; blank for none (the JVM's defaults). */
    static List<String> javaOptions(String options) {
        return options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
    }

    /** Every scenario against one server on one database; the profile of the worst scenario when recording. */
    private List<String> onDatabase(String db, Path jar, Path archive, Map<String, String> environment,
            String[] rawJdbc, boolean record) throws Exception {
        System.out.println(db + ": starting the server");
        Path dir = Files.createDirectories(work.resolve(db.toLowerCase(Locale.ROOT)));
        ServerProcess server = ServerProcess.start(jar, archive, javaOptions, dir, environment, record);
        List<String> profile = new ArrayList<>();
        try {
            results.add(new Results.Row(db, "start-up to the first answered request", server.startupMillis + " ms",
                    server.startupMillis, "ms", "", Double.NaN, Results.Goal.FIGURE_AT_MOST, 2000, "< 2000 ms",
                    archive != null && Files.exists(archive) ? "with the CDS archive" : "without a CDS archive"));
            Thread.sleep(1000);
            double idle = server.rssMegabytes();
            results.add(new Results.Row(db, "RSS idle", mb(idle), idle, "MB", "", Double.NaN,
                    Results.Goal.FIGURE_AT_MOST, 256, "< 256 MB", ""));
            Http http = new Http(server.base);
            String citizen = citizenToken(http);

            // Trivial endpoint and authenticated reads, 64 connections. The trivial endpoint is the discovery
            // document: open to all and answered from memory on the event loop. (/health is no trivial endpoint:
            // it runs the health indicators, the database's among them, on a blocking thread.)
            Stats trivial = measure(db, "GET " + TRIVIAL, SocketLoad.run(http.base, READ_CONNECTIONS, warmUp, window,
                    SocketLoad.request(http.base, "GET", TRIVIAL, Map.of("Accept", "application/json"), null), 200));
            results.add(new Results.Row(db, "trivial GET " + TRIVIAL + " (no token), 64 conn",
                    rate(trivial, "req/s"), trivial.perSecond(), "req/s", "", Double.NaN, Results.Goal.NONE,
                    Double.NaN, "", latency(trivial)));
            for (String path : List.of("/v1/regions", "/v1/agencies", "/v1/services", "/v1/documents",
                    "/v1/applications")) {
                read(db, http, path, citizen, trivial);
            }

            // Token issuance beside the raw RS256 signing rate.
            Stats raw = measure(db, "raw RS256", RawRates.rs256(cores, warmUp, window));
            String basic = Http.basic(AGENCY, AGENCY_SECRET);
            Stats tokens = measure(db, "token issuance", SocketLoad.run(http.base, TOKEN_CONNECTIONS, warmUp, window,
                    SocketLoad.request(http.base, "POST", "/v1/sso/token", Map.of("Authorization", basic,
                            "Content-Type", "application/x-www-form-urlencoded", "Accept", "application/json"),
                            "grant_type=client_credentials"), 200));
            results.add(new Results.Row(db, "token issuance (client credentials), " + TOKEN_CONNECTIONS + " conn",
                    rate(tokens, "tokens/s"), tokens.perSecond(), "tokens/s",
                    rate(raw, "RS256 signatures/s") + " (" + cores + " threads)", raw.perSecond(),
                    Results.Goal.RATIO_AT_LEAST, 0.7, ">= 0.7", latency(tokens)));

            submissions(db, http, citizen, rawJdbc, dir);
            uploads(db, http, citizen, server, dir);
            login(db, http);

            double after = server.rssMegabytes();
            results.add(new Results.Row(db, "RSS after the load", mb(after), after, "MB", "idle " + mb(idle), idle,
                    Results.Goal.FIGURE_AT_MOST, 1250, "< 1250 MB (Keycloak's sizing)", ""));
        } finally {
            server.close();
            deleteTree(dir.resolve("data"));
            deleteTree(dir.resolve("raw-files"));
            deleteTree(dir.resolve("raw-h2"));
        }
        if (record && server.jfr != null && Files.exists(server.jfr)) {
            profile = new ArrayList<>(profileOfWorst(db, server.jfr, row -> true));
            profile.addAll(profileOfWorst(db, server.jfr, row -> row.scenario().startsWith("GET /v1/")));
        }
        return profile;
    }

    private Stats measure(String db, String label, Stats stats) {
        windows.put(db + "/" + label, stats);
        if (stats.failures() > 0) {
            results.notes.add(db + " " + label + ": " + stats.failures() + " failed operations in the window (not"
                    + " counted in the rate)");
        }
        return stats;
    }

    private void read(String db, Http http, String path, String token, Stats trivial) throws Exception {
        String scenario = "GET " + path + " (citizen token), 64 conn";
        HttpResponse<String> probe = http.sendNow(http.request(path).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build());
        if (probe.statusCode() != 200) {
            results.notServed(db, scenario, "answers " + probe.statusCode() + problemType(probe.body()));
            return;
        }
        Stats stats = measure(db, scenario, SocketLoad.run(http.base, READ_CONNECTIONS, warmUp, window,
                SocketLoad.request(http.base, "GET", path, Map.of("Authorization", "Bearer " + token,
                        "Accept", "application/json"), null), 200));
        results.add(new Results.Row(db, scenario, rate(stats, "req/s"), stats.perSecond(), "req/s",
                rate(trivial, "req/s") + " trivial", trivial.perSecond(), Results.Goal.RATIO_AT_LEAST, 0.5,
                ">= 0.5",
                ""));
        results.add(new Results.Row(db, "  p99 of " + path, String.format(Locale.ROOT, "%.1f ms", stats.p99Millis()),
                stats.p99Millis(), "ms", String.format(Locale.ROOT, "p50 %.1f ms; trivial p99 %.1f ms",
                        stats.p50Millis(), trivial.p99Millis()), Double.NaN, Results.Goal.FIGURE_AT_MOST, 25,
                "< 25 ms", ""));
    }

    // ----- submissions -------------------------------------------------------------------------------------------

    private void submissions(String db, Http http, String citizen, String[] rawJdbc, Path dir) throws Exception {
        String scenario = "submissions (Idempotency-Key), " + SUBMIT_CONNECTIONS + " conn";
        String body;
        try {
            body = submissionBody(http, citizen);
        } catch (NotServed e) {
            results.notServed(db, scenario, e.getMessage());
            return;
        }
        Stats stats = measure(db, "submissions", Load.async(SUBMIT_CONNECTIONS, warmUp, window,
                () -> status(http, http.request("/v1/applications").header("Authorization", "Bearer " + citizen)
                        .header("Content-Type", "application/json").header("Idempotency-Key",
                                UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), 201)));
        String[] jdbc = rawJdbc != null ? rawJdbc : new String[] {"jdbc:h2:file:" + dir.resolve("raw-h2/db")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", ""};
        Stats raw = measure(db, "raw inserts", RawRates.inserts(jdbc[0], jdbc[1], jdbc[2], SUBMIT_CONNECTIONS,
                warmUp, window));
        results.add(new Results.Row(db, scenario, rate(stats, "/s"), stats.perSecond(), "/s",
                rate(raw, "JDBC inserts/s") + " (" + SUBMIT_CONNECTIONS + " conn)", raw.perSecond(),
                Results.Goal.RATIO_AT_LEAST, 0.3, ">= 0.3", latency(stats) + "; raw insert " + latency(raw)));
    }

    /**
     * The body of a valid submission for the demo citizen: the catalogue's service that needs the fewest
     * documents (each uploaded once into her vault), with a form made from its {@code form_schema}.
     */
    private String submissionBody(Http http, String citizen) throws Exception {
        HttpResponse<String> list = http.sendNow(http.request("/v1/services?region_code=33.02&page_size=100")
                .header("Authorization", "Bearer " + citizen).header("Accept", "application/json").GET().build());
        if (list.statusCode() != 200) {
            throw new NotServed("GET /v1/services answers " + list.statusCode() + problemType(list.body()));
        }
        List<JsonNode> services = new ArrayList<>();
        for (JsonNode summary : JSON.readTree(list.body()).path("items")) {
            HttpResponse<String> detail = http.sendNow(http.request("/v1/services/" + summary.path("id").asText())
                    .header("Accept", "application/json").GET().build());
            if (detail.statusCode() == 200) {
                services.add(JSON.readTree(detail.body()));
            }
        }
        services.sort((a, b) -> Integer.compare(requiredDocuments(a).size(), requiredDocuments(b).size()));
        String last = "no service in the catalogue";
        for (JsonNode service : services) {
            try {
                ObjectNode body = JSON.createObjectNode();
                body.put("service_id", service.path("id").asText());
                body.set("form", formFor(service.path("form_schema")));
                var documents = body.putArray("documents");
                for (JsonNode requirement : requiredDocuments(service)) {
                    String type = requirement.path("document_type").asText();
                    String id = upload(http, citizen, type, pdf(4096)).path("id").asText();
                    documents.addObject().put("document_type", type).put("document_id", id);
                }
                String text = JSON.writeValueAsString(body);
                HttpResponse<String> first = http.sendNow(http.request("/v1/applications")
                        .header("Authorization", "Bearer " + citizen).header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(text)).build());
                if (first.statusCode() == 201) {
                    return text;
                }
                last = service.path("id").asText() + ": " + first.statusCode() + problemType(first.body());
            } catch (NotServed e) {
                last = service.path("id").asText() + ": " + e.getMessage();
            }
        }
        throw new NotServed("no submission accepted (" + last + ")");
    }

    private static List<JsonNode> requiredDocuments(JsonNode service) {
        List<JsonNode> required = new ArrayList<>();
        for (JsonNode requirement : service.path("requirements")) {
            if (requirement.path("required").asBoolean(false)) {
                required.add(requirement);
            }
        }
        return required;
    }

    /** A form valid against a simple JSON Schema: every required property given a plausible value. */
    static ObjectNode formFor(JsonNode schema) {
        ObjectNode form = JSON.createObjectNode();
        JsonNode properties = schema.path("properties");
        for (JsonNode name : schema.path("required")) {
            JsonNode property = properties.path(name.asText());
            form.set(name.asText(), valueFor(name.asText(), property));
        }
        return form;
    }

    private static JsonNode valueFor(String name, JsonNode property) {
        if (property.has("const")) {
            return property.get("const");
        }
        if (property.has("enum")) {
            return property.get("enum").get(0);
        }
        if (property.has("examples") && property.get("examples").size() > 0) {
            return property.get("examples").get(0);
        }
        if (property.has("example")) {
            return property.get("example");
        }
        String type = property.path("type").asText("string");
        switch (type) {
            case "integer":
            case "number":
                return JSON.getNodeFactory().numberNode(property.path("minimum").asLong(1));
            case "boolean":
                return JSON.getNodeFactory().booleanNode(true);
            case "object":
                return formFor(property);
            case "array":
                var array = JSON.createArrayNode();
                for (int i = 0; i < Math.max(1, property.path("minItems").asInt(0)); i++) {
                    array.add(valueFor(name, property.path("items")));
                }
                return array;
            default:
                String format = property.path("format").asText("");
                String pattern = property.path("pattern").asText("");
                String value;
                if (format.equals("date")) {
                    value = "2026-11-02";
                } else if (format.equals("email")) {
                    value = CITIZEN_EMAIL;
                } else if (pattern.contains("{16}") || name.contains("nik")) {
                    value = CITIZEN_NIK;
                } else if (pattern.startsWith("^[0-9]") || pattern.startsWith("^\\d")) {
                    value = pattern.matches(".*\\{(\\d+)\\}.*") ? "1".repeat(Integer.parseInt(
                            pattern.replaceAll(".*\\{(\\d+)\\}.*", "$1"))) : "12";
                } else {
                    value = "Benchmark " + name.replace('_', ' ');
                }
                int min = property.path("minLength").asInt(0);
                while (value.length() < min) {
                    value = value + " x";
                }
                return JSON.getNodeFactory().textNode(value);
        }
    }

    // ----- uploads -----------------------------------------------------------------------------------------------

    private void uploads(String db, Http http, String citizen, ServerProcess server, Path dir) throws Exception {
        String scenario = "uploads of 1 MiB PDFs, " + UPLOAD_CONNECTIONS + " conn";
        String type = "KK";
        try {
            upload(http, citizen, type, pdf(UPLOAD_BYTES));
        } catch (NotServed e) {
            results.notServed(db, scenario, e.getMessage());
            return;
        }
        double before = server.rssMegabytes();
        byte[] template = pdf(UPLOAD_BYTES);
        Stats stats = measure(db, "uploads", Load.async(UPLOAD_CONNECTIONS, warmUp, window, () -> {
            byte[] content = template.clone();
            byte[] unique = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(unique, 0, content, 16, unique.length);
            return http.send(uploadRequest(http, citizen, type, content)).thenApply(r -> r.statusCode() == 201);
        }));
        double afterRss = server.rssMegabytes();
        Stats raw = measure(db, "raw write+hash", RawRates.writeAndHash(dir.resolve("raw-files"), UPLOAD_BYTES,
                UPLOAD_CONNECTIONS, warmUp, window));
        double mbPerSecond = stats.perSecond() * UPLOAD_BYTES / 1e6;
        double rawMbPerSecond = raw.perSecond() * UPLOAD_BYTES / 1e6;
        results.add(new Results.Row(db, scenario, String.format(Locale.ROOT, "%.1f MB/s", mbPerSecond),
                mbPerSecond, "MB/s", String.format(Locale.ROOT, "%.1f MB/s raw write+SHA-256", rawMbPerSecond),
                rawMbPerSecond, Results.Goal.RATIO_AT_LEAST, 0.5, ">= 0.5", latency(stats)));
        results.add(new Results.Row(db, "  RSS growth during the uploads", mb(afterRss - before), afterRss - before,
                "MB", "before " + mb(before), before, Results.Goal.FIGURE_AT_MOST, 64, "< 64 MB", ""));
    }

    private JsonNode upload(Http http, String citizen, String type, byte[] content) throws Exception {
        HttpResponse<String> response = http.sendNow(uploadRequest(http, citizen, type, content));
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new NotServed("POST /v1/documents answers " + response.statusCode()
                    + problemType(response.body()));
        }
        return JSON.readTree(response.body());
    }

    private static HttpRequest uploadRequest(Http http, String citizen, String type, byte[] content) {
        String boundary = "mppbench" + UUID.randomUUID().toString().replace("-", "");
        String sha256;
        try {
            sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"document_type\"\r\n\r\n" + type
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"sha256\"\r\n\r\n" + sha256
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        return http.request("/v1/documents").header("Authorization", "Bearer " + citizen)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofString(head, StandardCharsets.US_ASCII),
                        HttpRequest.BodyPublishers.ofByteArray(content),
                        HttpRequest.BodyPublishers.ofString(tail, StandardCharsets.US_ASCII)))
                .build();
    }

    /** A PDF-looking file of {@code size} bytes: {@code %PDF-1.4} and random bytes. */
    private static byte[] pdf(int size) {
        byte[] content = new byte[size];
        new SecureRandom().nextBytes(content);
        byte[] header = "%PDF-1.4\n%benchmark\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    // ----- login -------------------------------------------------------------------------------------------------

    private void login(String db, Http http) throws Exception {
        int connections = 2 * cores;
        String scenario = "password logins (login form), " + connections + " conn";
        if (!loginOnce(http).get()) {
            results.notServed(db, scenario, "the login form did not sign the demo citizen in");
            return;
        }
        Stats raw = measure(db, "raw PBKDF2", RawRates.pbkdf2(cores, warmUp, slowWindow));
        Stats stats = measure(db, "password logins", Load.async(connections, warmUp, slowWindow, () -> loginOnce(http)));
        results.add(new Results.Row(db, scenario, rate(stats, "logins/s"), stats.perSecond(), "logins/s",
                rate(raw, "PBKDF2 hashes/s") + " (600000 it., " + cores + " threads)", raw.perSecond(),
                Results.Goal.RATIO_AT_LEAST, 0.7, ">= 0.7 (ours)", latency(stats)));
    }

    /** One sign-in of the demo citizen in a new browser: the authorization request, then the login form. */
    private static CompletableFuture<Boolean> loginOnce(Http http) {
        Http.Browser browser = http.new Browser();
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        return browser.get(authorize("demo-cli", CLI_REDIRECT, "openid profile", verifier))
                .thenCompose(page -> {
                    if (!Http.hasForm(page, "/v1/sso/login")) {
                        return CompletableFuture.completedFuture(false);
                    }
                    return browser.submit(page, "username", CITIZEN_EMAIL, "password", CITIZEN_PASSWORD)
                            .thenApply(answer -> answer.statusCode() / 100 == 3
                                    || Http.hasForm(answer, "/v1/sso/consent"));
                });
    }

    /** An access token of the demo citizen by the code flow of {@code demo-web}: login form, consent, code. */
    private static String citizenToken(Http http) throws Exception {
        Http.Browser browser = http.new Browser();
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        HttpResponse<String> response = browser.get(authorize(WEB, WEB_REDIRECT, CITIZEN_SCOPES, verifier)).get();
        if (Http.hasForm(response, "/v1/sso/login")) {
            response = browser.submit(response, "username", CITIZEN_EMAIL, "password", CITIZEN_PASSWORD).get();
        }
        if (Http.hasForm(response, "/v1/sso/consent")) {
            response = browser.submit(response, "decision", "allow").get();
        }
        String location = response.headers().firstValue("Location").orElseThrow(
                () -> new IllegalStateException("the sign-in did not end with a redirect"));
        String code = Http.query(location).get("code");
        HttpResponse<String> token = http.sendNow(http.request("/v1/sso/token")
                .header("Authorization", Http.basic(WEB, WEB_SECRET))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Http.form("grant_type", "authorization_code", "code", code,
                        "redirect_uri", WEB_REDIRECT, "code_verifier", verifier))).build());
        if (token.statusCode() != 200) {
            throw new IllegalStateException("the code exchange answered " + token.statusCode() + ": " + token.body());
        }
        return JSON.readTree(token.body()).path("access_token").asText();
    }

    private static String authorize(String client, String redirect, String scope, String verifier) {
        String challenge;
        try {
            challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return "/v1/sso/authorize?response_type=code&" + Http.form("client_id", client, "redirect_uri", redirect,
                "scope", scope, "state", "bench", "nonce", UUID.randomUUID().toString(), "code_challenge", challenge,
                "code_challenge_method", "S256");
    }

    // ----- profile -----------------------------------------------------------------------------------------------

    /** Where the server's time went during the scenario furthest from its target (by the flight recording). */
    private List<String> profileOfWorst(String db, Path jfr, java.util.function.Predicate<Results.Row> among)
            throws Exception {
        Results.Row worst = null;
        for (Results.Row row : results.rows) {
            if (row.database().equals(db) && among.test(row) && !Double.isNaN(row.reach()) && row.goal() == Results.Goal.RATIO_AT_LEAST
                    && (worst == null || row.reach() < worst.reach())) {
                worst = row;
            }
        }
        if (worst == null) {
            return List.of();
        }
        Stats stats = null;
        for (Map.Entry<String, Stats> entry : windows.entrySet()) {
            String key = entry.getKey();
            String scenario = worst.scenario();
            if (key.startsWith(db + "/") && (scenario.startsWith(key.substring(db.length() + 1))
                    || scenario.toLowerCase(Locale.ROOT).startsWith(key.substring(db.length() + 1)))) {
                stats = entry.getValue();
            }
        }
        if (stats == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("Where the time goes: " + db + " '" + worst.scenario() + "' (ratio "
                + String.format(Locale.ROOT, "%.2f", worst.ratio()) + ", target " + worst.targetText()
                + "), server's flight recording " + jfr + ":");
        lines.addAll(Profile.summarise(jfr, stats.from(), stats.to(), 12));
        return lines;
    }

    // ----- helpers -----------------------------------------------------------------------------------------------

    private static CompletableFuture<Boolean> status(Http http, HttpRequest request, int expected) {
        return http.client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> response.statusCode() == expected);
    }

    private static String problemType(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            return problem.has("type") ? " " + problem.get("type").asText() : "";
        } catch (Exception e) {
            return "";
        }
    }

    private static String rate(Stats stats, String unit) {
        return String.format(Locale.ROOT, "%.1f %s", stats.perSecond(), unit);
    }

    private static String latency(Stats stats) {
        return String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms, n=%d", stats.p50Millis(), stats.p99Millis(),
                stats.count());
    }

    private static String mb(double megabytes) {
        return String.format(Locale.ROOT, "%.0f MB", megabytes);
    }

    /** Deletes the server's data and the raw rates' files after a run (the log and the recording stay). */
    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (java.io.IOException e) {
            System.err.println("  (could not delete " + root + ": " + e + ")");
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "?";
        }
    }

    /** A scenario whose endpoint the server does not serve (yet). */
    static final class NotServed extends Exception {
        NotServed(String message) {
            super(message);
        }
    }
}
