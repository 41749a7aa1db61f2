package id.mpp.server.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import id.mpp.server.generated.model.RegionKind;
import java.util.Map;

/**
 * Test-only routes that provoke what no contract operation of this slice can yet: a JSON body (for 400, 413 and
 * 415) and an unexpected exception (for 500).
 */
@Controller("/test-probe")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(env = "test")
class ProbeController {

    /** A body with typed fields, to provoke field-level errors. */
    record TypedProbe(Integer count, RegionKind kind) {
    }

    static final String SECRET_MESSAGE = "database password is hunter2";

    @Post("/json")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> echo(@Body Map<String, Object> body) {
        return body;
    }

    @Post("/typed")
    @Consumes(MediaType.APPLICATION_JSON)
    TypedProbe typed(@Body TypedProbe body) {
        return body;
    }

    @Get("/secret")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    String secret() {
        return "only with a token";
    }

    @Get("/boom")
    String boom() {
        throw new IllegalStateException(SECRET_MESSAGE);
    }
}
