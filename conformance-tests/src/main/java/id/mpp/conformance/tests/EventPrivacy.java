package id.mpp.conformance.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The check of EVT-012: an event holds only the contract's members and none of the applicant's personal data. */
final class EventPrivacy {

    private static final Set<String> EVENT_MEMBERS = Set.of("id", "type", "occurred_at", "agency_id", "region_code",
            "application_id", "tracking_number", "service_id", "application_sequence", "data");
    private static final Set<String> DATA_MEMBERS = Set.of("from_status", "to_status", "action", "actor_role",
            "document_id", "document_type_code");
    private static final List<String> PERSONAL_MEMBERS = List.of("nik", "full_name", "email", "phone_number",
            "birth_date");

    private EventPrivacy() {
    }

    /** Asserts the event of an application citizen_a submitted with this form holds none of her data. */
    static void assertNoPersonalData(TestContext ctx, JsonNode event, JsonNode form) {
        event.fieldNames().forEachRemaining(name -> assertThat(EVENT_MEMBERS)
                .as("member %s of the event (only the Event schema's)", name).contains(name));
        event.path("data").fieldNames().forEachRemaining(name -> assertThat(DATA_MEMBERS)
                .as("member data.%s of the event (only the EventData schema's)", name).contains(name));
        String text = event.toString();
        for (String value : personalValues(ctx, form)) {
            assertThat(text).as("the event holds the applicant's personal data or form values").doesNotContain(value);
        }
    }

    private static List<String> personalValues(TestContext ctx, JsonNode form) {
        List<String> values = new ArrayList<>();
        String username = ctx.config().accounts().get("citizen_a").username();
        if (username != null) {
            values.add(username);
        }
        Exchange me = ctx.http().send(HttpCall.get("/v1/me").header("Authorization", ctx.bearer("citizen_a")));
        if (me.status() == 200) {
            for (String member : PERSONAL_MEMBERS) {
                String value = me.json().path(member).asText("");
                if (value.length() >= 4) {
                    values.add(value);
                }
            }
        }
        form.fields().forEachRemaining(field -> {
            if (field.getValue().isTextual() && field.getValue().asText().length() >= 4) {
                values.add(field.getValue().asText());
            }
        });
        return values;
    }
}
