package id.mpp.server.http.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test-only resource endpoints: one for any valid token, one that needs the scope {@code officer}. */
@Controller("/test-bearer")
@Requires(env = "test")
class SecuredProbeController {

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    Map<String, Object> me(Authentication authentication) {
        return describe(Caller.of(authentication));
    }

    @Get("/officer")
    @Secured("officer")
    Map<String, Object> officer(Authentication authentication) {
        return describe(Caller.of(authentication));
    }

    @Get("/documents")
    @Secured("documents.read")
    String documents() {
        return "documents";
    }

    private static Map<String, Object> describe(Caller caller) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", caller.subject());
        body.put("client_id", caller.clientId());
        body.put("scope", caller.scopes().asString());
        body.put("agency_id", caller.agencyId());
        body.put("account_token", caller.accountToken());
        return body;
    }
}
