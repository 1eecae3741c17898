-- Current sentences for a caseload or a team read active events by person (PostgreSQL's version of this index also
-- carries the columns read; SQLite has no INCLUDE, and its sentence index is unchanged).
CREATE INDEX "IX_Events_Active_PersonId" ON "Events" ("PersonId") WHERE "IsActive";
