-- Each person's current sentence (the latest active event's, by conviction date, then the later event), kept by the
-- application whenever events or sentences are saved (CurrentSentenceSummaries), so caseloads, team pages, workload and
-- the allocation queue read it with the person instead of probing events and sentences for every row. Filled here
-- from the sentences already recorded, in one pass.
ALTER TABLE "People" ADD "CurrentSentenceType" character varying(40);
ALTER TABLE "People" ADD "CurrentSentenceDate" date;
ALTER TABLE "People" ADD "CurrentReleaseDate" date;
ALTER TABLE "People" ADD "CurrentExpectedEndDate" date;
ALTER TABLE "People" ADD "CurrentLicenceExpiryDate" date;
ALTER TABLE "People" ADD "CurrentSentenceTerminatedOn" date;

UPDATE "People" p SET
    "CurrentSentenceType" = c."Type", "CurrentSentenceDate" = c."SentenceDate", "CurrentReleaseDate" = c."ReleaseDate",
    "CurrentExpectedEndDate" = c."ExpectedEndDate", "CurrentLicenceExpiryDate" = c."LicenceExpiryDate", "CurrentSentenceTerminatedOn" = c."TerminatedOn"
FROM (
    SELECT DISTINCT ON (e."PersonId") e."PersonId", s."Type", s."SentenceDate", s."ReleaseDate", s."ExpectedEndDate", s."LicenceExpiryDate", s."TerminatedOn"
    FROM "Events" e
    JOIN "Sentences" s ON s."EventId" = e."Id"
    WHERE e."IsActive"
    ORDER BY e."PersonId", e."ConvictionDate" DESC, e."Id" DESC
) c
WHERE c."PersonId" = p."Id";
