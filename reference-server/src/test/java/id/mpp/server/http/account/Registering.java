package id.mpp.server.http.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.server.http.Http;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Registration bodies and calls for the tests. */
final class Registering {

    static final String PASSWORD = "Kopi-Tubruk-Purwokerto-1995";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Http http;

    Registering(Http http) {
        this.http = http;
    }

    /** A valid body: a woman born 1995-08-27 in Banyumas (33.02), with serial {@code serial}. */
    static ObjectNode body(int serial) {
        ObjectNode body = JSON.createObjectNode();
        body.put("nik", nik("3302016708", "95", serial));
        body.put("full_name", "Siti Rahmawati");
        body.put("birth_date", "1995-08-27");
        body.put("email", "siti" + serial + "@contoh.id");
        body.put("phone_number", "+6281327654321");
        body.put("password", PASSWORD);
        body.put("locale", "id");
        body.put("accepted_terms_version", "2026.1");
        ObjectNode consent = body.putObject("privacy_consent");
        consent.put("notice_version", "2026.1");
        ArrayNode purposes = consent.putArray("purposes");
        purposes.add("ACCOUNT_MANAGEMENT");
        purposes.add("IDENTITY_VERIFICATION");
        return body;
    }

    static String nik(String regionDistrictDayMonth, String year, int serial) {
        return regionDistrictDayMonth + year + String.format("%04d", serial);
    }

    HttpResponse<String> register(ObjectNode body, String... headers) {
        HttpRequest.Builder request = http.request("/v1/accounts")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build());
    }
}
