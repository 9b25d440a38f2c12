-- A user may hold several roles. Provider users and CSP leads stay bound to one organisation
-- (app_user.organisation_id: their organisation, or their partnership).
CREATE TABLE app_user_role (
    user_id  BIGINT      NOT NULL REFERENCES app_user (id),
    role     VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, role)
);
INSERT INTO app_user_role (user_id, role) SELECT id, role FROM app_user;
ALTER TABLE app_user DROP COLUMN role;
