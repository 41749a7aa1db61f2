-- The pending e-mail verification code of an account (issue 4, ACC-030): at most one per account, replaced by a new
-- request, deleted when confirmed. Only a hash of the code is kept. No foreign key to account (same dialect as V3);
-- a deleted account's row goes with it through the account deletion.
CREATE TABLE email_challenge (
    account_id    VARCHAR(30)              NOT NULL PRIMARY KEY,
    email         VARCHAR(254)             NOT NULL,
    code_hash     VARCHAR(64)              NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts_left INTEGER                  NOT NULL
);
