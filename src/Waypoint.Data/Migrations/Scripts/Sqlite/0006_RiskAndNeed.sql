-- Risk and need: assessments (answers as JSON, RoSH and the scores the tier needs as columns), sentence plan
-- objectives, the tier history, the versioned contact standard, and the person's current tier, RoSH and review date.
ALTER TABLE "People" ADD COLUMN "CurrentTier" TEXT NULL;
ALTER TABLE "People" ADD COLUMN "TierProvisional" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "People" ADD COLUMN "TierChangedAt" TEXT NULL;
ALTER TABLE "People" ADD COLUMN "CurrentRosh" TEXT NULL;
ALTER TABLE "People" ADD COLUMN "AssessmentReviewDueOn" TEXT NULL;
ALTER TABLE "People" ADD COLUMN "AssessmentReviewReason" TEXT NULL;

CREATE TABLE "ContactStandardEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContactStandardEntries" PRIMARY KEY AUTOINCREMENT,
    "EffectiveFrom" TEXT NOT NULL,
    "Tier" TEXT NOT NULL,
    "IntervalDays" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "WeeklyWeeksAfterStart" INTEGER NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE TABLE "Assessments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Assessments" PRIMARY KEY AUTOINCREMENT,
    "PersonId" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "StartedAt" TEXT NOT NULL,
    "StartedByStaffMemberId" INTEGER NOT NULL,
    "AnswersJson" TEXT NOT NULL,
    "CompletedAt" TEXT NULL,
    "CompletedByStaffMemberId" INTEGER NULL,
    "CompletedByGrade" TEXT NULL,
    "OverallRosh" TEXT NULL,
    "CountersignRequired" INTEGER NOT NULL,
    "CountersignedAt" TEXT NULL,
    "CountersignedByStaffMemberId" INTEGER NULL,
    "CountersignNote" TEXT NULL,
    "ReturnedNote" TEXT NULL,
    "ReturnedAt" TEXT NULL,
    "PredictorsJson" TEXT NULL,
    "ArpScore" TEXT NULL,
    "ArpStatic" INTEGER NULL,
    "CsrpScore" TEXT NULL,
    "CsrpStatic" INTEGER NULL,
    "DcSrpScore" TEXT NULL,
    "DcSrpBand" TEXT NULL,
    "SupersededByAssessmentId" INTEGER NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Assessments_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Assessments_StaffMembers_CompletedByStaffMemberId" FOREIGN KEY ("CompletedByStaffMemberId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Assessments_StaffMembers_CountersignedByStaffMemberId" FOREIGN KEY ("CountersignedByStaffMemberId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Assessments_StaffMembers_StartedByStaffMemberId" FOREIGN KEY ("StartedByStaffMemberId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "TierCalculations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TierCalculations" PRIMARY KEY AUTOINCREMENT,
    "PersonId" INTEGER NOT NULL,
    "CalculatedAt" TEXT NOT NULL,
    "Tier" TEXT NOT NULL,
    "Provisional" INTEGER NOT NULL,
    "ProtectChangeTier" TEXT NOT NULL,
    "Trigger" TEXT NOT NULL,
    "InputsJson" TEXT NOT NULL,
    "StepsJson" TEXT NOT NULL,
    CONSTRAINT "FK_TierCalculations_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SentencePlanObjectives" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SentencePlanObjectives" PRIMARY KEY AUTOINCREMENT,
    "AssessmentId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "NeedArea" TEXT NOT NULL,
    "Objective" TEXT NOT NULL,
    "Actions" TEXT NOT NULL,
    "WhoDoesWhat" TEXT NOT NULL,
    "TargetDate" TEXT NULL,
    "Progress" TEXT NOT NULL,
    "ProgressNote" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_SentencePlanObjectives_Assessments_AssessmentId" FOREIGN KEY ("AssessmentId") REFERENCES "Assessments" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SentencePlanObjectives_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id")
);

CREATE INDEX "IX_Assessments_AwaitingCountersignature" ON "Assessments" ("Status") WHERE "Status" = 'AwaitingCountersignature';
CREATE INDEX "IX_Assessments_CompletedByStaffMemberId" ON "Assessments" ("CompletedByStaffMemberId");
CREATE INDEX "IX_Assessments_CountersignedByStaffMemberId" ON "Assessments" ("CountersignedByStaffMemberId");
CREATE INDEX "IX_Assessments_PersonId_Status" ON "Assessments" ("PersonId", "Status");
CREATE INDEX "IX_Assessments_StartedByStaffMemberId" ON "Assessments" ("StartedByStaffMemberId");
CREATE UNIQUE INDEX "IX_ContactStandardEntries_EffectiveFrom_Tier" ON "ContactStandardEntries" ("EffectiveFrom", "Tier");
CREATE INDEX "IX_SentencePlanObjectives_AssessmentId" ON "SentencePlanObjectives" ("AssessmentId");
CREATE INDEX "IX_SentencePlanObjectives_PersonId" ON "SentencePlanObjectives" ("PersonId");
CREATE INDEX "IX_TierCalculations_PersonId_CalculatedAt" ON "TierCalculations" ("PersonId", "CalculatedAt");
