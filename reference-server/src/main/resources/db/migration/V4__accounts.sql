-- Accounts (issue 4) and the idempotency keys of POST requests (GEN-009 to GEN-013). One dialect for H2
-- (PostgreSQL mode) and PostgreSQL. Times are TIMESTAMP WITH TIME ZONE, written and read as UTC instants.

-- Citizen and officer accounts. The NIK is kept in full (the population registry is asked about it) and is
-- personal data: it is released only under scope nik and never logged. email_key is the address in lower case,
-- so that one address (whatever its case) holds one account. The assurance level is not stored: it follows from
-- email_verified and nik_status. version is the ETag.
CREATE TABLE account (
    id                     VARCHAR(30)              NOT NULL PRIMARY KEY,
    kind                   VARCHAR(10)              NOT NULL,
    agency_id              VARCHAR(64),
    nik                    VARCHAR(16)              NOT NULL,
    full_name              VARCHAR(100)             NOT NULL,
    birth_date             DATE                     NOT NULL,
    email                  VARCHAR(254)             NOT NULL,
    email_key              VARCHAR(254)             NOT NULL,
    email_verified         BOOLEAN                  NOT NULL,
    phone_number           VARCHAR(16),
    phone_number_verified  BOOLEAN                  NOT NULL,
    password_hash          VARCHAR(255)             NOT NULL,
    nik_status             VARCHAR(10)              NOT NULL,
    nik_checked_at         TIMESTAMP WITH TIME ZONE,
    nik_flags              VARCHAR(100)             NOT NULL,
    nik_failure_reason     VARCHAR(32),
    locale                 VARCHAR(2)               NOT NULL,
    accepted_terms_version VARCHAR(32)              NOT NULL,
    privacy_notice_version VARCHAR(32)              NOT NULL,
    version                BIGINT                   NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_nik_unique UNIQUE (nik),
    CONSTRAINT account_email_unique UNIQUE (email_key),
    CONSTRAINT account_kind_known CHECK (kind IN ('CITIZEN', 'OFFICER')),
    CONSTRAINT account_officer_has_agency CHECK ((kind = 'OFFICER') = (agency_id IS NOT NULL)),
    CONSTRAINT account_nik_digits CHECK (CHAR_LENGTH(nik) = 16),
    CONSTRAINT account_nik_status_known CHECK (nik_status IN ('UNVERIFIED', 'PENDING', 'VERIFIED', 'FAILED')),
    CONSTRAINT account_failure_when_failed CHECK ((nik_status = 'FAILED') = (nik_failure_reason IS NOT NULL)),
    CONSTRAINT account_locale_known CHECK (locale IN ('id', 'en'))
);

CREATE INDEX account_by_agency ON account (agency_id);

-- The purposes of processing an account's holder consented to (UU 27/2022), each with when: the proof of consent.
-- A withdrawn purpose is deleted; ACCOUNT_MANAGEMENT is kept as long as the account.
CREATE TABLE account_consent (
    account_id VARCHAR(30)              NOT NULL,
    purpose    VARCHAR(32)              NOT NULL,
    given_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_consent_pk PRIMARY KEY (account_id, purpose),
    CONSTRAINT account_consent_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT account_consent_purpose_known
        CHECK (purpose IN ('ACCOUNT_MANAGEMENT', 'IDENTITY_VERIFICATION', 'SERVICE_NOTIFICATIONS'))
);

-- Idempotency keys: per scope (the hash of client and user, or of the client address for anonymous POSTs), the
-- request a key was first used for (operation and SHA-256 fingerprint of method, path and body) and, once it
-- finished, its answer to replay. An IN_FLIGHT key past locked_until was abandoned and may be taken again.
CREATE TABLE idempotency_key (
    scope                 VARCHAR(64)              NOT NULL,
    idem_key              VARCHAR(255)             NOT NULL,
    operation             VARCHAR(300)             NOT NULL,
    fingerprint           VARCHAR(64)              NOT NULL,
    state                 VARCHAR(10)              NOT NULL,
    response_status       INTEGER,
    response_location     VARCHAR(2000),
    response_etag         VARCHAR(200),
    response_content_type VARCHAR(200),
    response_body         BYTEA,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until          TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT idempotency_key_pk PRIMARY KEY (scope, idem_key),
    CONSTRAINT idempotency_key_state_known CHECK (state IN ('IN_FLIGHT', 'COMPLETED')),
    CONSTRAINT idempotency_key_completed_has_status CHECK ((state = 'COMPLETED') = (response_status IS NOT NULL))
);

CREATE INDEX idempotency_key_by_expiry ON idempotency_key (expires_at);
