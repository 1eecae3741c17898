-- Each person's latest contact and latest attended supervision contact, kept by the application whenever contacts are
-- saved (ContactSummaries), so lists read one column per person instead of searching every monthly partition of
-- contacts for each row. Filled here from the contacts already recorded.
ALTER TABLE "People" ADD "LastContactAt" timestamp with time zone;
ALTER TABLE "People" ADD "LastSeenAt" timestamp with time zone;

UPDATE "People" p SET
    "LastContactAt" = (SELECT max(c."OccurredAt") FROM "Contacts" c WHERE c."PersonId" = p."Id" AND c."Type" <> 'CaseNote'
                          AND (c."Outcome" IS NULL OR c."Outcome" IN ('Attended', 'AttendedAndComplied'))),
    "LastSeenAt" = (SELECT max(c."OccurredAt") FROM "Contacts" c WHERE c."PersonId" = p."Id"
                          AND c."Type" IN ('OfficeVisit', 'HomeVisit', 'PhoneCall', 'VideoCall', 'ThreeWayMeeting')
                          AND (c."Outcome" IS NULL OR c."Outcome" IN ('Attended', 'AttendedAndComplied')));
