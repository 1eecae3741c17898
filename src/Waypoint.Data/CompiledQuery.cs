using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Waypoint.Data;

/// <summary>
/// An EF Core compiled query, compiled once per model: a compiled query keeps the SQL of the provider it first ran on,
/// and one process (the tests) may talk to SQLite and PostgreSQL. Compiling skips EF's per-execution work of building,
/// comparing and parameterising the query's expression (about half of EF's own time for a small read; ADR 0006), so
/// it is used for the reads every case page makes.
/// </summary>
public sealed class CompiledQuery<TDelegate>(Func<TDelegate> compile)
    where TDelegate : class
{
    private readonly ConcurrentDictionary<IModel, TDelegate> byModel = new();

    public TDelegate For(DbContext db) => byModel.GetOrAdd(db.Model, _ => compile());
}
