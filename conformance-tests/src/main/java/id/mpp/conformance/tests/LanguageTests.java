package id.mpp.conformance.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;
import java.util.ArrayList;
import java.util.List;

/** Accept-Language: Indonesian by default, English on request, codes identical in both. */
@Profile("general")
public class LanguageTests {

    @Requirement({"GEN-008", "CAT-013"})
    public void textsAreIndonesianByDefaultAndEnglishOnRequest(TestContext ctx) {
        Exchange byDefault = ctx.http().get("/v1/regions");
        Exchange english = ctx.http().send(HttpCall.get("/v1/regions").header("Accept-Language", "en"));
        Exchange indonesian = ctx.http().send(HttpCall.get("/v1/regions").header("Accept-Language", "id"));
        assertThat(byDefault.header("content-language")).as("Content-Language without Accept-Language").contains("id");
        assertThat(indonesian.header("content-language")).as("Content-Language for id").contains("id");
        assertThat(english.header("content-language")).as("Content-Language for en").contains("en");
        assertThat(codes(english.json())).as("region codes in English").isEqualTo(codes(byDefault.json()));
    }

    @Requirement({"GEN-008"})
    public void problemTypesAreTheSameInBothLanguages(TestContext ctx) {
        Exchange id = ctx.http().send(HttpCall.get("/v1/regions/99.99").header("Accept-Language", "id"));
        Exchange en = ctx.http().send(HttpCall.get("/v1/regions/99.99").header("Accept-Language", "en"));
        assertThat(en.status()).isEqualTo(id.status());
        assertThat(en.json().path("type").asText()).isEqualTo(id.json().path("type").asText());
    }

    private static List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.path("items").forEach(i -> codes.add(i.path("code").asText()));
        return codes;
    }
}
