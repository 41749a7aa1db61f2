-- The regions (kabupaten and kota) this deployment serves, with their Kemendagri codes.
-- Codes are strings (leading zeros matter) and each row keeps the decree edition its code and name follow.
-- One dialect for H2 (in PostgreSQL mode) and PostgreSQL.
CREATE TABLE region (
    code          VARCHAR(5)   NOT NULL PRIMARY KEY,
    kind          VARCHAR(10)  NOT NULL,
    name          VARCHAR(100) NOT NULL,
    province_code VARCHAR(2)   NOT NULL,
    province_name VARCHAR(100) NOT NULL,
    time_zone     VARCHAR(32)  NOT NULL,
    code_edition  VARCHAR(100) NOT NULL,
    CONSTRAINT region_kind_known CHECK (kind IN ('KABUPATEN', 'KOTA')),
    CONSTRAINT region_province_is_prefix CHECK (province_code = SUBSTRING(code FROM 1 FOR 2)),
    CONSTRAINT region_time_zone_known CHECK (time_zone IN ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'))
);

CREATE INDEX region_by_province ON region (province_code, code);
