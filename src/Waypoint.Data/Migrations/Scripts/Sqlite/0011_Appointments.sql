-- Appointments, the transactional outbox and its notification record, replies, one-time links, and enforcement decisions.
CREATE TABLE "OfficeLocations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OfficeLocations" PRIMARY KEY AUTOINCREMENT,
    "PduId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Address" TEXT NOT NULL,
    "Postcode" TEXT NOT NULL,
    "Phone" TEXT NULL,
    "IsActive" INTEGER NOT NULL,
    CONSTRAINT "FK_OfficeLocations_Pdus_PduId" FOREIGN KEY ("PduId") REFERENCES "Pdus" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PersonCommitments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PersonCommitments" PRIMARY KEY AUTOINCREMENT,
    "PersonId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Day" TEXT NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    "Description" TEXT NULL,
    CONSTRAINT "FK_PersonCommitments_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ServiceHolidays" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ServiceHolidays" PRIMARY KEY AUTOINCREMENT,
    "Date" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "AddedBy" TEXT NOT NULL
);

CREATE TABLE "Appointments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Appointments" PRIMARY KEY AUTOINCREMENT,
    "PersonId" INTEGER NOT NULL,
    "Type" TEXT NOT NULL,
    "Start" TEXT NOT NULL,
    "End" TEXT NOT NULL,
    "LocationKind" TEXT NOT NULL,
    "OfficeLocationId" INTEGER NULL,
    "StaffMemberId" INTEGER NOT NULL,
    "RequirementId" INTEGER NULL,
    "LicenceConditionId" INTEGER NULL,
    "WhatToBring" TEXT NULL,
    "Notes" TEXT NULL,
    "Status" TEXT NOT NULL,
    "RearrangedFromId" INTEGER NULL,
    "RearrangedToId" INTEGER NULL,
    "ChangeReason" TEXT NULL,
    "WarningsOverrideReason" TEXT NULL,
    "Outcome" TEXT NULL,
    "AbsenceJudgement" TEXT NULL,
    "AbsenceReason" TEXT NULL,
    "OutcomeNotes" TEXT NULL,
    "OutcomeRecordedAt" TEXT NULL,
    "OutcomeRecordedBy" TEXT NULL,
    "EvidenceDueOn" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Appointments_OfficeLocations_OfficeLocationId" FOREIGN KEY ("OfficeLocationId") REFERENCES "OfficeLocations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Appointments_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Appointments_StaffMembers_StaffMemberId" FOREIGN KEY ("StaffMemberId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "OutboxMessages" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OutboxMessages" PRIMARY KEY,
    "IdempotencyKey" TEXT NOT NULL,
    "PersonId" INTEGER NULL,
    "AppointmentId" INTEGER NULL,
    "StaffMemberId" INTEGER NULL,
    "Purpose" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "Recipient" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "AddressConfirmed" INTEGER NOT NULL,
    "NotBefore" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "StatusAt" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptAt" TEXT NOT NULL,
    "LeaseUntil" TEXT NULL,
    "LeaseOwner" TEXT NULL,
    "ProviderReference" TEXT NULL,
    "LastError" TEXT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE TABLE "OutboxAttempts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OutboxAttempts" PRIMARY KEY AUTOINCREMENT,
    "MessageId" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "Result" TEXT NOT NULL,
    "Detail" TEXT NULL,
    "Sender" TEXT NULL,
    CONSTRAINT "FK_OutboxAttempts_OutboxMessages_MessageId" FOREIGN KEY ("MessageId") REFERENCES "OutboxMessages" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AppointmentReplies" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AppointmentReplies" PRIMARY KEY AUTOINCREMENT,
    "AppointmentId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Via" TEXT NOT NULL,
    "Text" TEXT NULL,
    "ReceivedAt" TEXT NOT NULL,
    "HandledAt" TEXT NULL,
    "HandledBy" TEXT NULL,
    CONSTRAINT "FK_AppointmentReplies_Appointments_AppointmentId" FOREIGN KEY ("AppointmentId") REFERENCES "Appointments" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AppointmentLinks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AppointmentLinks" PRIMARY KEY AUTOINCREMENT,
    "AppointmentId" INTEGER NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "UsedAt" TEXT NULL,
    CONSTRAINT "FK_AppointmentLinks_Appointments_AppointmentId" FOREIGN KEY ("AppointmentId") REFERENCES "Appointments" ("Id") ON DELETE CASCADE
);

