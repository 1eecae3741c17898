using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;

namespace Waypoint.Web.Infrastructure;

/// <summary>
/// A page's queries share one database connection, opened before its handler runs and returned to the pool when the
/// request's context is disposed. Left to itself EF Core takes a pooled connection for each query and hands it back
/// (which PostgreSQL then resets), a dozen times for a page such as My week.
/// </summary>
public sealed class OneConnectionFilter(WaypointDbContext db) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        await db.Database.OpenConnectionAsync(context.HttpContext.RequestAborted);
        await next();
    }
}
