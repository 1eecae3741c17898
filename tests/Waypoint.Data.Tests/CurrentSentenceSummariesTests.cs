using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Domain.Sentencing;
using Waypoint.TestData;

namespace Waypoint.Data.Tests;

/// <summary>Each person's current sentence columns follow every saved change to their events and sentences.</summary>
public class CurrentSentenceSummariesTests
{
    private sealed record Columns(SentenceType? Type, DateOnly? SentenceDate, DateOnly? Release, DateOnly? ExpectedEnd, DateOnly? LicenceExpiry, DateOnly? Terminated);

    private static async Task<Columns> ColumnsAsync(TestDatabase database, int personId)
    {
        await using var db = database.CreateContext();
        var p = await db.People.AsNoTracking().SingleAsync(x => x.Id == personId);
        return new(p.CurrentSentenceType, p.CurrentSentenceDate, p.CurrentReleaseDate, p.CurrentExpectedEndDate, p.CurrentLicenceExpiryDate, p.CurrentSentenceTerminatedOn);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Saving_events_and_sentences_keeps_the_current_sentence_on_the_person(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var data = new TestData.TestData(() => database.CreateContext());
        var (po, _) = await data.CreateStaffAsync(await data.CreateTeamAsync());
        var person = await data.CreatePersonOnProbationAsync(po, sentenceType: SentenceType.CommunityOrder);
        var other = await data.CreatePersonOnProbationAsync(po, sentenceType: SentenceType.CustodyWithLicence);

        // Created with the person: the community order's own dates.
        Sentence first;
        await using (var db = database.CreateContext())
        {
            first = await db.Sentences.AsNoTracking().SingleAsync(s => s.Event.PersonId == person.Id);
        }

        (await ColumnsAsync(database, person.Id)).ShouldBe(new Columns(SentenceType.CommunityOrder, first.SentenceDate, null, first.ExpectedEndDate, null, null));
        (await ColumnsAsync(database, other.Id)).Type.ShouldBe(SentenceType.CustodyWithLicence);

        // A later conviction with a licence becomes the current sentence.
        var convicted = first.SentenceDate.AddMonths(2);
        var licence = new Sentence
        {
            Type = SentenceType.CustodyWithLicence, SentenceDate = convicted, LengthMonths = 24, StartDate = convicted,
            ReleaseDate = convicted.AddMonths(12), LicenceExpiryDate = convicted.AddMonths(24), SentenceExpiryDate = convicted.AddMonths(24),
        };
        int laterEventId;
        await using (var db = database.CreateContext())
        {
            var later = new ConvictionEvent { PersonId = person.Id, EventNumber = 2, Court = "Manchester Crown Court", ConvictionDate = convicted, IsActive = true, Sentence = licence };
            db.Events.Add(later);
            await db.SaveChangesAsync();
            laterEventId = later.Id;
        }

        (await ColumnsAsync(database, person.Id)).ShouldBe(new Columns(SentenceType.CustodyWithLicence, convicted, convicted.AddMonths(12), null, convicted.AddMonths(24), null));

        // Changing a key date of that sentence alone (its event not loaded) reaches the person.
        await using (var db = database.CreateContext())
        {
            var tracked = await db.Sentences.SingleAsync(s => s.EventId == laterEventId);
            tracked.ReleaseDate = convicted.AddMonths(10);
            tracked.TerminatedOn = convicted.AddMonths(11);
            await db.SaveChangesAsync();
        }

        (await ColumnsAsync(database, person.Id)).ShouldBe(new Columns(SentenceType.CustodyWithLicence, convicted, convicted.AddMonths(10), null, convicted.AddMonths(24), convicted.AddMonths(11)));

        // The later event closed: the community order is current again.
        await using (var db = database.CreateContext())
        {
            (await db.Events.SingleAsync(e => e.Id == laterEventId)).IsActive = false;
            await db.SaveChangesAsync();
        }

        (await ColumnsAsync(database, person.Id)).ShouldBe(new Columns(SentenceType.CommunityOrder, first.SentenceDate, null, first.ExpectedEndDate, null, null));

        // Every event gone: no current sentence. The other person was never touched.
        await using (var db = database.CreateContext())
        {
            db.Events.RemoveRange(await db.Events.Where(e => e.PersonId == person.Id).ToListAsync());
            await db.SaveChangesAsync();
        }

        (await ColumnsAsync(database, person.Id)).ShouldBe(new Columns(null, null, null, null, null, null));
        (await ColumnsAsync(database, other.Id)).Type.ShouldBe(SentenceType.CustodyWithLicence);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task On_the_same_conviction_date_the_later_event_is_current(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var data = new TestData.TestData(() => database.CreateContext());
        var (po, _) = await data.CreateStaffAsync(await data.CreateTeamAsync());
        var person = await data.CreatePersonOnProbationAsync(po, sentenceType: SentenceType.CommunityOrder);
        await using (var db = database.CreateContext())
        {
            var existing = await db.Events.AsNoTracking().SingleAsync(e => e.PersonId == person.Id);
            db.Events.Add(new ConvictionEvent
            {
                PersonId = person.Id, EventNumber = 2, Court = "Salford Magistrates' Court", ConvictionDate = existing.ConvictionDate, IsActive = true,
                Sentence = new Sentence { Type = SentenceType.SuspendedSentenceOrder, SentenceDate = existing.ConvictionDate, LengthMonths = 18, StartDate = existing.ConvictionDate },
            });
            await db.SaveChangesAsync();
        }

        (await ColumnsAsync(database, person.Id)).Type.ShouldBe(SentenceType.SuspendedSentenceOrder);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrating_an_existing_database_fills_each_persons_current_sentence(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        await using (var db = database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261130000023_CurrentSentenceIndexes");

            // Written in SQL: the current model has the columns the migration adds. One person with an older community
            // order, a newer licence and a newest event already closed; one with no events.
            var t = provider == DatabaseProvider.Postgres ? "true" : "1";
            var f = provider == DatabaseProvider.Postgres ? "false" : "0";
            var insert = $"""
                INSERT INTO "People" ("Id", "Crn", "FirstName", "LastName", "DateOfBirth", "Gender", "Ethnicity", "PreferredContactMethod", "InterpreterRequired",
                                      "SearchLastName", "SearchFirstName", "HasExclusions", "HasRestrictions", "Version", "TierProvisional")
                VALUES (1, 'X000001', 'Sam', 'Moss', '1990-01-01', 'Male', 'WhiteBritish', 'Sms', {f}, 'MOSS', 'SAM', {f}, {f}, 1, {f}),
                       (2, 'X000002', 'Ali', 'Reed', '1991-01-01', 'Male', 'WhiteBritish', 'Sms', {f}, 'REED', 'ALI', {f}, {f}, 1, {f});
                INSERT INTO "Events" ("Id", "PersonId", "EventNumber", "Court", "ConvictionDate", "IsActive")
                VALUES (1, 1, 1, 'Bolton', '2024-03-01', {t}), (2, 1, 2, 'Bolton', '2025-06-01', {t}), (3, 1, 3, 'Bolton', '2026-01-01', {f});
                INSERT INTO "Sentences" ("Id", "EventId", "Type", "SentenceDate", "LengthMonths", "StartDate", "ExpectedEndDate", "ReleaseDate", "LicenceExpiryDate", "Version")
                VALUES (1, 1, 'CommunityOrder', '2024-03-01', 24, '2024-03-01', '2026-03-01', NULL, NULL, 1),
                       (2, 2, 'CustodyWithLicence', '2025-06-15', 24, '2025-06-15', NULL, '2026-06-15', '2027-06-15', 1),
                       (3, 3, 'SuspendedSentenceOrder', '2026-01-01', 12, '2026-01-01', '2027-01-01', NULL, NULL, 1);
                """;
            await db.Database.ExecuteSqlRawAsync(insert); // literals only: the engine's spelling of true and false
            await db.Database.MigrateAsync();
        }

        (await ColumnsAsync(database, 1)).ShouldBe(new Columns(SentenceType.CustodyWithLicence, new(2025, 6, 15), new(2026, 6, 15), null, new(2027, 6, 15), null));
        (await ColumnsAsync(database, 2)).ShouldBe(new Columns(null, null, null, null, null, null));
    }
}
