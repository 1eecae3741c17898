CREATE TABLE "ApiClients" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ApiClients" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "KeyPrefix" TEXT NOT NULL,
    "KeyHash" TEXT NOT NULL,
    "Scopes" TEXT NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);


CREATE TABLE "AuditEntries" (
    "Id" TEXT NOT NULL,
    "RecordedAt" TEXT NOT NULL,
    "Actor" TEXT NOT NULL,
    "ActorStaffMemberId" INTEGER NULL,
    "Action" TEXT NOT NULL,
    "PersonId" INTEGER NULL,
    "Crn" TEXT NULL,
    "EntityType" TEXT NOT NULL,
    "EntityKey" TEXT NULL,
    "Details" TEXT NULL,
    "ChainIndex" INTEGER NULL,
    "PreviousHash" TEXT NULL,
    "Hash" TEXT NULL,
    CONSTRAINT "PK_AuditEntries" PRIMARY KEY ("Id", "RecordedAt")
);


CREATE TABLE "Regions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Regions" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL
);


CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Pdus" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Pdus" PRIMARY KEY AUTOINCREMENT,
    "RegionId" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    CONSTRAINT "FK_Pdus_Regions_RegionId" FOREIGN KEY ("RegionId") REFERENCES "Regions" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "Teams" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Teams" PRIMARY KEY AUTOINCREMENT,
    "PduId" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    CONSTRAINT "FK_Teams_Pdus_PduId" FOREIGN KEY ("PduId") REFERENCES "Pdus" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "StaffMembers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_StaffMembers" PRIMARY KEY AUTOINCREMENT,
    "StaffCode" TEXT NOT NULL,
    "TeamId" INTEGER NOT NULL,
    "FirstName" TEXT NOT NULL,
    "LastName" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "Grade" TEXT NOT NULL,
    "TraineeStartDate" TEXT NULL,
    "ContractedHours" TEXT NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "VettingLevel" TEXT NULL,
    "VettingGranted" TEXT NULL,
    "VettingExpires" TEXT NULL,
    CONSTRAINT "FK_StaffMembers_Teams_TeamId" FOREIGN KEY ("TeamId") REFERENCES "Teams" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "StaffMemberId" INTEGER NULL,
    "DisplayName" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL,
    CONSTRAINT "FK_AspNetUsers_StaffMembers_StaffMemberId" FOREIGN KEY ("StaffMemberId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "People" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_People" PRIMARY KEY AUTOINCREMENT,
    "Crn" TEXT NOT NULL,
    "FirstName" TEXT NOT NULL,
    "MiddleNames" TEXT NULL,
    "LastName" TEXT NOT NULL,
    "PreferredName" TEXT NULL,
    "DateOfBirth" TEXT NOT NULL,
    "Gender" TEXT NOT NULL,
    "GenderIdentity" TEXT NULL,
    "Ethnicity" TEXT NOT NULL,
    "Religion" TEXT NULL,
    "Disability" TEXT NULL,
    "Nationality" TEXT NULL,
    "PncNumber" TEXT NULL,
    "Phone" TEXT NULL,
    "Email" TEXT NULL,
    "PreferredContactMethod" TEXT NOT NULL,
    "Language" TEXT NULL,
    "InterpreterRequired" INTEGER NOT NULL,
    "SearchLastName" TEXT NOT NULL,
    "SearchFirstName" TEXT NOT NULL,
    "ResponsibleStaffMemberId" INTEGER NULL,
    "ResponsibleTeamId" INTEGER NULL,
    "HasExclusions" INTEGER NOT NULL,
    "HasRestrictions" INTEGER NOT NULL,
    "NextAppointmentAt" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_People_StaffMembers_ResponsibleStaffMemberId" FOREIGN KEY ("ResponsibleStaffMemberId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_People_Teams_ResponsibleTeamId" FOREIGN KEY ("ResponsibleTeamId") REFERENCES "Teams" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "StaffQualifications" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_StaffQualifications" PRIMARY KEY AUTOINCREMENT,
    "StaffMemberId" INTEGER NOT NULL,
    "Qualification" TEXT NOT NULL,
    "AwardedOn" TEXT NOT NULL,
    "EvidenceSeen" INTEGER NOT NULL,
    CONSTRAINT "FK_StaffQualifications_StaffMembers_StaffMemberId" FOREIGN KEY ("StaffMemberId") REFERENCES "StaffMembers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Addresses" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Addresses" PRIMARY KEY AUTOINCREMENT,
    "PersonId" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "AccommodationType" TEXT NOT NULL,
    "Line1" TEXT NULL,
    "Line2" TEXT NULL,
    "Town" TEXT NULL,
    "Postcode" TEXT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NULL,
    CONSTRAINT "FK_Addresses_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Allocations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Allocations" PRIMARY KEY AUTOINCREMENT,
    "PersonId" INTEGER NOT NULL,
    "StaffMemberId" INTEGER NOT NULL,
    "TeamId" INTEGER NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NULL,
    "Reason" TEXT NOT NULL,
    CONSTRAINT "FK_Allocations_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Allocations_StaffMembers_StaffMemberId" FOREIGN KEY ("StaffMemberId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Allocations_Teams_TeamId" FOREIGN KEY ("TeamId") REFERENCES "Teams" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "CaseAccessEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CaseAccessEntries" PRIMARY KEY AUTOINCREMENT,
    "PersonId" INTEGER NOT NULL,
    "StaffMemberId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "AddedAt" TEXT NOT NULL,
    CONSTRAINT "FK_CaseAccessEntries_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CaseAccessEntries_StaffMembers_StaffMemberId" FOREIGN KEY ("StaffMemberId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "Contacts" (
    "Id" TEXT NOT NULL,
    "OccurredAt" TEXT NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "Type" TEXT NOT NULL,
    "AuthorStaffMemberId" INTEGER NULL,
    "RecordedByClient" TEXT NULL,
    "Outcome" TEXT NULL,
    "Notes" TEXT NOT NULL,
    "IsSensitive" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "EditedAt" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "PK_Contacts" PRIMARY KEY ("Id", "OccurredAt"),
    CONSTRAINT "FK_Contacts_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Contacts_StaffMembers_AuthorStaffMemberId" FOREIGN KEY ("AuthorStaffMemberId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "Events" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Events" PRIMARY KEY AUTOINCREMENT,
    "PersonId" INTEGER NOT NULL,
    "EventNumber" INTEGER NOT NULL,
    "Court" TEXT NOT NULL,
    "ConvictionDate" TEXT NOT NULL,
    "IsActive" INTEGER NOT NULL,
    CONSTRAINT "FK_Events_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PersonAliases" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PersonAliases" PRIMARY KEY AUTOINCREMENT,
    "PersonId" INTEGER NOT NULL,
    "FirstName" TEXT NOT NULL,
    "LastName" TEXT NOT NULL,
    "DateOfBirth" TEXT NULL,
    CONSTRAINT "FK_PersonAliases_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PersonLinks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PersonLinks" PRIMARY KEY AUTOINCREMENT,
    "PersonId" INTEGER NOT NULL,
    "LinkedPersonId" INTEGER NOT NULL,
    "LinkType" TEXT NOT NULL,
    "Notes" TEXT NULL,
    CONSTRAINT "FK_PersonLinks_People_LinkedPersonId" FOREIGN KEY ("LinkedPersonId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PersonLinks_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Registrations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Registrations" PRIMARY KEY AUTOINCREMENT,
    "PersonId" INTEGER NOT NULL,
    "Type" TEXT NOT NULL,
    "MappaCategory" INTEGER NULL,
    "MappaLevel" INTEGER NULL,
    "StartDate" TEXT NOT NULL,
    "NextReviewDate" TEXT NULL,
    "Notes" TEXT NULL,
    "AddedByStaffMemberId" INTEGER NOT NULL,
    "EndedOn" TEXT NULL,
    CONSTRAINT "FK_Registrations_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Registrations_StaffMembers_AddedByStaffMemberId" FOREIGN KEY ("AddedByStaffMemberId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "ContactRevisions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContactRevisions" PRIMARY KEY AUTOINCREMENT,
    "ContactId" TEXT NOT NULL,
    "ContactOccurredAt" TEXT NOT NULL,
    "PreviousNotes" TEXT NOT NULL,
    "PreviousIsSensitive" INTEGER NOT NULL,
    "RevisedAt" TEXT NOT NULL,
    "RevisedByStaffMemberId" INTEGER NULL,
    CONSTRAINT "FK_ContactRevisions_Contacts_ContactId_ContactOccurredAt" FOREIGN KEY ("ContactId", "ContactOccurredAt") REFERENCES "Contacts" ("Id", "OccurredAt") ON DELETE CASCADE
);


CREATE TABLE "Offences" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Offences" PRIMARY KEY AUTOINCREMENT,
    "EventId" INTEGER NOT NULL,
    "OffenceCode" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "IsMain" INTEGER NOT NULL,
    "OffenceDate" TEXT NULL,
    CONSTRAINT "FK_Offences_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Sentences" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Sentences" PRIMARY KEY AUTOINCREMENT,
    "EventId" INTEGER NOT NULL,
    "Type" TEXT NOT NULL,
    "SentenceDate" TEXT NOT NULL,
    "LengthMonths" INTEGER NOT NULL,
    "StartDate" TEXT NOT NULL,
    "ExpectedEndDate" TEXT NULL,
    "ReleaseDate" TEXT NULL,
    "LicenceExpiryDate" TEXT NULL,
    "SentenceExpiryDate" TEXT NULL,
    "PostSentenceSupervisionEndDate" TEXT NULL,
    "TerminatedOn" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Sentences_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE CASCADE
);


CREATE TABLE "LicenceConditions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_LicenceConditions" PRIMARY KEY AUTOINCREMENT,
    "SentenceId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "FreeText" TEXT NULL,
    CONSTRAINT "FK_LicenceConditions_Sentences_SentenceId" FOREIGN KEY ("SentenceId") REFERENCES "Sentences" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Requirements" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Requirements" PRIMARY KEY AUTOINCREMENT,
    "SentenceId" INTEGER NOT NULL,
    "Type" TEXT NOT NULL,
    "Details" TEXT NULL,
    "Length" INTEGER NOT NULL,
    "Completed" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "StartDate" TEXT NOT NULL,
    "EndDate" TEXT NULL,
    CONSTRAINT "FK_Requirements_Sentences_SentenceId" FOREIGN KEY ("SentenceId") REFERENCES "Sentences" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_Addresses_PersonId" ON "Addresses" ("PersonId");


CREATE INDEX "IX_Allocations_PersonId" ON "Allocations" ("PersonId");


CREATE INDEX "IX_Allocations_StaffMemberId_To" ON "Allocations" ("StaffMemberId", "To");


CREATE INDEX "IX_Allocations_TeamId" ON "Allocations" ("TeamId");


CREATE UNIQUE INDEX "IX_ApiClients_KeyPrefix" ON "ApiClients" ("KeyPrefix");


CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");


CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");


CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");


CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");


CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");


CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");


CREATE UNIQUE INDEX "IX_AspNetUsers_StaffMemberId" ON "AspNetUsers" ("StaffMemberId");


CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");


CREATE INDEX "IX_AuditEntries_Actor_RecordedAt" ON "AuditEntries" ("Actor", "RecordedAt");


CREATE UNIQUE INDEX "IX_AuditEntries_ChainIndex" ON "AuditEntries" ("ChainIndex");


CREATE INDEX "IX_AuditEntries_PersonId_RecordedAt" ON "AuditEntries" ("PersonId", "RecordedAt");


CREATE INDEX "IX_AuditEntries_Unsealed" ON "AuditEntries" ("RecordedAt") WHERE "ChainIndex" IS NULL;


CREATE UNIQUE INDEX "IX_CaseAccessEntries_PersonId_StaffMemberId_Kind" ON "CaseAccessEntries" ("PersonId", "StaffMemberId", "Kind");


CREATE INDEX "IX_CaseAccessEntries_StaffMemberId" ON "CaseAccessEntries" ("StaffMemberId");


CREATE INDEX "IX_ContactRevisions_ContactId_ContactOccurredAt" ON "ContactRevisions" ("ContactId", "ContactOccurredAt");


CREATE INDEX "IX_Contacts_AuthorStaffMemberId" ON "Contacts" ("AuthorStaffMemberId");


CREATE INDEX "IX_Contacts_PersonId_OccurredAt" ON "Contacts" ("PersonId", "OccurredAt");


CREATE UNIQUE INDEX "IX_Events_PersonId_EventNumber" ON "Events" ("PersonId", "EventNumber");


CREATE INDEX "IX_LicenceConditions_SentenceId" ON "LicenceConditions" ("SentenceId");


CREATE INDEX "IX_Offences_EventId" ON "Offences" ("EventId");


CREATE UNIQUE INDEX "IX_Pdus_Code" ON "Pdus" ("Code");


CREATE INDEX "IX_Pdus_RegionId" ON "Pdus" ("RegionId");


CREATE UNIQUE INDEX "IX_People_Crn" ON "People" ("Crn");


CREATE INDEX "IX_People_PncNumber" ON "People" ("PncNumber");


CREATE INDEX "IX_People_ResponsibleStaffMemberId" ON "People" ("ResponsibleStaffMemberId");


CREATE INDEX "IX_People_ResponsibleTeamId" ON "People" ("ResponsibleTeamId");


CREATE INDEX "IX_People_SearchLastName_SearchFirstName" ON "People" ("SearchLastName", "SearchFirstName");


CREATE INDEX "IX_PersonAliases_PersonId" ON "PersonAliases" ("PersonId");


CREATE INDEX "IX_PersonLinks_LinkedPersonId" ON "PersonLinks" ("LinkedPersonId");


CREATE UNIQUE INDEX "IX_PersonLinks_PersonId_LinkedPersonId" ON "PersonLinks" ("PersonId", "LinkedPersonId");


CREATE UNIQUE INDEX "IX_Regions_Code" ON "Regions" ("Code");


CREATE INDEX "IX_Registrations_AddedByStaffMemberId" ON "Registrations" ("AddedByStaffMemberId");


CREATE INDEX "IX_Registrations_PersonId" ON "Registrations" ("PersonId");


CREATE INDEX "IX_Registrations_Type_PersonId" ON "Registrations" ("Type", "PersonId");


CREATE INDEX "IX_Requirements_SentenceId" ON "Requirements" ("SentenceId");


CREATE UNIQUE INDEX "IX_Sentences_EventId" ON "Sentences" ("EventId");


CREATE UNIQUE INDEX "IX_StaffMembers_StaffCode" ON "StaffMembers" ("StaffCode");


CREATE INDEX "IX_StaffMembers_TeamId" ON "StaffMembers" ("TeamId");


CREATE INDEX "IX_StaffQualifications_StaffMemberId" ON "StaffQualifications" ("StaffMemberId");


CREATE UNIQUE INDEX "IX_Teams_Code" ON "Teams" ("Code");


CREATE INDEX "IX_Teams_PduId" ON "Teams" ("PduId");



