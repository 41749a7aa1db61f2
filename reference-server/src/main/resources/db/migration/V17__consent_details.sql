-- The consent list's remaining details (issue 4, ACC-050): when the citizen first granted the client scopes (granted_at
-- now holds the latest grant, as before), the language the consent page was shown in, and when the client last
-- obtained tokens under the consent. Existing rows: first grant = latest grant, page in Indonesian (the only language
-- recorded before), never used. One column per statement: the dialect H2 and PostgreSQL share.
ALTER TABLE sso_consent ADD COLUMN first_granted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sso_consent ADD COLUMN locale VARCHAR(2);
ALTER TABLE sso_consent ADD COLUMN last_used_at TIMESTAMP WITH TIME ZONE;
UPDATE sso_consent SET first_granted_at = granted_at, locale = 'id';
