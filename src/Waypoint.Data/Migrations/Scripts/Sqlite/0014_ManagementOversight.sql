-- Management oversight: what a manager reviewed, the direction given, by when, and when it was done.
CREATE TABLE "ManagementOversights" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ManagementOversights" PRIMARY KEY AUTOINCREMENT,
    "PersonId" INTEGER NOT NULL,
    "AuthorStaffMemberId" INTEGER NOT NULL,
    "Reviewed" TEXT NOT NULL,
    "Direction" TEXT NOT NULL,
    "DueOn" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CompletedAt" TEXT NULL,
    "CompletedByStaffMemberId" INTEGER NULL,
    "CompletionNote" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_ManagementOversights_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ManagementOversights_StaffMembers_AuthorStaffMemberId" FOREIGN KEY ("AuthorStaffMemberId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_ManagementOversights_AuthorStaffMemberId" ON "ManagementOversights" ("AuthorStaffMemberId");
CREATE INDEX "IX_ManagementOversights_PersonId_CompletedAt" ON "ManagementOversights" ("PersonId", "CompletedAt");
