-- Reminders sent about returns. The primary key is the lock: when two instances of the app send
-- reminders at once, only the one whose row goes in first sends; the other's insert fails.
CREATE TABLE return_reminder (
    return_id    BIGINT        NOT NULL REFERENCES monitoring_return (id),
    kind         VARCHAR(20)   NOT NULL,
    recipients   INTEGER       NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (return_id, kind)
);

-- An instance claims a queued email for a few minutes before sending it, so two instances
-- retrying unsent emails at the same moment never both send one.
ALTER TABLE outbound_email ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;
