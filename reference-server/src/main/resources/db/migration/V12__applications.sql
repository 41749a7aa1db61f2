-- Service applications (issue 6, helper applications): the application with the facts it was submitted under
-- (service, agency and applicant names as they were, the service level), its decision and output; the documents
-- attached to it (a replaced one is kept, marked replaced_at); its timeline (appended, never changed); and the
-- serial of tracking numbers per region and year. No foreign keys to other areas' tables (services, agencies,
-- accounts, documents): their IDs are kept as plain columns. One dialect for H2 (PostgreSQL mode) and PostgreSQL.
CREATE TABLE application (
    id                   VARCHAR(30)              NOT NULL PRIMARY KEY,
    tracking_number      VARCHAR(20)              NOT NULL,
    service_id           VARCHAR(96)              NOT NULL,
    service_name_id      VARCHAR(200)             NOT NULL,
    service_name_en      VARCHAR(200)             NOT NULL,
    region_code          VARCHAR(5)               NOT NULL,
    agency_id            VARCHAR(64)              NOT NULL,
    agency_name_id       VARCHAR(200)             NOT NULL,
    agency_name_en       VARCHAR(200)             NOT NULL,
    applicant_id         VARCHAR(40)              NOT NULL,
    applicant_name       VARCHAR(200)             NOT NULL,
    status               VARCHAR(20)              NOT NULL,
    form_json            TEXT                     NOT NULL,
    sla_working_days     INTEGER                  NOT NULL,
    output_document_type VARCHAR(40)              NOT NULL,
    output_name          VARCHAR(200)             NOT NULL,
    submitted_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    due_date             DATE                     NOT NULL,
    closed_at            TIMESTAMP WITH TIME ZONE,
    closed_date          DATE,
    decision_outcome     VARCHAR(10),
    decision_reason      VARCHAR(1000),
    decided_at           TIMESTAMP WITH TIME ZONE,
    decided_by_type      VARCHAR(20),
    decided_by_name      VARCHAR(200),
    decided_by_agency_id VARCHAR(64),
    output_document_id   VARCHAR(40),
    version              BIGINT                   NOT NULL,
    CONSTRAINT application_tracking_number_unique UNIQUE (tracking_number),
    CONSTRAINT application_status_known CHECK (status IN ('SUBMITTED', 'IN_REVIEW', 'NEEDS_REVISION', 'APPROVED',
        'REJECTED', 'COMPLETED', 'CANCELLED')),
    CONSTRAINT application_closed_when_terminal CHECK ((closed_at IS NULL) = (status NOT IN ('REJECTED', 'COMPLETED',
        'CANCELLED'))),
    CONSTRAINT application_closed_date_with_closed_at CHECK ((closed_at IS NULL) = (closed_date IS NULL)),
    CONSTRAINT application_decision_known CHECK (decision_outcome IS NULL OR decision_outcome IN ('APPROVED',
        'REJECTED')),
    CONSTRAINT application_sla_positive CHECK (sla_working_days >= 1)
);
-- The citizen's list (newest first) and the agency's queue (oldest due first).
CREATE INDEX application_applicant ON application (applicant_id, submitted_at, id);
CREATE INDEX application_agency_queue ON application (agency_id, due_date, submitted_at, id);

CREATE TABLE application_document (
    application_id   VARCHAR(30)              NOT NULL REFERENCES application (id),
    position         INTEGER                  NOT NULL,
    document_type    VARCHAR(40)              NOT NULL,
    document_id      VARCHAR(40)              NOT NULL,
    attached_status  VARCHAR(10)              NOT NULL,
    attached_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    replaced_at      TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (application_id, position)
);
CREATE INDEX application_document_by_document ON application_document (document_id);

CREATE TABLE application_timeline (
    application_id  VARCHAR(30)              NOT NULL REFERENCES application (id),
    sequence_number INTEGER                  NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_type      VARCHAR(20)              NOT NULL,
    actor_name      VARCHAR(200)             NOT NULL,
    actor_agency_id VARCHAR(64),
    action          VARCHAR(20),
    from_status     VARCHAR(20),
    to_status       VARCHAR(20)              NOT NULL,
    reason          VARCHAR(1000),
    PRIMARY KEY (application_id, sequence_number),
    CONSTRAINT application_timeline_actor_known CHECK (actor_type IN ('CITIZEN', 'OFFICER', 'AGENCY_SYSTEM'))
);

-- The last serial handed out per region and year (APP-010): a row is taken with an UPDATE, which locks it until the
-- submission commits, so two submissions never get one number; a number is never handed out twice.
CREATE TABLE application_serial (
    region_code VARCHAR(5) NOT NULL,
    serial_year INTEGER    NOT NULL,
    last_serial BIGINT     NOT NULL,
    PRIMARY KEY (region_code, serial_year)
);
