using System.Reflection;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waypoint.Data.Migrations;

/// <summary>
/// A migration whose steps are SQL scripts, one per provider, embedded from Migrations/Scripts/{Provider}/{Name}.sql.
/// Baselines came from each provider's GenerateCreateScript(); later steps are written by hand.
/// </summary>
public abstract class ScriptMigration : Migration
{
    protected abstract string ScriptName { get; }

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var provider = migrationBuilder.ActiveProvider switch
        {
            "Microsoft.EntityFrameworkCore.Sqlite" => "Sqlite",
            "Npgsql.EntityFrameworkCore.PostgreSQL" => "Postgres",
            var other => throw new NotSupportedException($"No migration scripts for provider {other}."),
        };
        migrationBuilder.Sql(ReadScript(provider, ScriptName));
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Waypoint migrations only go forward: restore from backup to go back.");

    public static string ReadScript(string provider, string name)
    {
        var resource = $"Waypoint.Data.Migrations.Scripts.{provider}.{name}.sql";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Migration script {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
