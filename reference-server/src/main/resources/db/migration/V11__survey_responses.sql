-- The SKM satisfaction survey (PermenPANRB 14/2017; issue 6, helper catalogue): one response per application, by
-- its applicant, never changed once recorded. The application is another area's: its ID, applicant, agency and
-- region are kept as plain columns (no foreign key); the service is the catalogue's own.
-- submitted_on is the date of submitted_at in the region's time zone, so that a period of whole months (from_date
-- to to_date, in the region's dates) is a plain range on it. The nine scores are columns, one per element code.
-- Comment and respondent profile are never published (UU 27/2022): only the applicant reads them back.
-- One dialect for H2 (in PostgreSQL mode) and PostgreSQL.
CREATE TABLE survey_response (
    application_id          VARCHAR(40)   NOT NULL PRIMARY KEY,
    service_id              VARCHAR(96)   NOT NULL REFERENCES service (id),
    agency_id               VARCHAR(64)   NOT NULL REFERENCES agency (id),
    region_code             VARCHAR(5)    NOT NULL REFERENCES region (code),
    applicant_account_id    VARCHAR(64)   NOT NULL,
    submitted_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_on            DATE          NOT NULL,
    score_persyaratan           SMALLINT  NOT NULL CHECK (score_persyaratan BETWEEN 1 AND 4),
    score_prosedur              SMALLINT  NOT NULL CHECK (score_prosedur BETWEEN 1 AND 4),
    score_waktu_penyelesaian    SMALLINT  NOT NULL CHECK (score_waktu_penyelesaian BETWEEN 1 AND 4),
    score_biaya_tarif           SMALLINT  NOT NULL CHECK (score_biaya_tarif BETWEEN 1 AND 4),
    score_produk_layanan        SMALLINT  NOT NULL CHECK (score_produk_layanan BETWEEN 1 AND 4),
    score_kompetensi_pelaksana  SMALLINT  NOT NULL CHECK (score_kompetensi_pelaksana BETWEEN 1 AND 4),
    score_perilaku_pelaksana    SMALLINT  NOT NULL CHECK (score_perilaku_pelaksana BETWEEN 1 AND 4),
    score_penanganan_pengaduan  SMALLINT  NOT NULL CHECK (score_penanganan_pengaduan BETWEEN 1 AND 4),
    score_sarana_prasarana      SMALLINT  NOT NULL CHECK (score_sarana_prasarana BETWEEN 1 AND 4),
    comment                 VARCHAR(2000),
    age_group               VARCHAR(20),
    gender                  VARCHAR(10),
    education               VARCHAR(12),
    occupation              VARCHAR(12)
);

-- getServiceSatisfaction and getAgencySatisfaction sum the responses of one service or agency over a date range.
CREATE INDEX survey_response_by_service ON survey_response (service_id, submitted_on);
CREATE INDEX survey_response_by_agency ON survey_response (agency_id, submitted_on);
