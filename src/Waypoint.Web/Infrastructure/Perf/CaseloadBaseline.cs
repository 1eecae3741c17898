#if PERF_BASELINE
using System.Net;
using System.Text;
using Npgsql;

namespace Waypoint.Web.Infrastructure.Perf;

/// <summary>
/// The load run's yardstick, compiled only with <c>-p:PerfBaseline=true</c> (perf/run.sh): the caseload page's main
/// query run with raw Npgsql and its rows written as a bare HTML table, with no authentication, auditing, access
/// checks or layout. Waypoint's real caseload page is compared with it to show what the framework and the product's
/// safeguards cost. Never part of a normal build.
/// </summary>
public static class CaseloadBaseline
{
    private const string Sql = """
        SELECT p."Crn", p."FirstName", p."LastName", p."CurrentTier", p."CurrentRosh", p."NextAppointmentAt",
               (SELECT s."Type" FROM "Events" e JOIN "Sentences" s ON s."EventId" = e."Id" WHERE e."PersonId" = p."Id" AND e."IsActive" LIMIT 1),
               (SELECT s."ExpectedEndDate" FROM "Events" e JOIN "Sentences" s ON s."EventId" = e."Id" WHERE e."PersonId" = p."Id" AND e."IsActive" LIMIT 1),
               p."LastContactAt"
        FROM "People" p
        WHERE p."ResponsibleStaffMemberId" = $1
        ORDER BY p."SearchLastName", p."SearchFirstName", p."Crn"
        """;

    public static void MapCaseloadBaseline(this WebApplication app, string connectionString)
    {
        var dataSource = NpgsqlDataSource.Create(connectionString);
        app.MapGet("/perf/baseline/caseload/{staffId:int}", async (int staffId, HttpContext context) =>
        {
            await using var command = dataSource.CreateCommand(Sql);
            command.Parameters.Add(new NpgsqlParameter { Value = staffId });
            await using var reader = await command.ExecuteReaderAsync(context.RequestAborted);
            var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>Caseload</title></head><body><table>");
            while (await reader.ReadAsync(context.RequestAborted))
            {
                html.Append("<tr>");
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    html.Append("<td>").Append(WebUtility.HtmlEncode(reader.IsDBNull(i) ? "" : reader.GetValue(i).ToString())).Append("</td>");
                }

                html.Append("</tr>");
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(html.Append("</table></body></html>").ToString(), context.RequestAborted);
        }).AllowAnonymous();
    }
}
#endif
