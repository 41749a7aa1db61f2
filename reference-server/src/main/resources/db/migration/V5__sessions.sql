-- The sign-in pages (issue 4, helper "login"): browsers' single sign-on sessions, the scopes each account granted
-- each client, and the authorization requests waiting on the login or consent page. Same dialect as V3.

-- A browser's SSO session. The cookie holds a random value; only its SHA-256 is stored (id_hash), so the table
-- cannot be used to take over a session. session_id is the sid of the ID tokens issued under it.
CREATE TABLE sso_session (
    id_hash    VARCHAR(64)              NOT NULL PRIMARY KEY,
    session_id VARCHAR(64)              NOT NULL,
    account_id VARCHAR(30)              NOT NULL,
    auth_time  TIMESTAMP WITH TIME ZONE NOT NULL,
    acr        VARCHAR(32)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sso_session_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX sso_session_expiry ON sso_session (expires_at);
CREATE INDEX sso_session_account_idx ON sso_session (account_id);

-- The scopes an account granted a client on the consent page (asked once, SSO-016), with the version of the text
-- shown and when.
CREATE TABLE sso_consent (
    account_id   VARCHAR(30)              NOT NULL,
    client_id    VARCHAR(128)             NOT NULL,
    scopes       VARCHAR(1000)            NOT NULL,
    text_version VARCHAR(32)              NOT NULL,
    granted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sso_consent_pk PRIMARY KEY (account_id, client_id),
    CONSTRAINT sso_consent_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

-- An authorization (or logout) request shown as a page and waiting for the form's POST: the original query as
-- received (validated again when used, never taken from the form), the page's anti-CSRF token and the SHA-256 of
-- the browser cookie it is bound to. Short-lived; id_hash is the SHA-256 of the opaque reference in the form.
CREATE TABLE sso_pending_request (
    id_hash      VARCHAR(64)              NOT NULL PRIMARY KEY,
    kind         VARCHAR(16)              NOT NULL,
    query        VARCHAR(8000)            NOT NULL,
    csrf_token   VARCHAR(64)              NOT NULL,
    browser_hash VARCHAR(64)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sso_pending_request_kind CHECK (kind IN ('AUTHORIZE', 'LOGOUT'))
);
CREATE INDEX sso_pending_request_expiry ON sso_pending_request (expires_at);
