-- The citizen's consents to clients (issue 4, helper "consents"): a consent withdrawn through withdrawConsent
-- leaves sso_consent (so that the next authorize asks again) and is kept here as proof of what was granted, when,
-- and when it was withdrawn (UU 27/2022). No foreign key to account: the proofs of consent outlive a deleted
-- account, linked to its subject ID only. Same dialect as V3.
CREATE TABLE sso_consent_withdrawal (
    account_id   VARCHAR(30)              NOT NULL,
    client_id    VARCHAR(128)             NOT NULL,
    scopes       VARCHAR(1000)            NOT NULL,
    text_version VARCHAR(32)              NOT NULL,
    granted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sso_consent_withdrawal_account ON sso_consent_withdrawal (account_id, client_id);
