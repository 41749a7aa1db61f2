package id.mpp.server.http.login;

import static id.mpp.server.http.login.Html.escape;
import static id.mpp.server.http.login.LoginTexts.text;

import id.mpp.server.domain.oauth.Scopes;
import id.mpp.server.http.Language;

/**
 * The sign-in pages as HTML: tiny, no JavaScript, no style sheet, a viewport for phones, a label per field, every
 * value escaped. Forms post inside {@code /v1/sso/} with the pending request's reference and its anti-CSRF token.
 */
final class LoginPages {
    static final String LOGIN_PATH = "/v1/sso/login";
    static final String CONSENT_PATH = "/v1/sso/consent";
    static final String LOGOUT_CONFIRM_PATH = "/v1/sso/logout/confirm";

    private LoginPages() {
    }

    /** The login form; {@code username} pre-fills the first field, {@code failed} shows the generic error. */
    static String login(Language lang, String reference, String csrf, String clientName, String username,
            boolean failed, boolean raiseAssurance) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(escape(text(lang, "login.heading"))).append("</h1>\n<p>")
                .append(escape(text(lang, "login.for", clientName))).append("</p>\n");
        if (failed) {
            body.append("<p role=\"alert\"><strong>").append(escape(text(lang, "login.failed")))
                    .append("</strong></p>\n");
        }
        if (raiseAssurance) {
            body.append("<p>").append(escape(text(lang, "login.raise"))).append("</p>\n");
        }
        body.append(formStart(LOGIN_PATH, reference, csrf))
                .append("<p><label for=\"username\">").append(escape(text(lang, "login.username")))
                .append("</label><br>\n<input id=\"username\" name=\"username\" type=\"text\" required"
                        + " autocomplete=\"username\" autocapitalize=\"none\" spellcheck=\"false\" maxlength=\"254\"")
                .append(username == null ? "" : " value=\"" + escape(username) + "\"").append("></p>\n")
                .append("<p><label for=\"password\">").append(escape(text(lang, "login.password")))
                .append("</label><br>\n<input id=\"password\" name=\"password\" type=\"password\" required"
                        + " autocomplete=\"current-password\" maxlength=\"1024\"></p>\n")
                .append("<p><button type=\"submit\">").append(escape(text(lang, "login.submit")))
                .append("</button></p>\n</form>\n");
        return page(lang, text(lang, "login.title"), body.toString());
    }

    /** The consent page: each scope in plain words, the {@code nik} scope apart and never pre-ticked. */
    static String consent(Language lang, String reference, String csrf, String clientName, Scopes toConsent) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(escape(text(lang, "consent.heading", clientName))).append("</h1>\n")
                .append(formStart(CONSENT_PATH, reference, csrf))
                .append("<p>").append(escape(text(lang, "consent.intro"))).append("</p>\n<ul>\n");
        for (String scope : toConsent.values()) {
            if (!Scopes.NIK.equals(scope)) {
                body.append("<li>").append(escape(LoginTexts.scope(lang, scope))).append(" (")
                        .append(escape(scope)).append(")</li>\n");
            }
        }
        body.append("</ul>\n");
        if (toConsent.contains(Scopes.NIK)) {
            body.append("<p><strong>").append(escape(text(lang, "consent.nik"))).append("</strong><br>\n")
                    .append("<input id=\"scope-nik\" type=\"checkbox\" name=\"scope\" value=\"nik\"> ")
                    .append("<label for=\"scope-nik\">").append(escape(LoginTexts.scope(lang, Scopes.NIK)))
                    .append(" (nik)</label></p>\n");
        }
        body.append("<p><button type=\"submit\" name=\"decision\" value=\"allow\">")
                .append(escape(text(lang, "consent.allow"))).append("</button> ")
                .append("<button type=\"submit\" name=\"decision\" value=\"deny\">")
                .append(escape(text(lang, "consent.deny"))).append("</button></p>\n</form>\n<p>")
                .append(escape(text(lang, "consent.note"))).append("</p>\n");
        return page(lang, text(lang, "consent.title"), body.toString());
    }

    /** The logout confirmation (no valid {@code id_token_hint}). */
    static String logoutConfirm(Language lang, String reference, String csrf) {
        String body = "<h1>" + escape(text(lang, "logout.heading")) + "</h1>\n"
                + formStart(LOGOUT_CONFIRM_PATH, reference, csrf)
                + "<p><button type=\"submit\" name=\"decision\" value=\"logout\">"
                + escape(text(lang, "logout.confirm")) + "</button> "
                + "<button type=\"submit\" name=\"decision\" value=\"stay\">" + escape(text(lang, "logout.stay"))
                + "</button></p>\n</form>\n";
        return page(lang, text(lang, "logout.title"), body);
    }

    /** A page with a heading and one message. */
    static String message(Language lang, String title, String heading, String message, String requestId) {
        StringBuilder body = new StringBuilder("<h1>").append(escape(heading)).append("</h1>\n<p>")
                .append(escape(message)).append("</p>\n");
        if (requestId != null) {
            body.append("<p>").append(escape(text(lang, "request_id", requestId))).append("</p>\n");
        }
        return page(lang, title, body.toString());
    }

    private static String formStart(String action, String reference, String csrf) {
        return "<form method=\"post\" action=\"" + escape(action) + "\">\n"
                + "<input type=\"hidden\" name=\"request\" value=\"" + escape(reference) + "\">\n"
                + "<input type=\"hidden\" name=\"csrf_token\" value=\"" + escape(csrf) + "\">\n";
    }

    private static String page(Language lang, String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + lang.tag() + "\"><head><meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n"
                + "<title>" + escape(title) + " - " + escape(text(lang, "site")) + "</title></head>\n<body>\n"
                + body + "</body></html>\n";
    }
}
