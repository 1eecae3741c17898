-- Pre-sentence reports: who writes them, for which court, when they are due and completed (30 days in the author's workload).
CREATE TABLE "CourtReports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CourtReports" PRIMARY KEY AUTOINCREMENT,
    "PersonId" INTEGER NOT NULL,
    "StaffMemberId" INTEGER NOT NULL,
    "Type" TEXT NOT NULL,
    "Court" TEXT NOT NULL,
    "RequestedOn" TEXT NOT NULL,
    "DueOn" TEXT NOT NULL,
    "CompletedOn" TEXT NULL,
    "Proposal" TEXT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_CourtReports_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CourtReports_StaffMembers_StaffMemberId" FOREIGN KEY ("StaffMemberId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_CourtReports_PersonId" ON "CourtReports" ("PersonId");
CREATE INDEX "IX_CourtReports_StaffMemberId_CompletedOn" ON "CourtReports" ("StaffMemberId", "CompletedOn");
