using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Auditing;
using Waypoint.Data.Entities;
using Waypoint.TestData;

namespace Waypoint.Data.Tests;

public class AuditTrailTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_change_is_audited_with_before_and_after_values(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var person = await new TestData.TestData(() => database.CreateContext()).CreatePersonOnProbationAsync(firstName: "Sam");

        await using (var db = database.CreateContext(new SystemActor("editor@test")))
        {
            var tracked = await db.People.SingleAsync(p => p.Id == person.Id);
            tracked.FirstName = "Samuel";
            await db.SaveChangesAsync();
        }

        await using var check = database.CreateContext();
        var entry = await check.AuditEntries.SingleAsync(a => a.PersonId == person.Id && a.Action == AuditAction.Update);
        entry.Actor.ShouldBe("editor@test");
        entry.EntityType.ShouldBe(nameof(Person));
        entry.Details.ShouldNotBeNull();
        entry.Details.ShouldContain("\"FirstName\":{\"before\":\"Sam\",\"after\":\"Samuel\"}");
        entry.Details.ShouldNotContain("LastName", customMessage: "only changed fields are listed");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_failed_save_writes_neither_the_change_nor_its_audit(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var data = new TestData.TestData(() => database.CreateContext());
        var first = await data.CreatePersonOnProbationAsync();
        var second = await data.CreatePersonOnProbationAsync();
        int auditBefore;
        await using (var count = database.CreateContext())
        {
            auditBefore = await count.AuditEntries.CountAsync();
        }

        await using (var db = database.CreateContext())
        {
            var a = await db.People.SingleAsync(p => p.Id == first.Id);
            var b = await db.People.SingleAsync(p => p.Id == second.Id);
            a.LastName = "Changed";
            b.Crn = first.Crn; // violates the unique CRN
            await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var check = database.CreateContext();
        (await check.People.SingleAsync(p => p.Id == first.Id)).LastName.ShouldBe(first.LastName);
        (await check.AuditEntries.CountAsync()).ShouldBe(auditBefore);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_stale_save_is_refused_not_silently_overwritten(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var person = await new TestData.TestData(() => database.CreateContext()).CreatePersonOnProbationAsync();

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = await first.People.SingleAsync(p => p.Id == person.Id);
        var theirs = await second.People.SingleAsync(p => p.Id == person.Id);
        theirs.Phone = "07700 900111";
        await second.SaveChangesAsync();
        mine.Phone = "07700 900222";
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync());

        await using var check = database.CreateContext();
        (await check.People.SingleAsync(p => p.Id == person.Id)).Phone.ShouldBe("07700 900111");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Concurrent_writers_then_sealing_give_an_intact_chain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var person = await new TestData.TestData(() => database.CreateContext()).CreatePersonOnProbationAsync();

        // Eight writers append entries at once while the sealer runs between them.
        var writers = Enumerable.Range(0, 8).Select(async w =>
        {
            for (var i = 0; i < 15; i++)
            {
                await using var db = database.CreateContext(new SystemActor($"writer{w}"));
                var now = DateTime.UtcNow;
                db.AuditEntries.Add(new AuditEntry { Id = Guid.CreateVersion7(now), RecordedAt = now, Actor = $"writer{w}", Action = AuditAction.View, PersonId = person.Id, EntityType = "Person", Details = $"view {i}" });
                await db.SaveChangesAsync();
            }
        }).ToList();
        var sealer = Task.Run(async () =>
        {
            while (!writers.All(w => w.IsCompleted))
            {
                await using var db = database.CreateContext();
                await AuditTrail.SealPendingAsync(db, 25);
                await Task.Delay(5);
            }
        });
        await Task.WhenAll(writers);
        await sealer;

        await using var final = database.CreateContext();
        await AuditTrail.SealAllAsync(final);
        var result = await AuditTrail.VerifyAsync(final);
        result.IsIntact.ShouldBeTrue(result.Break?.Reason);
        result.UnsealedEntries.ShouldBe(0);
        result.SealedEntries.ShouldBeGreaterThanOrEqualTo(8 * 15);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Tampering_with_a_sealed_entry_is_detected(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var data = new TestData.TestData(() => database.CreateContext());
        await data.CreatePersonOnProbationAsync();
        await data.CreatePersonOnProbationAsync();
        await using (var db = database.CreateContext())
        {
            await AuditTrail.SealAllAsync(db);
            (await AuditTrail.VerifyAsync(db)).IsIntact.ShouldBeTrue();
        }

        await using (var db = database.CreateContext())
        {
            // Someone with full control of the database first removes the append-only guard.
            await db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Postgres
                ? "ALTER TABLE \"AuditEntries\" DISABLE TRIGGER \"TR_AuditEntries_AppendOnly\""
                : "DROP TRIGGER \"TR_AuditEntries_SealOnly\"");
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Actor\" = 'someone-else' WHERE \"ChainIndex\" = 3");
        }

        await using var check = database.CreateContext();
        var result = await AuditTrail.VerifyAsync(check);
        result.IsIntact.ShouldBeFalse();
        result.Break!.ChainIndex.ShouldBe(3);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_trail_refuses_edits_and_deletes_but_allows_sealing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await new TestData.TestData(() => database.CreateContext()).CreatePersonOnProbationAsync();
        await using var db = database.CreateContext();
        (await AuditTrail.SealAllAsync(db)).ShouldBeGreaterThan(0);

        await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Actor\" = 'someone-else'"));
        await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\""));
        await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Hash\" = 'x'"));
        (await AuditTrail.VerifyAsync(db)).IsIntact.ShouldBeTrue();
    }
}
