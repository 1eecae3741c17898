-- People waiting for a practitioner, by team: the unallocated queue and the team overview read them, and nationally
-- about ten thousand people wait among a quarter of a million (the team index alone meant scanning every waiting person).
CREATE INDEX "IX_People_Unallocated" ON "People" ("ResponsibleTeamId") WHERE "ResponsibleStaffMemberId" IS NULL;

-- A practitioner's appointments needing action (an outcome to record, or an absence waiting for an explanation), which
-- My week lists: a few among the thousands each practitioner has had.
CREATE INDEX "IX_Appointments_NeedingAction" ON "Appointments" ("StaffMemberId", "Start") WHERE "Status" = 'Booked' AND ("Outcome" IS NULL OR "AbsenceJudgement" = 'AwaitingExplanation');
