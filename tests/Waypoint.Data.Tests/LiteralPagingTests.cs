using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Waypoint.Data;
using Waypoint.TestData;

namespace Waypoint.Data.Tests;

/// <summary>Tagged queries have their page window written into the SQL as numbers, so PostgreSQL can reuse one plan.</summary>
public class LiteralPagingTests
{
    private const string Tagged = "-- " + LiteralPagingInterceptor.Tag + "\n\n";

    [Fact]
    public void A_tagged_command_gets_its_limit_and_offset_as_numbers_and_keeps_its_other_parameters()
    {
        using var command = new SqliteCommand(Tagged + "SELECT x FROM t WHERE a = @p ORDER BY x LIMIT @p0 OFFSET @p1");
        command.Parameters.AddWithValue("@p", 5);
        command.Parameters.AddWithValue("@p0", 20);
        command.Parameters.AddWithValue("@p1", 40);

        LiteralPagingInterceptor.Inline(command);

        command.CommandText.ShouldEndWith("WHERE a = @p ORDER BY x LIMIT 20 OFFSET 40");
        command.Parameters.Cast<SqliteParameter>().Select(p => p.ParameterName).ShouldBe(["@p"]);
    }

    [Fact]
    public void A_parameter_used_for_both_or_elsewhere_is_kept_until_no_use_is_left()
    {
        using var both = new NpgsqlCommand(Tagged + "SELECT x FROM t LIMIT @n OFFSET @n");
        both.Parameters.AddWithValue("n", 20); // Npgsql names parameters without the @
        LiteralPagingInterceptor.Inline(both);
        both.CommandText.ShouldEndWith("LIMIT 20 OFFSET 20");
        both.Parameters.Count.ShouldBe(0);

        using var elsewhere = new SqliteCommand(Tagged + "SELECT x FROM t WHERE y < @n LIMIT @n");
        elsewhere.Parameters.AddWithValue("@n", 20);
        LiteralPagingInterceptor.Inline(elsewhere);
        elsewhere.CommandText.ShouldEndWith("WHERE y < @n LIMIT 20");
        elsewhere.Parameters.Count.ShouldBe(1);
    }

    [Fact]
    public void An_untagged_command_or_a_value_that_is_not_a_whole_number_is_left_alone()
    {
        using var untagged = new SqliteCommand("SELECT x FROM t LIMIT @p0");
        untagged.Parameters.AddWithValue("@p0", 20);
        LiteralPagingInterceptor.Inline(untagged);
        untagged.CommandText.ShouldBe("SELECT x FROM t LIMIT @p0");
        untagged.Parameters.Count.ShouldBe(1);

        using var text = new SqliteCommand(Tagged + "SELECT x FROM t LIMIT @p0");
        text.Parameters.AddWithValue("@p0", "20; DROP TABLE t");
        LiteralPagingInterceptor.Inline(text);
        text.CommandText.ShouldEndWith("LIMIT @p0");
        text.Parameters.Count.ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_tagged_page_reads_the_same_rows_as_an_untagged_one(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var data = new TestData.TestData(() => database.CreateContext());
        var (practitioner, _) = await data.CreateStaffAsync(await data.CreateTeamAsync());
        var person = await data.CreatePersonOnProbationAsync(practitioner, contacts: 45);

        await using var db = database.CreateContext();
        var contacts = db.Contacts.AsNoTracking().Where(c => c.PersonId == person.Id);
        for (var page = 1; page <= 3; page++)
        {
            var plain = await contacts.OrderByDescending(c => c.OccurredAt).ThenByDescending(c => c.Id).Skip((page - 1) * 20).Take(20).Select(c => c.Id).ToListAsync();
            var literal = await contacts.TagWith(LiteralPagingInterceptor.Tag).OrderByDescending(c => c.OccurredAt).ThenByDescending(c => c.Id)
                .Skip((page - 1) * 20).Take(20).Select(c => c.Id).ToListAsync();
            literal.ShouldBe(plain);
            literal.Count.ShouldBe(page < 3 ? 20 : 5);
        }
    }

    [Fact]
    public async Task On_postgresql_a_tagged_page_query_settles_on_a_reusable_plan()
    {
        if (TestDatabase.PostgresServer is null)
        {
            return; // PostgreSQL only; CI always has it (PostgresConfiguredTests fails the run otherwise)
        }

        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Postgres);
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync(); // one physical connection: prepared statements belong to it
        for (var i = 0; i < 8; i++)
        {
            await db.Contacts.AsNoTracking().TagWith(LiteralPagingInterceptor.Tag).Where(c => c.PersonId == i)
                .OrderByDescending(c => c.OccurredAt).ThenByDescending(c => c.Id).Skip(20).Take(20).Select(c => c.Id).ToListAsync();
        }

        var plans = await db.Database.SqlQueryRaw<long>(
            "SELECT generic_plans AS \"Value\" FROM pg_prepared_statements WHERE statement LIKE '%LIMIT 20 OFFSET 20%'").ToListAsync();
        plans.ShouldHaveSingleItem().ShouldBeGreaterThan(0, "PostgreSQL reuses a generic plan instead of planning the statement on every execution");
    }
}
