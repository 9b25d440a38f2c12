-- Each audit entry carries the hash of the one before it, so a changed or deleted row breaks the
-- chain. Entries written before this migration are sealed into the chain by V007 (Java).
ALTER TABLE audit_event ADD COLUMN changes VARCHAR(4000);
ALTER TABLE audit_event ADD COLUMN previous_hash VARCHAR(64);
ALTER TABLE audit_event ADD COLUMN entry_hash VARCHAR(64);
CREATE INDEX audit_event_actor ON audit_event (actor, occurred_at);
CREATE INDEX audit_event_time ON audit_event (occurred_at);

-- One row holding the newest hash; writers lock it so the chain never forks.
CREATE TABLE audit_chain_head (
    id         INTEGER     PRIMARY KEY,
    last_id    BIGINT,
    last_hash  VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_id, last_hash) VALUES (1, NULL, 'genesis');
