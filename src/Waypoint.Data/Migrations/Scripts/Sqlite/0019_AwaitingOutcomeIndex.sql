-- Appointments whose outcome is still to be recorded, by practitioner: the team overview and My week count them, and
-- nationally each practitioner has thousands of past appointments around a handful still waiting.
CREATE INDEX "IX_Appointments_AwaitingOutcome" ON "Appointments" ("StaffMemberId", "End") WHERE "Status" = 'Booked' AND "Outcome" IS NULL;
