-- The audit trail is append-only: no row may be deleted, and a row may change only once, when the sealer fills its
-- chain columns. Anyone able to drop these triggers can still tamper, which the hash chain then reveals.
CREATE TRIGGER "TR_AuditEntries_NoDelete" BEFORE DELETE ON "AuditEntries"
BEGIN
    SELECT RAISE(ABORT, 'The audit trail is append-only: entries cannot be deleted');
END;

CREATE TRIGGER "TR_AuditEntries_SealOnly" BEFORE UPDATE ON "AuditEntries"
WHEN OLD."ChainIndex" IS NOT NULL
    OR NEW."Id" IS NOT OLD."Id" OR NEW."RecordedAt" IS NOT OLD."RecordedAt" OR NEW."Actor" IS NOT OLD."Actor"
    OR NEW."ActorStaffMemberId" IS NOT OLD."ActorStaffMemberId" OR NEW."Action" IS NOT OLD."Action"
    OR NEW."PersonId" IS NOT OLD."PersonId" OR NEW."Crn" IS NOT OLD."Crn" OR NEW."EntityType" IS NOT OLD."EntityType"
    OR NEW."EntityKey" IS NOT OLD."EntityKey" OR NEW."Details" IS NOT OLD."Details"
BEGIN
    SELECT RAISE(ABORT, 'The audit trail is append-only: an entry can only be sealed, never changed');
END;
