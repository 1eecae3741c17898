-- Workforce: when staff joined and left, their self-declared diversity details, and each team's funded posts.
-- Referrals to rehabilitative services, for the record and for equality monitoring.
ALTER TABLE "StaffMembers" ADD "StartedOn" TEXT NULL;
ALTER TABLE "StaffMembers" ADD "LeftOn" TEXT NULL;
ALTER TABLE "StaffMembers" ADD "LeavingReason" TEXT NULL;
ALTER TABLE "StaffMembers" ADD "Ethnicity" TEXT NULL;
ALTER TABLE "StaffMembers" ADD "Gender" TEXT NULL;
ALTER TABLE "StaffMembers" ADD "DateOfBirth" TEXT NULL;
CREATE TABLE "FundedPosts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_FundedPosts" PRIMARY KEY AUTOINCREMENT,
    "TeamId" INTEGER NOT NULL,
    "Grade" TEXT NOT NULL,
    "Fte" TEXT NOT NULL,
    "EffectiveFrom" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_FundedPosts_Teams_TeamId" FOREIGN KEY ("TeamId") REFERENCES "Teams" ("Id") ON DELETE CASCADE
);
CREATE TABLE "Referrals" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Referrals" PRIMARY KEY AUTOINCREMENT,
    "PersonId" INTEGER NOT NULL,
    "Service" TEXT NOT NULL,
    "Provider" TEXT NULL,
    "Reason" TEXT NOT NULL,
    "ReferredOn" TEXT NOT NULL,
    "ReferredByStaffMemberId" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "StatusOn" TEXT NOT NULL,
    "Outcome" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Referrals_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Referrals_StaffMembers_ReferredByStaffMemberId" FOREIGN KEY ("ReferredByStaffMemberId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT
);
CREATE UNIQUE INDEX "IX_FundedPosts_TeamId_Grade_EffectiveFrom" ON "FundedPosts" ("TeamId", "Grade", "EffectiveFrom");
CREATE INDEX "IX_Referrals_PersonId_ReferredOn" ON "Referrals" ("PersonId", "ReferredOn");
CREATE INDEX "IX_Referrals_ReferredByStaffMemberId" ON "Referrals" ("ReferredByStaffMemberId");
CREATE INDEX "IX_Referrals_ReferredOn" ON "Referrals" ("ReferredOn");
