-- The audit trail is append-only in the database itself: UPDATE and DELETE of an entry are
-- refused by a Java trigger (TRUNCATE is refused by the chain head's reference, see V041).
CREATE TRIGGER audit_event_append_only BEFORE UPDATE, DELETE ON audit_event
    FOR EACH ROW CALL 'org.commissioninghub.audit.AppendOnlyH2Trigger';
CREATE TRIGGER audit_chain_head_kept BEFORE DELETE ON audit_chain_head
    FOR EACH ROW CALL 'org.commissioninghub.audit.AppendOnlyH2Trigger';
