package id.mpp.conformance.fake;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a conforming server does on every response, applied to every stub: X-Request-Id (echoed or made), the
 * nosniff header, Content-Language from Accept-Language, and the request ID inside problem bodies.
 */
final class Conventions implements ResponseTransformerV2 {

    static final String REQUEST_ID_PLACEHOLDER = "__REQUEST_ID__";
    static final String STATE_PLACEHOLDER = "__STATE__";
    private static final Pattern VALID_ID = Pattern.compile("^[A-Za-z0-9._-]{1,128}$");

    private final Set<Fault> faults;

    Conventions(Set<Fault> faults) {
        this.faults = faults;
    }

    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
        String sent = serveEvent.getRequest().getHeader("X-Request-Id");
        String id = sent != null && VALID_ID.matcher(sent).matches() && !faults.contains(Fault.REQUEST_ID_NOT_ECHOED)
                ? sent : "srv-" + UUID.randomUUID();
        HttpHeaders headers = response.getHeaders();
        if (!faults.contains(Fault.NO_REQUEST_ID)) {
            headers = headers.plus(new HttpHeader("X-Request-Id", id));
        }
        if (!faults.contains(Fault.NO_NOSNIFF)) {
            headers = headers.plus(new HttpHeader("X-Content-Type-Options", "nosniff"));
        }
        String language = serveEvent.getRequest().getHeader("Accept-Language");
        boolean english = language != null && language.startsWith("en") && !faults.contains(Fault.ACCEPT_LANGUAGE_IGNORED);
        headers = headers.plus(new HttpHeader("Content-Language", english ? "en" : "id"));
        headers = echoState(headers, serveEvent);
        String body = response.getBodyAsString();
        Response.Builder builder = Response.Builder.like(response).but().headers(headers);
        if (body != null && body.contains(REQUEST_ID_PLACEHOLDER)) {
            builder.body(body.replace(REQUEST_ID_PLACEHOLDER, id));
        }
        return builder.build();
    }

    /** An authorization redirect carries the request's state back. */
    private static HttpHeaders echoState(HttpHeaders headers, ServeEvent serveEvent) {
        if (!headers.getHeader("Location").isPresent()) {
            return headers;
        }
        QueryParameter state = serveEvent.getRequest().queryParameter("state");
        String value = state.isPresent() ? URLEncoder.encode(state.firstValue(), StandardCharsets.UTF_8) : "";
        List<HttpHeader> list = new ArrayList<>();
        for (HttpHeader h : headers.all()) {
            list.add(h.keyEquals("Location") ? new HttpHeader("Location", h.firstValue().replace(STATE_PLACEHOLDER, value)) : h);
        }
        return new HttpHeaders(list);
    }

    @Override
    public String getName() {
        return "mpp-conventions";
    }
}
