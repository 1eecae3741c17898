-- Excessive-workload flags (over 110% for 4 consecutive weeks) and the manager's recorded response.
CREATE TABLE "WorkloadFlags" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkloadFlags" PRIMARY KEY AUTOINCREMENT,
    "StaffMemberId" INTEGER NOT NULL,
    "RaisedOn" TEXT NOT NULL,
    "PercentWhenRaised" TEXT NOT NULL,
    "Response" TEXT NULL,
    "ChangeBy" TEXT NULL,
    "RespondedBy" TEXT NULL,
    "RespondedAt" TEXT NULL,
    CONSTRAINT "FK_WorkloadFlags_StaffMembers_StaffMemberId" FOREIGN KEY ("StaffMemberId") REFERENCES "StaffMembers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_WorkloadFlags_StaffMemberId_RaisedOn" ON "WorkloadFlags" ("StaffMemberId", "RaisedOn");
