-- Contacts and the audit trail are the two tables that grow without end (tens of millions of rows nationally). On
-- PostgreSQL both become range-partitioned by month on their timestamp, which is already part of their keys: each
-- month is its own table with its own indexes, so recent months stay small and hot, and an old month can be detached
-- and archived without touching the rest. A DEFAULT partition catches anything outside the months that exist; the
-- daily job keeps three months ahead created (waypoint_ensure_monthly_partitions).

-- Creates the monthly partitions of parent (partitioned on column) from from_month to to_month (inclusive) that do
-- not exist yet, named parent_pYYYYMM with UTC month bounds, and returns how many it created. A month that already
-- has rows in the DEFAULT partition is left alone with a warning: moving them out would mean deleting them there,
-- which would cascade to rows that refer to them (contact revisions) and which the audit trail forbids. They stay in
-- the default partition, found by every query; bulk loads of history create their months first to avoid this.
CREATE FUNCTION waypoint_ensure_monthly_partitions(parent text, partition_column text, from_month date, to_month date)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    month date := date_trunc('month', from_month)::date;
    last_month date := date_trunc('month', to_month)::date;
    partition_name text;
    lower_bound timestamptz;
    upper_bound timestamptz;
    waiting boolean;
    created integer := 0;
BEGIN
    WHILE month <= last_month LOOP
        partition_name := format('%s_p%s', parent, to_char(month, 'YYYYMM'));
        IF to_regclass(format('%I', partition_name)) IS NULL THEN
            lower_bound := month::timestamp AT TIME ZONE 'UTC';
            upper_bound := (month + interval '1 month')::timestamp AT TIME ZONE 'UTC';
            waiting := false;
            IF to_regclass(format('%I', parent || '_default')) IS NOT NULL THEN
                EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE %I >= $1 AND %I < $2)', parent || '_default', partition_column, partition_column)
                    INTO waiting USING lower_bound, upper_bound;
            END IF;
            IF waiting THEN
                RAISE WARNING '% has rows for % in its default partition; that month is not partitioned separately', parent, to_char(month, 'YYYY-MM');
            ELSE
                EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)', partition_name, parent, lower_bound, upper_bound);
                created := created + 1;
            END IF;
        END IF;
        month := (month + interval '1 month')::date;
    END LOOP;
    RETURN created;
END
$$;

-- Contacts: the old table's names are freed, a partitioned table takes its place, the rows move across.
ALTER TABLE "ContactRevisions" DROP CONSTRAINT "FK_ContactRevisions_Contacts_ContactId_ContactOccurredAt";
ALTER TABLE "Contacts" RENAME TO "Contacts_unpartitioned";
ALTER TABLE "Contacts_unpartitioned" DROP CONSTRAINT "PK_Contacts";
ALTER TABLE "Contacts_unpartitioned" DROP CONSTRAINT "FK_Contacts_People_PersonId";
ALTER TABLE "Contacts_unpartitioned" DROP CONSTRAINT "FK_Contacts_StaffMembers_AuthorStaffMemberId";
DROP INDEX "IX_Contacts_AuthorStaffMemberId";
DROP INDEX "IX_Contacts_PersonId_OccurredAt";

CREATE TABLE "Contacts" (LIKE "Contacts_unpartitioned" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE)
    PARTITION BY RANGE ("OccurredAt");
ALTER TABLE "Contacts" ADD CONSTRAINT "PK_Contacts" PRIMARY KEY ("Id", "OccurredAt");
CREATE TABLE "Contacts_default" PARTITION OF "Contacts" DEFAULT;
-- Months from the oldest contact (at most ten years back; older ones stay in the default partition) to three ahead.
SELECT waypoint_ensure_monthly_partitions('Contacts', 'OccurredAt',
    greatest(least(coalesce((SELECT min("OccurredAt") FROM "Contacts_unpartitioned"), now()), now()), now() - interval '10 years')::date,
    (now() + interval '3 months')::date);
INSERT INTO "Contacts" SELECT * FROM "Contacts_unpartitioned";
DROP TABLE "Contacts_unpartitioned";
CREATE INDEX "IX_Contacts_AuthorStaffMemberId" ON "Contacts" ("AuthorStaffMemberId");
CREATE INDEX "IX_Contacts_PersonId_OccurredAt" ON "Contacts" ("PersonId", "OccurredAt");
ALTER TABLE "Contacts" ADD CONSTRAINT "FK_Contacts_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE;
ALTER TABLE "Contacts" ADD CONSTRAINT "FK_Contacts_StaffMembers_AuthorStaffMemberId" FOREIGN KEY ("AuthorStaffMemberId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT;
ALTER TABLE "ContactRevisions" ADD CONSTRAINT "FK_ContactRevisions_Contacts_ContactId_ContactOccurredAt"
    FOREIGN KEY ("ContactId", "ContactOccurredAt") REFERENCES "Contacts" ("Id", "OccurredAt") ON DELETE CASCADE;

-- The audit trail, the same way. A unique index on a partitioned table must include the partition key, so the chain
-- index is indexed but not unique here: the sealer's advisory lock keeps it unique, and `waypoint audit verify`
-- reports any entry whose index or previous hash does not follow on.
ALTER TABLE "AuditEntries" RENAME TO "AuditEntries_unpartitioned";
ALTER TABLE "AuditEntries_unpartitioned" DROP CONSTRAINT "PK_AuditEntries";
DROP INDEX "IX_AuditEntries_Actor_RecordedAt";
DROP INDEX "IX_AuditEntries_ChainIndex";
DROP INDEX "IX_AuditEntries_PersonId_RecordedAt";
DROP INDEX "IX_AuditEntries_Unsealed";

CREATE TABLE "AuditEntries" (LIKE "AuditEntries_unpartitioned" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE)
    PARTITION BY RANGE ("RecordedAt");
ALTER TABLE "AuditEntries" ADD CONSTRAINT "PK_AuditEntries" PRIMARY KEY ("Id", "RecordedAt");
CREATE TABLE "AuditEntries_default" PARTITION OF "AuditEntries" DEFAULT;
SELECT waypoint_ensure_monthly_partitions('AuditEntries', 'RecordedAt',
    greatest(least(coalesce((SELECT min("RecordedAt") FROM "AuditEntries_unpartitioned"), now()), now()), now() - interval '10 years')::date,
    (now() + interval '3 months')::date);
INSERT INTO "AuditEntries" SELECT * FROM "AuditEntries_unpartitioned";
DROP TABLE "AuditEntries_unpartitioned";
CREATE INDEX "IX_AuditEntries_Actor_RecordedAt" ON "AuditEntries" ("Actor", "RecordedAt");
CREATE INDEX "IX_AuditEntries_ChainIndex" ON "AuditEntries" ("ChainIndex");
CREATE INDEX "IX_AuditEntries_PersonId_RecordedAt" ON "AuditEntries" ("PersonId", "RecordedAt");
CREATE INDEX "IX_AuditEntries_Unsealed" ON "AuditEntries" ("RecordedAt") WHERE "ChainIndex" IS NULL;
CREATE TRIGGER "TR_AuditEntries_AppendOnly" BEFORE UPDATE OR DELETE ON "AuditEntries"
    FOR EACH ROW EXECUTE FUNCTION waypoint_audit_append_only();
