using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;

namespace Waypoint.Data.Tests;

/// <summary>Reads a database's tables, columns, indexes and foreign keys as comparable lines of text.</summary>
public static class SchemaSnapshot
{
    private static readonly HashSet<string> IgnoredTables = ["__waypoint_migrations", "__EFMigrationsLock", "sqlite_sequence"];

    public static async Task<SortedSet<string>> ReadAsync(DbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        try
        {
            return db.Database.IsNpgsql() ? await ReadPostgresAsync(connection) : await ReadSqliteAsync(connection);
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static async Task<SortedSet<string>> ReadSqliteAsync(DbConnection connection)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        var tables = await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", r => r.GetString(0));
        foreach (var table in tables.Where(t => !IgnoredTables.Contains(t)))
        {
            lines.Add($"table {table}");
            foreach (var column in await QueryAsync(connection, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}')", r => $"column {table}.{r.GetString(0)} {r.GetString(1)} notnull={r.GetInt64(2)} pk={r.GetInt64(3)}"))
            {
                lines.Add(column);
            }

            foreach (var fk in await QueryAsync(connection, $"SELECT \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list('{table}')", r => $"fk {table}.{r.GetString(0)} -> {r.GetString(1)}.{r.GetString(2)} on delete {r.GetString(3)}"))
            {
                lines.Add(fk);
            }

            var indexes = await QueryAsync(connection, $"SELECT name, \"unique\", partial FROM pragma_index_list('{table}') WHERE origin = 'c'", r => (Name: r.GetString(0), Unique: r.GetInt64(1), Partial: r.GetInt64(2)));
            foreach (var index in indexes)
            {
                var columns = await QueryAsync(connection, $"SELECT name FROM pragma_index_info('{index.Name}') ORDER BY seqno", r => r.IsDBNull(0) ? "?" : r.GetString(0));
                var sql = (await QueryAsync(connection, $"SELECT sql FROM sqlite_master WHERE type = 'index' AND name = '{index.Name}'", r => r.IsDBNull(0) ? "" : r.GetString(0))).Single();
                var where = index.Partial == 1 ? sql[sql.IndexOf(" WHERE ", StringComparison.OrdinalIgnoreCase)..] : "";
                lines.Add($"index {table}.{index.Name} unique={index.Unique} ({string.Join(", ", columns)}){where}");
            }
        }

        return lines;
    }

    private static async Task<SortedSet<string>> ReadPostgresAsync(DbConnection connection)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        const string columns = """
            SELECT table_name, column_name, data_type, is_nullable, coalesce(character_maximum_length, -1), coalesce(numeric_precision, -1), coalesce(numeric_scale, -1), coalesce(is_identity, 'NO'),
                   coalesce(collation_name, 'default')
            FROM information_schema.columns WHERE table_schema = 'public'
              AND table_name NOT IN (SELECT relname FROM pg_class WHERE relispartition)
            """;
        foreach (var line in await QueryAsync(connection, columns, r => (Table: r.GetString(0), Line: $"column {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}({r.GetInt32(4)},{r.GetInt32(5)},{r.GetInt32(6)}) nullable={r.GetString(3)} identity={r.GetString(7)} collation={r.GetString(8)}")))
        {
            if (!IgnoredTables.Contains(line.Table))
            {
                lines.Add(line.Line);
                lines.Add($"table {line.Table}");
            }
        }

        // A partitioned table is compared as the one table the model sees: its partitions (and their copies of the
        // indexes and constraints) are left out, and its indexes read as plain ones ("ON ONLY" marks a partitioned index).
        const string indexes = "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT IN (SELECT relname FROM pg_class WHERE relispartition)";
        foreach (var line in await QueryAsync(connection, indexes, r => (Table: r.GetString(0), Line: $"index {r.GetString(0)}.{r.GetString(1)}: {r.GetString(2).Replace(" ON ONLY ", " ON ", StringComparison.Ordinal)}")))
        {
            if (!IgnoredTables.Contains(line.Table))
            {
                lines.Add(line.Line);
            }
        }

        const string constraints = """
            SELECT cl.relname, con.conname, pg_get_constraintdef(con.oid)
            FROM pg_constraint con JOIN pg_class cl ON cl.oid = con.conrelid JOIN pg_namespace ns ON ns.oid = cl.relnamespace
            WHERE ns.nspname = 'public' AND NOT cl.relispartition AND con.conparentid = 0
            """;
        foreach (var line in await QueryAsync(connection, constraints, r => (Table: r.GetString(0), Line: $"constraint {r.GetString(0)}.{r.GetString(1)}: {r.GetString(2)}")))
        {
            if (!IgnoredTables.Contains(line.Table))
            {
                lines.Add(line.Line);
            }
        }

        return lines;
    }

    private static async Task<List<T>> QueryAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>The lines only in one side, as a readable report; empty when the schemas match.</summary>
    public static string Difference(SortedSet<string> migrated, SortedSet<string> model)
    {
        var missing = model.Except(migrated).Select(l => $"  model has, migrations lack: {l}");
        var extra = migrated.Except(model).Select(l => $"  migrations have, model lacks: {l}");
        return string.Join(Environment.NewLine, missing.Concat(extra));
    }
}
