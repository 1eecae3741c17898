-- The team overview counts each practitioner's assessments awaiting countersignature. The partial index on the status
-- alone held every awaiting assessment in the country (1,145 on the national seed), so each team's count read them all
-- and intersected them with the practitioners' assessments. Keyed by who completed the assessment, the same partial
-- index finds one team's in a few entries.
DROP INDEX "IX_Assessments_AwaitingCountersignature";
CREATE INDEX "IX_Assessments_AwaitingCountersignature" ON "Assessments" ("CompletedByStaffMemberId") WHERE "Status" = 'AwaitingCountersignature';
