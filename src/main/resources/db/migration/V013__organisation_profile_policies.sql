-- The reusable organisation profile: the policies an organisation holds and when each was last
-- reviewed, kept once and used by every application it makes.
CREATE TABLE organisation_policy (
    organisation_id  BIGINT        NOT NULL REFERENCES organisation (id),
    kind             VARCHAR(40)   NOT NULL,
    reviewed_on      DATE          NOT NULL,
    updated_by       VARCHAR(60)   NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (organisation_id, kind)
);

-- The policies a programme requires applicants to hold, reviewed in the last 12 months.
ALTER TABLE programme ADD COLUMN required_policies VARCHAR(400) NOT NULL DEFAULT '';

-- The profile as it stood when the application was submitted, so assessors and auditors see
-- what the applicant declared then, not what the profile says today.
CREATE TABLE application_profile (
    application_id   BIGINT        PRIMARY KEY REFERENCES application (id),
    charity_number   VARCHAR(20),
    company_number   VARCHAR(20),
    address          VARCHAR(500),
    postcode         VARCHAR(10),
    website          VARCHAR(300)
);

CREATE TABLE application_policy (
    application_id   BIGINT        NOT NULL REFERENCES application (id),
    kind             VARCHAR(40)   NOT NULL,
    reviewed_on      DATE          NOT NULL,
    PRIMARY KEY (application_id, kind)
);
