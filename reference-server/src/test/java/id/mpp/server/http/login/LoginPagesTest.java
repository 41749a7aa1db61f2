package id.mpp.server.http.login;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.server.domain.oauth.Scopes;
import id.mpp.server.http.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LoginPagesTest {

    @Test
    @DisplayName("Every value written into a page is HTML-escaped, so a client name or a typed login name cannot inject markup")
    void valuesAreEscaped() {
        String page = LoginPages.login(Language.ID, "ref", "csrf", "<script>alert(1)</script>",
                "\" onfocus=\"x", true, false);

        assertThat(page).doesNotContain("<script>", "\" onfocus=\"")
                .contains("&lt;script&gt;alert(1)&lt;&#47;script&gt;", "&quot; onfocus&#61;&quot;x");
    }

    @Test
    @DisplayName("SSO-018: the consent page lists each scope in plain words and the nik scope apart, as an unticked box")
    void consentListsScopes() {
        String page = LoginPages.consent(Language.EN, "ref", "csrf", "Layanan Banyumas",
                Scopes.of("openid", "email", "nik", "documents.read"));

        assertThat(page).contains("<html lang=\"en\"", "Layanan Banyumas asks for your permission",
                "<li>Your e-mail address (email)</li>", "<li>See the documents in your vault (documents.read)</li>",
                "<input id=\"scope-nik\" type=\"checkbox\" name=\"scope\" value=\"nik\">",
                "Your national identity number (NIK) (nik)")
                .doesNotContain("checked", "<li>Your national identity number");
    }

    @Test
    @DisplayName("A page is small and works without scripts or styles: a viewport, a label per field, no script")
    void pageIsSmall() {
        String page = LoginPages.login(Language.ID, "ref", "csrf", "Demo web app", null, false, false);

        assertThat(page.length()).isLessThan(2048);
        assertThat(page).contains("name=\"viewport\"", "<label for=\"username\">", "<label for=\"password\">",
                "autocomplete=\"current-password\"").doesNotContain("<script", "<style");
    }
}
