-- Each person's latest contact, latest attended supervision contact and latest attended contact of any kind, kept by the application whenever contacts are
-- saved (ContactSummaries), so lists read one column per person instead of searching every monthly partition of
-- contacts for each row. Filled here from the contacts already recorded, in one pass over them (a lookup per person
-- would probe every partition's index twice for each of a national quarter of a million people).
ALTER TABLE "People" ADD "LastContactAt" timestamp with time zone;
ALTER TABLE "People" ADD "LastSeenAt" timestamp with time zone;
ALTER TABLE "People" ADD "LastAttendedAt" timestamp with time zone;

UPDATE "People" p SET "LastContactAt" = c.last_contact, "LastSeenAt" = c.last_seen, "LastAttendedAt" = c.last_attended
FROM (
    SELECT "PersonId",
           max("OccurredAt") FILTER (WHERE "Type" <> 'CaseNote') AS last_contact,
           max("OccurredAt") FILTER (WHERE "Type" IN ('OfficeVisit', 'HomeVisit', 'PhoneCall', 'VideoCall', 'ThreeWayMeeting')) AS last_seen,
           max("OccurredAt") FILTER (WHERE "Outcome" IS NOT NULL) AS last_attended
    FROM "Contacts"
    WHERE "Outcome" IS NULL OR "Outcome" IN ('Attended', 'AttendedAndComplied')
    GROUP BY "PersonId"
) c
WHERE c."PersonId" = p."Id";
