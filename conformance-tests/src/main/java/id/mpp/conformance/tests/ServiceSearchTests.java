package id.mpp.conformance.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;

/** Searching and filtering services, and the shape of their form schemas. */
@Profile("catalogue")
public class ServiceSearchTests {

    private static final Set<String> KEYWORDS = Set.of("$schema", "type", "title", "description", "properties",
            "required", "additionalProperties", "enum", "const", "minLength", "maxLength", "pattern", "format",
            "minimum", "maximum", "minItems", "maxItems", "items", "default", "examples");
    private static final Pattern SNAKE = Pattern.compile("^[a-z][a-z0-9]*(_[a-z0-9]+)*$");

    @Requirement({"CAT-007"})
    public void qFindsAServiceByItsIndonesianNameInEitherLanguage(TestContext ctx) {
        JsonNode first = Applications.services(ctx).get(0);
        String word = first.path("names").path("id").asText(first.path("name").asText()).split(" ")[0];
        for (String lang : new String[] {"id", "en"}) {
            Exchange e = ctx.http().send(HttpCall.get("/v1/services?page_size=100&q=" + enc(word.toUpperCase()))
                    .header("Accept-Language", lang));
            assertThat(e.status()).isEqualTo(200);
            assertThat(e.json().path("items")).as("services found by %s in %s", word, lang)
                    .anySatisfy(s -> assertThat(s.path("id")).isEqualTo(first.path("id")));
        }
    }

    @Requirement({"CAT-007"})
    public void qWithAWordNoServiceHasAnswersNothing(TestContext ctx) {
        Exchange e = ctx.http().get("/v1/services?q=konformansizzz");
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.json().path("items").size()).isZero();
    }

    @Requirement({"CAT-008"})
    public void filtersCombineWithAnd(TestContext ctx) {
        String agency = ctx.config().accounts().get("officer_a").agencyId();
        String region = agency.substring(0, 2) + "." + agency.substring(3, 5);
        Exchange e = ctx.http().get("/v1/services?page_size=100&region_code=" + region + "&agency_id=" + agency);
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.json().path("items").size()).as("services of %s", agency).isPositive();
        e.json().path("items").forEach(s -> {
            assertThat(s.path("region_code").asText()).isEqualTo(region);
            assertThat(s.path("agency_id").asText()).isEqualTo(agency);
        });
        Exchange none = ctx.http().get("/v1/services?region_code=34.71&agency_id=" + agency);
        assertThat(none.json().path("items").size()).as("no service of %s in 34.71", agency).isZero();
    }

    @Requirement({"CAT-011"})
    public void everyFormSchemaIsAnObjectSchemaWithSnakeCaseProperties(TestContext ctx) {
        for (JsonNode s : Applications.services(ctx)) {
            JsonNode schema = s.path("form_schema");
            assertThat(schema.path("type").asText()).as("root type of %s", s.path("id")).isEqualTo("object");
            check(schema, s.path("id").asText());
        }
    }

    private static void check(JsonNode schema, String service) {
        Iterator<String> names = schema.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            assertThat(KEYWORDS).as("keyword %s in the form_schema of %s", k, service).contains(k);
        }
        JsonNode props = schema.path("properties");
        props.fieldNames().forEachRemaining(p -> {
            assertThat(p).as("property name in %s", service).matches(SNAKE);
            check(props.path(p), service);
        });
        if (schema.has("items")) {
            check(schema.path("items"), service);
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
