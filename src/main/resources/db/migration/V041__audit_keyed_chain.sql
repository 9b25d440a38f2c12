-- Entries are sealed with HMAC-SHA256 under a key kept outside the database; key_id names the key
-- (keys can be rotated). Entries written before have no key_id and are checked with plain SHA-256.
ALTER TABLE audit_event ADD COLUMN key_id VARCHAR(40);

-- The first keyed entry, set once by the first keyed append: an unkeyed entry from there on was
-- re-hashed without the key.
ALTER TABLE audit_chain_head ADD COLUMN keyed_from BIGINT;

-- The head points at the newest entry. The reference also makes the trail impossible to TRUNCATE
-- (on H2, which has no TRUNCATE triggers, this is what refuses it).
ALTER TABLE audit_chain_head ADD CONSTRAINT audit_chain_head_last_entry
    FOREIGN KEY (last_id) REFERENCES audit_event (id);
