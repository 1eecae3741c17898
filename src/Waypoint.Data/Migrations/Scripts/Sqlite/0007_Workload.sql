-- Workload: the protect/change tier the weights are keyed by, practitioners' reductions, daily workload snapshots,
-- and the allocation decision evidence (rationale, outside policy, who decided, co-worker, notes to the practitioner).
ALTER TABLE "People" ADD COLUMN "ProtectChangeTier" TEXT NULL;
ALTER TABLE "Allocations" ADD COLUMN "Rationale" TEXT NULL;
ALTER TABLE "Allocations" ADD COLUMN "OutsidePolicy" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Allocations" ADD COLUMN "DecidedByStaffMemberId" INTEGER NULL;
ALTER TABLE "Allocations" ADD COLUMN "DecidedAt" TEXT NULL;
ALTER TABLE "Allocations" ADD COLUMN "CoWorkerStaffMemberId" INTEGER NULL;
ALTER TABLE "Allocations" ADD COLUMN "NotesToPractitioner" TEXT NULL;

CREATE TABLE "StaffReductions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_StaffReductions" PRIMARY KEY AUTOINCREMENT,
    "StaffMemberId" INTEGER NOT NULL,
    "Reason" TEXT NOT NULL,
    "Hours" TEXT NULL,
    "Percent" TEXT NULL,
    "Start" TEXT NOT NULL,
    "End" TEXT NULL,
    "Notes" TEXT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_StaffReductions_StaffMembers_StaffMemberId" FOREIGN KEY ("StaffMemberId") REFERENCES "StaffMembers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "WorkloadSnapshots" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkloadSnapshots" PRIMARY KEY AUTOINCREMENT,
    "StaffMemberId" INTEGER NOT NULL,
    "Date" TEXT NOT NULL,
    "TotalPoints" INTEGER NOT NULL,
    "AvailablePoints" INTEGER NOT NULL,
    "CapacityPercent" TEXT NOT NULL,
    "Cases" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_WorkloadSnapshots_StaffMembers_StaffMemberId" FOREIGN KEY ("StaffMemberId") REFERENCES "StaffMembers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_StaffReductions_StaffMemberId_Start" ON "StaffReductions" ("StaffMemberId", "Start");
CREATE UNIQUE INDEX "IX_WorkloadSnapshots_StaffMemberId_Date" ON "WorkloadSnapshots" ("StaffMemberId", "Date");
