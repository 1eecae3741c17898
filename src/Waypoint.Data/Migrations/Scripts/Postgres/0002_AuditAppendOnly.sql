-- The audit trail is append-only: no row may be deleted, and a row may change only once, when the sealer fills its
-- chain columns. Anyone able to disable this trigger can still tamper, which the hash chain then reveals.
CREATE FUNCTION waypoint_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'The audit trail is append-only: entries cannot be deleted';
    END IF;
    IF OLD."ChainIndex" IS NOT NULL
       OR (NEW."Id", NEW."RecordedAt", NEW."Actor", NEW."ActorStaffMemberId", NEW."Action", NEW."PersonId", NEW."Crn", NEW."EntityType", NEW."EntityKey", NEW."Details")
          IS DISTINCT FROM
          (OLD."Id", OLD."RecordedAt", OLD."Actor", OLD."ActorStaffMemberId", OLD."Action", OLD."PersonId", OLD."Crn", OLD."EntityType", OLD."EntityKey", OLD."Details") THEN
        RAISE EXCEPTION 'The audit trail is append-only: an entry can only be sealed, never changed';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER "TR_AuditEntries_AppendOnly" BEFORE UPDATE OR DELETE ON "AuditEntries"
    FOR EACH ROW EXECUTE FUNCTION waypoint_audit_append_only();
