package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R602ScopesAreDeclaredAndNamedTest {

    private final Rule rule = new R602ScopesAreDeclaredAndNamed();

    @Test
    void R602_scopesAreDeclaredAndNamedInTheDescription() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R602_reportsUndeclaredOrUnnamedScopesUnknownSchemesAndUnmarkedPublicOperations() {
        assertThat(violationsIn("fixtures/broken/r601-r602.yaml", rule)).containsExactlyInAnyOrder(
                "POST /v1/documents (uploadDocument): description does not name its scope as Scope: `documents.write`",
                "POST /v1/documents (uploadDocument) requires the scope 'documents.delete', which mppOAuth does not declare",
                "POST /v1/documents (uploadDocument): description does not name its scope as Scope: `documents.delete`",
                "GET /v1/regions (listRegions) is public (security: []) but its description does not say \"Public\"",
                "POST /v1/sso/introspect (introspectToken): scheme 'clientSecretBasic' is not OAuth 2.0 and takes no scope ('introspection')",
                "POST /v1/sso/introspect (introspectToken) uses the undeclared security scheme 'mtls'");
    }
}