CREATE TABLE "EnforcementDecisions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EnforcementDecisions" PRIMARY KEY AUTOINCREMENT,
    "PersonId" INTEGER NOT NULL,
    "AppointmentId" INTEGER NULL,
    "SentenceId" INTEGER NULL,
    "Recommended" TEXT NOT NULL,
    "RecommendationReason" TEXT NOT NULL,
    "Decision" TEXT NOT NULL,
    "OverrideReason" TEXT NULL,
    "WhatHappened" TEXT NOT NULL,
    "PersonsExplanation" TEXT NOT NULL,
    "RiskConsidered" TEXT NOT NULL,
    "OptionsConsidered" TEXT NOT NULL,
    "Rationale" TEXT NOT NULL,
    "ActBy" TEXT NULL,
    "NeedsCountersignature" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "DecidedByStaffMemberId" INTEGER NOT NULL,
    "DecidedAt" TEXT NOT NULL,
    "CountersignedByStaffMemberId" INTEGER NULL,
    "CountersignedAt" TEXT NULL,
    "CountersignReasoning" TEXT NULL,
    "SupersededById" INTEGER NULL,
    "SupersededReason" TEXT NULL,
    "BreachStage" TEXT NULL,
    "BreachStageAt" TEXT NULL,
    "ResponseDueOn" TEXT NULL,
    "LetterMessageId" TEXT NULL,
    "LicenceConditionsBreached" TEXT NULL,
    "ResponseToSupervision" TEXT NULL,
    "AlternativesTried" TEXT NULL,
    "RecallType" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_EnforcementDecisions_Appointments_AppointmentId" FOREIGN KEY ("AppointmentId") REFERENCES "Appointments" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_EnforcementDecisions_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_EnforcementDecisions_StaffMembers_CountersignedByStaffMemberId" FOREIGN KEY ("CountersignedByStaffMemberId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_EnforcementDecisions_StaffMembers_DecidedByStaffMemberId" FOREIGN KEY ("DecidedByStaffMemberId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_AppointmentLinks_AppointmentId" ON "AppointmentLinks" ("AppointmentId");
CREATE UNIQUE INDEX "IX_AppointmentLinks_TokenHash" ON "AppointmentLinks" ("TokenHash");
CREATE INDEX "IX_AppointmentReplies_AppointmentId" ON "AppointmentReplies" ("AppointmentId");
CREATE INDEX "IX_AppointmentReplies_PersonId_HandledAt" ON "AppointmentReplies" ("PersonId", "HandledAt");
CREATE INDEX "IX_Appointments_OfficeLocationId" ON "Appointments" ("OfficeLocationId");
CREATE INDEX "IX_Appointments_PersonId_Start" ON "Appointments" ("PersonId", "Start");
CREATE INDEX "IX_Appointments_StaffMemberId_Start" ON "Appointments" ("StaffMemberId", "Start");
CREATE INDEX "IX_EnforcementDecisions_AppointmentId" ON "EnforcementDecisions" ("AppointmentId");
CREATE INDEX "IX_EnforcementDecisions_CountersignedByStaffMemberId" ON "EnforcementDecisions" ("CountersignedByStaffMemberId");
CREATE INDEX "IX_EnforcementDecisions_DecidedByStaffMemberId" ON "EnforcementDecisions" ("DecidedByStaffMemberId");
CREATE INDEX "IX_EnforcementDecisions_PersonId_DecidedAt" ON "EnforcementDecisions" ("PersonId", "DecidedAt");
CREATE INDEX "IX_EnforcementDecisions_Status" ON "EnforcementDecisions" ("Status");
CREATE INDEX "IX_OfficeLocations_PduId" ON "OfficeLocations" ("PduId");
CREATE INDEX "IX_OutboxAttempts_MessageId" ON "OutboxAttempts" ("MessageId");
CREATE INDEX "IX_OutboxMessages_AppointmentId" ON "OutboxMessages" ("AppointmentId");
CREATE UNIQUE INDEX "IX_OutboxMessages_IdempotencyKey" ON "OutboxMessages" ("IdempotencyKey");
CREATE INDEX "IX_OutboxMessages_PersonId" ON "OutboxMessages" ("PersonId");
CREATE INDEX "IX_OutboxMessages_Status_NextAttemptAt" ON "OutboxMessages" ("Status", "NextAttemptAt");
CREATE INDEX "IX_PersonCommitments_PersonId" ON "PersonCommitments" ("PersonId");
CREATE UNIQUE INDEX "IX_ServiceHolidays_Date" ON "ServiceHolidays" ("Date");
