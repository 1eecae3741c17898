-- Cover for absence: staff absences (leave, sickness, training) and who covers an absent practitioner's cases.
CREATE TABLE "StaffAbsences" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_StaffAbsences" PRIMARY KEY AUTOINCREMENT,
    "StaffMemberId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_StaffAbsences_StaffMembers_StaffMemberId" FOREIGN KEY ("StaffMemberId") REFERENCES "StaffMembers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CoverAssignments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CoverAssignments" PRIMARY KEY AUTOINCREMENT,
    "PersonId" INTEGER NOT NULL,
    "AbsentStaffMemberId" INTEGER NOT NULL,
    "CoveringStaffMemberId" INTEGER NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    "AssignedBy" TEXT NOT NULL,
    "AssignedAt" TEXT NOT NULL,
    CONSTRAINT "FK_CoverAssignments_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CoverAssignments_StaffMembers_AbsentStaffMemberId" FOREIGN KEY ("AbsentStaffMemberId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_CoverAssignments_StaffMembers_CoveringStaffMemberId" FOREIGN KEY ("CoveringStaffMemberId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_CoverAssignments_AbsentStaffMemberId" ON "CoverAssignments" ("AbsentStaffMemberId");
CREATE INDEX "IX_CoverAssignments_CoveringStaffMemberId_To" ON "CoverAssignments" ("CoveringStaffMemberId", "To");
CREATE INDEX "IX_CoverAssignments_PersonId_From" ON "CoverAssignments" ("PersonId", "From");
CREATE INDEX "IX_StaffAbsences_StaffMemberId_From" ON "StaffAbsences" ("StaffMemberId", "From");
