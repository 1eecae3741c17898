-- Each person's current sentence (the latest active event's, by conviction date, then the later event), kept by the
-- application whenever events or sentences are saved (CurrentSentenceSummaries). Filled here from the sentences
-- already recorded.
ALTER TABLE "People" ADD "CurrentSentenceType" TEXT NULL;
ALTER TABLE "People" ADD "CurrentSentenceDate" TEXT NULL;
ALTER TABLE "People" ADD "CurrentReleaseDate" TEXT NULL;
ALTER TABLE "People" ADD "CurrentExpectedEndDate" TEXT NULL;
ALTER TABLE "People" ADD "CurrentLicenceExpiryDate" TEXT NULL;
ALTER TABLE "People" ADD "CurrentSentenceTerminatedOn" TEXT NULL;

UPDATE "People" SET
    ("CurrentSentenceType", "CurrentSentenceDate", "CurrentReleaseDate", "CurrentExpectedEndDate", "CurrentLicenceExpiryDate", "CurrentSentenceTerminatedOn") = (
        SELECT s."Type", s."SentenceDate", s."ReleaseDate", s."ExpectedEndDate", s."LicenceExpiryDate", s."TerminatedOn"
        FROM "Events" e
        JOIN "Sentences" s ON s."EventId" = e."Id"
        WHERE e."PersonId" = "People"."Id" AND e."IsActive"
        ORDER BY e."ConvictionDate" DESC, e."Id" DESC
        LIMIT 1);
