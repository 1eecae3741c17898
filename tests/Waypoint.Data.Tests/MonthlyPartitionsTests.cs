using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.TestData;

namespace Waypoint.Data.Tests;

/// <summary>PostgreSQL partitions contacts and the audit trail by month (migration 0017); these check it for real.</summary>
public class MonthlyPartitionsTests
{
    [Fact]
    public async Task Contacts_and_audit_are_partitioned_by_month_with_the_coming_months_ready()
    {
        if (TestDatabase.PostgresServer is null)
        {
            return; // PostgreSQL only; CI always has it (PostgresConfiguredTests fails the run otherwise)
        }

        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Postgres);
        var partitions = await PartitionsAsync(database);
        var thisMonth = new DateOnly(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1);
        foreach (var table in new[] { "Contacts", "AuditEntries" })
        {
            (await ScalarAsync<string>(database, $"SELECT pg_get_partkeydef('\"{table}\"'::regclass)")).ShouldBe(table == "Contacts" ? "RANGE (\"OccurredAt\")" : "RANGE (\"RecordedAt\")");
            for (var ahead = 0; ahead <= MonthlyPartitions.MonthsAhead; ahead++)
            {
                partitions.ShouldContain($"{table}_p{thisMonth.AddMonths(ahead):yyyyMM}");
            }

            partitions.ShouldContain($"{table}_default");
        }
    }

    [Fact]
    public async Task Months_are_created_when_asked_and_one_with_rows_in_the_default_partition_is_left_there_with_nothing_lost()
    {
        if (TestDatabase.PostgresServer is null)
        {
            return;
        }

        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Postgres);
        var data = new TestData.TestData(() => database.CreateContext());
        var (po, _) = await data.CreateStaffAsync(await data.CreateTeamAsync());
        var person = await data.CreatePersonOnProbationAsync(po);
        var longAgo = new DateTime(2019, 6, 14, 10, 30, 0, DateTimeKind.Utc);
        var contactId = Guid.CreateVersion7(longAgo);
        await using (var db = database.CreateContext())
        {
            db.Contacts.Add(new Contact { Id = contactId, OccurredAt = longAgo, PersonId = person.Id, Type = ContactType.OfficeVisit, Notes = "Seen at the office", CreatedAt = longAgo });
            await db.SaveChangesAsync();
            db.ContactRevisions.Add(new ContactRevision { ContactId = contactId, ContactOccurredAt = longAgo, PreviousNotes = "First wording", RevisedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        (await ScalarAsync<long>(database, "SELECT count(*) FROM \"Contacts_default\"")).ShouldBe(1);

        await using (var db = database.CreateContext())
        {
            // 3 months for 2 tables, less June 2019 for contacts: its contact is already in the default partition.
            (await MonthlyPartitions.EnsureAsync(db, new DateOnly(2019, 5, 1), new DateOnly(2019, 7, 1))).ShouldBe(5);
            (await MonthlyPartitions.EnsureAsync(db, new DateOnly(2019, 5, 1), new DateOnly(2019, 7, 1))).ShouldBe(0);
        }

        var partitions = await PartitionsAsync(database);
        partitions.ShouldContain("Contacts_p201905");
        partitions.ShouldContain("Contacts_p201907");
        partitions.ShouldContain("AuditEntries_p201906");
        partitions.ShouldNotContain("Contacts_p201906");
        (await ScalarAsync<long>(database, "SELECT count(*) FROM \"Contacts_default\"")).ShouldBe(1);

        // The daily job's step: on a day five months on, the months up to three ahead of it that do not exist yet.
        var later = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(5);
        await using (var db = database.CreateContext())
        {
            (await MonthlyPartitions.EnsureAheadAsync(db, later)).ShouldBe(8); // months +5 to +8 (+0 to +3 came with the migration), 2 tables
        }

        (await PartitionsAsync(database)).ShouldContain($"AuditEntries_p{later.AddMonths(MonthlyPartitions.MonthsAhead):yyyyMM}");
        await using (var check = database.CreateContext())
        {
            (await check.Contacts.SingleAsync(c => c.Id == contactId)).Notes.ShouldBe("Seen at the office");
            (await check.ContactRevisions.CountAsync(r => r.ContactId == contactId)).ShouldBe(1);
        }
    }

    [Fact]
    public async Task Migrating_an_existing_database_moves_its_contacts_and_audit_into_partitions_keeps_the_audit_append_only_and_fills_contact_dates()
    {
        if (TestDatabase.PostgresServer is null)
        {
            return;
        }

        await using var database = await TestDatabase.CreateEmptyAsync(DatabaseProvider.Postgres);
        await using (var db = database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261130000016_SharedKeysAndWorkers");
        }

        // Written in SQL: the current model has columns later migrations add. A contact a day for 40 days (two months
        // at least), each with its audit entry.
        await ScalarAsync<int>(database, """
            INSERT INTO "People" ("Crn", "FirstName", "LastName", "DateOfBirth", "Gender", "Ethnicity", "PreferredContactMethod", "InterpreterRequired",
                                  "SearchLastName", "SearchFirstName", "HasExclusions", "HasRestrictions", "Version", "TierProvisional")
            VALUES ('X000001', 'Sam', 'Moss', '1990-01-01', 'Male', 'WhiteBritish', 'Sms', false, 'MOSS', 'SAM', false, false, 1, false) RETURNING "Id"
            """);
        await ScalarAsync<int>(database, """
            WITH contacts AS (
                INSERT INTO "Contacts" ("Id", "OccurredAt", "PersonId", "Type", "Outcome", "Notes", "IsSensitive", "CreatedAt", "Version")
                SELECT gen_random_uuid(), now() - make_interval(days => d), (SELECT "Id" FROM "People"), 'OfficeVisit', 'AttendedAndComplied', 'Seen', false, now(), 1
                FROM generate_series(1, 40) d RETURNING "Id", "OccurredAt", "PersonId")
            INSERT INTO "AuditEntries" ("Id", "RecordedAt", "Actor", "Action", "PersonId", "Crn", "EntityType", "EntityKey")
            SELECT gen_random_uuid(), "OccurredAt", 'test', 'Create', "PersonId", 'X000001', 'Contact', "Id"::text FROM contacts
            RETURNING 1
            """);
        var audited = await ScalarAsync<long>(database, "SELECT count(*) FROM \"AuditEntries\"");
        audited.ShouldBe(40);

        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        (await ScalarAsync<long>(database, "SELECT count(*) FROM \"Contacts\"")).ShouldBe(40);
        // Migration 0018 filled the person's contact dates from those contacts: the latest was yesterday.
        (await ScalarAsync<bool>(database, "SELECT \"LastSeenAt\" = (SELECT max(\"OccurredAt\") FROM \"Contacts\") AND \"LastContactAt\" = \"LastSeenAt\" FROM \"People\"")).ShouldBeTrue();
        (await ScalarAsync<long>(database, "SELECT count(*) FROM \"Contacts_default\"")).ShouldBe(0);
        (await ScalarAsync<long>(database, "SELECT count(*) FROM \"AuditEntries\"")).ShouldBe(audited);
        var oldest = DateTime.UtcNow.AddDays(-40);
        (await PartitionsAsync(database)).ShouldContain($"Contacts_p{oldest:yyyyMM}");

        var refused = await Should.ThrowAsync<PostgresException>(() => ScalarAsync<long>(database, "WITH gone AS (DELETE FROM \"AuditEntries\" RETURNING 1) SELECT count(*) FROM gone"));
        refused.MessageText.ShouldContain("append-only");
    }

    private static async Task<List<string>> PartitionsAsync(TestDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent WHERE p.relkind = 'p' AND c.relkind IN ('r', 'p')", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static async Task<T> ScalarAsync<T>(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
