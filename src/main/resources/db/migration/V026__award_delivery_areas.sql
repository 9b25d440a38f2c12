-- Where an award's service is delivered, as local authority districts (their ONS codes are
-- published in 360Giving's beneficiary location). An award with no areas serves all of Kent and
-- Medway.
CREATE TABLE award_area (
    award_id  BIGINT      NOT NULL REFERENCES award (id),
    area      VARCHAR(40) NOT NULL,
    PRIMARY KEY (award_id, area)
);
