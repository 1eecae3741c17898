-- Each person's latest contact, latest attended supervision contact and latest attended contact of any kind, kept by the application whenever contacts are
-- saved (ContactSummaries). Filled here from the contacts already recorded.
ALTER TABLE "People" ADD "LastContactAt" TEXT NULL;
ALTER TABLE "People" ADD "LastSeenAt" TEXT NULL;
ALTER TABLE "People" ADD "LastAttendedAt" TEXT NULL;

UPDATE "People" SET
    "LastContactAt" = (SELECT max(c."OccurredAt") FROM "Contacts" c WHERE c."PersonId" = "People"."Id" AND c."Type" <> 'CaseNote'
                          AND (c."Outcome" IS NULL OR c."Outcome" IN ('Attended', 'AttendedAndComplied'))),
    "LastSeenAt" = (SELECT max(c."OccurredAt") FROM "Contacts" c WHERE c."PersonId" = "People"."Id"
                          AND c."Type" IN ('OfficeVisit', 'HomeVisit', 'PhoneCall', 'VideoCall', 'ThreeWayMeeting')
                          AND (c."Outcome" IS NULL OR c."Outcome" IN ('Attended', 'AttendedAndComplied'))),
    "LastAttendedAt" = (SELECT max(c."OccurredAt") FROM "Contacts" c WHERE c."PersonId" = "People"."Id"
                          AND c."Outcome" IN ('Attended', 'AttendedAndComplied'));
