-- The citizens' documents, the grants that let an agency read one for one application, the access log, the
-- tombstones of deleted documents and the verification codes of issued documents. Account, application and agency
-- IDs of the other areas are plain columns (no foreign keys across areas). Instants are UTC, to the microsecond.
--
-- A row of vault_document exists exactly while the document is visible: it is inserted, in one transaction, only
-- after its bytes are stored (fsynced and renamed into place under blob_key), and deleted with its bytes (a
-- tombstone stays). A blob whose key no row names is an orphan (a crash between the rename and the commit, or
-- between the commit of a deletion and the destruction of the bytes) and is removed at start-up.
CREATE TABLE vault_document (
    id                      VARCHAR(30)   NOT NULL PRIMARY KEY,
    owner_id                VARCHAR(64)   NOT NULL,
    type_code               VARCHAR(48)   NOT NULL REFERENCES document_type (code),
    title                   VARCHAR(120)  NOT NULL,
    file_name               VARCHAR(110)  NOT NULL,
    media_type              VARCHAR(20)   NOT NULL,
    size_bytes              BIGINT        NOT NULL,
    sha256                  CHAR(64)      NOT NULL,
    blob_key                VARCHAR(64)   NOT NULL,
    status                  VARCHAR(10)   NOT NULL,
    origin                  VARCHAR(10)   NOT NULL,
    version                 BIGINT        NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    verified_status         VARCHAR(10),
    verified_agency_id      VARCHAR(64),
    verified_by             VARCHAR(200),
    verified_application_id VARCHAR(30),
    verified_tracking_number VARCHAR(40),
    verified_at             TIMESTAMP WITH TIME ZONE,
    verified_reason         VARCHAR(1000),
    issued_code             VARCHAR(19),
    CONSTRAINT vault_document_blob_unique UNIQUE (blob_key),
    -- Upload once: one document per owner, type and content (never across owners).
    CONSTRAINT vault_document_content_unique UNIQUE (owner_id, type_code, sha256),
    CONSTRAINT vault_document_status_known CHECK (status IN ('UPLOADED', 'VERIFIED', 'REJECTED')),
    CONSTRAINT vault_document_origin_known CHECK (origin IN ('UPLOADED', 'ISSUED')),
    CONSTRAINT vault_document_media_known CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    CONSTRAINT vault_document_size_positive CHECK (size_bytes >= 1),
    CONSTRAINT vault_document_issued_has_code CHECK ((origin = 'ISSUED') = (issued_code IS NOT NULL))
);

-- listDocuments: the owner's documents newest first (created_at, then id).
CREATE INDEX vault_document_by_owner ON vault_document (owner_id, created_at, id);

-- What remains of a deleted document: no title, no file name, no bytes.
CREATE TABLE vault_document_tombstone (
    document_id VARCHAR(30)  NOT NULL PRIMARY KEY,
    owner_id    VARCHAR(64)  NOT NULL,
    type_code   VARCHAR(48)  NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    origin      VARCHAR(10)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX vault_document_tombstone_by_owner ON vault_document_tombstone (owner_id);

-- A grant lets the agency of an application read one document for that application. closed_at: the application
-- closed (expires_at = closed_at + retention); ended_at: a revision replaced the document (expires_at = ended_at).
-- The application still uses the document while neither is set; the grant is ACTIVE while expires_at is unset or
-- in the future. Deleting the document sets expires_at to the deletion time.
CREATE TABLE document_grant (
    id              VARCHAR(30)  NOT NULL PRIMARY KEY,
    document_id     VARCHAR(30)  NOT NULL,
    owner_id        VARCHAR(64)  NOT NULL,
    type_code       VARCHAR(48)  NOT NULL,
    application_id  VARCHAR(30)  NOT NULL,
    tracking_number VARCHAR(40)  NOT NULL,
    service_id      VARCHAR(100),
    region_code     VARCHAR(5),
    agency_id       VARCHAR(64)  NOT NULL,
    granted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at       TIMESTAMP WITH TIME ZONE,
    ended_at        TIMESTAMP WITH TIME ZONE,
    expires_at      TIMESTAMP WITH TIME ZONE
);

CREATE INDEX document_grant_by_owner ON document_grant (owner_id, granted_at, id);
CREATE INDEX document_grant_by_document ON document_grant (document_id);
CREATE INDEX document_grant_by_application ON document_grant (application_id, document_id);

-- Append-only: the server inserts entries and never updates or deletes them (they outlive the document and are
-- erased only with the account). action: DOWNLOAD, READ_METADATA, VERIFY (served by listDocumentAccessLog), and
-- GRANT and DELETE (kept as evidence; the contract's DocumentAccessAction has no value for them, so they are not
-- served).
CREATE TABLE document_access_log (
    id              VARCHAR(30)  NOT NULL PRIMARY KEY,
    document_id     VARCHAR(30)  NOT NULL,
    owner_id        VARCHAR(64)  NOT NULL,
    type_code       VARCHAR(48)  NOT NULL,
    accessed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    action          VARCHAR(20)  NOT NULL,
    actor_type      VARCHAR(20)  NOT NULL,
    agency_id       VARCHAR(64),
    officer_name    VARCHAR(200),
    client_name     VARCHAR(200) NOT NULL,
    application_id  VARCHAR(30),
    tracking_number VARCHAR(40),
    CONSTRAINT document_access_log_action_known CHECK (action IN ('DOWNLOAD', 'READ_METADATA', 'VERIFY', 'GRANT',
        'DELETE')),
    CONSTRAINT document_access_log_actor_known CHECK (actor_type IN ('CITIZEN', 'OFFICER', 'AGENCY_SYSTEM',
        'SYSTEM'))
);

CREATE INDEX document_access_log_by_owner ON document_access_log (owner_id, accessed_at, id);

-- The public facts of a document an agency issued, checkable by its code for as long as the issuer keeps it, also
-- after the holder deleted the vault copy. The holder's name is kept only masked.
CREATE TABLE issued_document (
    verification_code  VARCHAR(19)  NOT NULL PRIMARY KEY,
    document_id        VARCHAR(30)  NOT NULL,
    owner_id           VARCHAR(64)  NOT NULL,
    type_code          VARCHAR(48)  NOT NULL,
    title              VARCHAR(120) NOT NULL,
    sha256             CHAR(64)     NOT NULL,
    agency_id          VARCHAR(64)  NOT NULL,
    application_id     VARCHAR(30)  NOT NULL,
    tracking_number    VARCHAR(40)  NOT NULL,
    issued_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    status             VARCHAR(10)  NOT NULL,
    revoked_at         TIMESTAMP WITH TIME ZONE,
    holder_name_masked VARCHAR(200) NOT NULL,
    CONSTRAINT issued_document_document_unique UNIQUE (document_id),
    CONSTRAINT issued_document_status_known CHECK (status IN ('VALID', 'REVOKED'))
);
