-- Tracking-number serials in stripes (issue 9). One counter row per region and year made every submission of a region
-- wait for the one before it to commit: the row stayed locked until then. Now each region and year has 32 stripes;
-- stripe k hands out the serials k+1, k+1+32, k+1+64, ... (next_serial, then next_serial + 32), so no two stripes
-- ever share a serial. A submission takes the free stripe with the lowest next serial (FOR UPDATE SKIP LOCKED), so up
-- to 32 submissions of one region run side by side, and one at a time still gets 1, 2, 3, ... A rolled-back
-- submission gives its serial back with its transaction. The number of stripes must never change: the rows of a
-- region and year, once made, are the stripes (JdbcApplicationStore.SERIAL_STRIPES makes new ones).
CREATE TABLE application_serial_stripe (
    region_code VARCHAR(5) NOT NULL,
    serial_year INTEGER    NOT NULL,
    stripe      INTEGER    NOT NULL,
    next_serial BIGINT     NOT NULL,
    PRIMARY KEY (region_code, serial_year, stripe),
    CONSTRAINT application_serial_stripe_known CHECK (stripe >= 0 AND stripe < 32)
);

-- The serials already handed out stay taken: every stripe starts after the last one.
INSERT INTO application_serial_stripe (region_code, serial_year, stripe, next_serial)
SELECT s.region_code, s.serial_year, k.stripe, s.last_serial + 1 + k.stripe
  FROM application_serial s
 CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15), (16), (17),
                    (18), (19), (20), (21), (22), (23), (24), (25), (26), (27), (28), (29), (30), (31)) AS k (stripe);

DROP TABLE application_serial;
