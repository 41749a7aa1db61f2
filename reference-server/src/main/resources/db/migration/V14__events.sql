-- The agencies' event feed and webhooks (issue 6 item 7, helper "events"). Same dialect as V3 (H2 in PostgreSQL
-- mode and PostgreSQL). No foreign keys to other areas' tables: agency, application, service and document IDs are
-- plain columns.

-- One row per agency: the feed's write lock and position counter. Recording an event increments last_position
-- with an UPDATE, whose row lock is held until the recording transaction ends, so an agency's events are numbered
-- and committed one after the other: a reader never sees position n+1 before n is committed (or rolled back and
-- reused). last_occurred_at keeps occurred_at non-decreasing along the feed; purged_through is the highest position
-- deleted by the retention purge (a cursor before it answers 410 cursor-expired).
CREATE TABLE evt_agency_feed (
    agency_id        VARCHAR(64)              NOT NULL PRIMARY KEY,
    last_position    BIGINT                   NOT NULL,
    last_occurred_at TIMESTAMP WITH TIME ZONE,
    purged_through   BIGINT                   NOT NULL
);

-- The events, thin by design (UU 27/2022): no personal data. body is the exact JSON sent in the feed's and the
-- webhooks' Event, written once when recorded so that every answer and every delivery carries the same bytes.
CREATE TABLE evt_event (
    id                   VARCHAR(30)              NOT NULL PRIMARY KEY,
    agency_id            VARCHAR(64)              NOT NULL,
    feed_position        BIGINT                   NOT NULL,
    type                 VARCHAR(40)              NOT NULL,
    occurred_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    application_id       VARCHAR(30)              NOT NULL,
    application_sequence INTEGER                  NOT NULL,
    body                 VARCHAR(4000)            NOT NULL,
    CONSTRAINT evt_event_position UNIQUE (agency_id, feed_position),
    CONSTRAINT evt_event_sequence UNIQUE (application_id, application_sequence)
);
CREATE INDEX evt_event_occurred ON evt_event (occurred_at);

-- An agency's webhook subscriptions. The signing secrets are kept as issued (whsec_...): the server needs them to
-- sign. previous_secret signs alongside secret until previous_secret_expires_at (24 hours after a rotation).
-- version is the ETag. failing_since: the first failed attempt after the last successful one (5 days of failures
-- disable the subscription).
CREATE TABLE evt_subscription (
    id                         VARCHAR(30)              NOT NULL PRIMARY KEY,
    agency_id                  VARCHAR(64)              NOT NULL,
    url                        VARCHAR(2048)            NOT NULL,
    event_types                VARCHAR(1000)            NOT NULL,
    description                VARCHAR(500),
    active                     BOOLEAN                  NOT NULL,
    disabled_reason            VARCHAR(32),
    disabled_at                TIMESTAMP WITH TIME ZONE,
    secret                     VARCHAR(100)             NOT NULL,
    previous_secret            VARCHAR(100),
    previous_secret_expires_at TIMESTAMP WITH TIME ZONE,
    failing_since              TIMESTAMP WITH TIME ZONE,
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    version                    BIGINT                   NOT NULL,
    CONSTRAINT evt_subscription_url UNIQUE (agency_id, url)
);

-- The automatic delivery of one event to one subscription (written with the event, in its transaction: an
-- outbox). state PENDING until it SUCCEEDED, FAILED (schedule exhausted, 410) or was DROPPED (the subscription
-- became inactive). attempts counts the automatic attempts made; claimed_until keeps two dispatchers apart.
CREATE TABLE evt_delivery (
    subscription_id VARCHAR(30)              NOT NULL,
    event_id        VARCHAR(30)              NOT NULL,
    application_id  VARCHAR(30)              NOT NULL,
    feed_position   BIGINT                   NOT NULL,
    state           VARCHAR(16)              NOT NULL,
    attempts        INTEGER                  NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT evt_delivery_pk PRIMARY KEY (subscription_id, event_id)
);
CREATE INDEX evt_delivery_due ON evt_delivery (state, next_attempt_at);
CREATE INDEX evt_delivery_order ON evt_delivery (subscription_id, application_id, state, feed_position);

-- The delivery log: every attempt, automatic or manual, with its outcome (status code only, never bodies).
CREATE TABLE evt_attempt (
    id              VARCHAR(30)              NOT NULL PRIMARY KEY,
    subscription_id VARCHAR(30)              NOT NULL,
    event_id        VARCHAR(30)              NOT NULL,
    event_type      VARCHAR(40)              NOT NULL,
    attempt_number  INTEGER                  NOT NULL,
    trigger_kind    VARCHAR(16)              NOT NULL,
    attempted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_ms     INTEGER                  NOT NULL,
    response_status INTEGER,
    outcome         VARCHAR(20)              NOT NULL,
    failure_reason  VARCHAR(32),
    next_attempt_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX evt_attempt_log ON evt_attempt (subscription_id, attempted_at, attempt_number);
CREATE INDEX evt_attempt_event ON evt_attempt (subscription_id, event_id);
