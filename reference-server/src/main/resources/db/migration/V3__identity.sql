-- The OpenID Connect provider's state (issue 4): signing keys, authorization codes and refresh tokens (hashes
-- only), revocations, and the jti of client assertions already seen. One dialect for H2 (PostgreSQL mode) and
-- PostgreSQL. Times are TIMESTAMP WITH TIME ZONE, written and read as UTC instants.

-- The RS256 signing keys. private_jwk holds the whole key pair as a JWK (JSON, private members included): the
-- database must be protected like the key itself (access control, encrypted storage and backups).
CREATE TABLE sso_signing_key (
    kid         VARCHAR(128)             NOT NULL PRIMARY KEY,
    private_jwk VARCHAR(10000)           NOT NULL,
    publish_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    activate_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sso_signing_key_published_first CHECK (publish_at <= activate_at)
);

-- Authorization codes by SHA-256 (never the code), with the grant they stand for. A redeemed code is kept until
-- it expires, so that a second use is recognised.
CREATE TABLE sso_authorization_code (
    code_hash      VARCHAR(64)              NOT NULL PRIMARY KEY,
    grant_id       VARCHAR(64)              NOT NULL,
    client_id      VARCHAR(128)             NOT NULL,
    subject        VARCHAR(128)             NOT NULL,
    session_id     VARCHAR(128),
    scopes         VARCHAR(1000)            NOT NULL,
    auth_time      TIMESTAMP WITH TIME ZONE NOT NULL,
    acr            VARCHAR(32)              NOT NULL,
    redirect_uri   VARCHAR(2000)            NOT NULL,
    code_challenge VARCHAR(128)             NOT NULL,
    nonce          VARCHAR(512),
    issued_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    redeemed_at    TIMESTAMP WITH TIME ZONE
);

-- Refresh tokens by SHA-256; every token of a family (one authorization) shares grant_id. A rotated token is
-- kept, so that its reuse is recognised and revokes the family.
CREATE TABLE sso_refresh_token (
    token_hash        VARCHAR(64)              NOT NULL PRIMARY KEY,
    grant_id          VARCHAR(64)              NOT NULL,
    client_id         VARCHAR(128)             NOT NULL,
    subject           VARCHAR(128)             NOT NULL,
    session_id        VARCHAR(128),
    scopes            VARCHAR(1000)            NOT NULL,
    auth_time         TIMESTAMP WITH TIME ZONE NOT NULL,
    acr               VARCHAR(32)              NOT NULL,
    issued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    family_expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    rotated_at        TIMESTAMP WITH TIME ZONE
);

CREATE INDEX sso_refresh_token_by_grant ON sso_refresh_token (grant_id);

-- Access tokens issued from an account's grant (client-credentials tokens have none), so that revoking the grant
-- also refuses them until they expire.
CREATE TABLE sso_access_token_grant (
    jti        VARCHAR(128)             NOT NULL PRIMARY KEY,
    grant_id   VARCHAR(64)              NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX sso_access_token_grant_by_grant ON sso_access_token_grant (grant_id);

-- Access tokens revoked one by one, kept until they expire.
CREATE TABLE sso_revoked_access_token (
    jti        VARCHAR(128)             NOT NULL PRIMARY KEY,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Revoked grants: their refresh-token family and access tokens.
CREATE TABLE sso_revoked_grant (
    grant_id   VARCHAR(64)              NOT NULL PRIMARY KEY,
    revoked_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The jti of private_key_jwt client assertions, kept until the assertion expires (SSO-051: no replay).
CREATE TABLE sso_client_assertion (
    client_id  VARCHAR(128)             NOT NULL,
    jti        VARCHAR(256)             NOT NULL,
    keep_until TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sso_client_assertion_pk PRIMARY KEY (client_id, jti)
);

CREATE INDEX sso_client_assertion_by_time ON sso_client_assertion (keep_until);
