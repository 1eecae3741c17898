#if PERF_BASELINE
using System.Net;
using System.Text;
using Npgsql;

namespace Waypoint.Web.Infrastructure.Perf;

/// <summary>
/// The load run's yardstick, compiled only with <c>-p:PerfBaseline=true</c> (perf/run.sh): the caseload page's
/// queries run with raw Npgsql and its rows written as a bare HTML table, with no authentication, auditing, access
/// checks or layout. Waypoint's real caseload page is compared with it to show what the framework and the product's
/// safeguards cost. Never part of a normal build.
/// </summary>
public static class CaseloadBaseline
{
    // The same data the page's three reads take: each person's row with their current sentence, last contact,
    // practitioner and tier; who was told of their next appointment; then their open flags.
    private const string Sql = """
        SELECT p."Id", p."Crn", p."FirstName", p."LastName", p."CurrentSentenceType", p."CurrentExpectedEndDate",
               p."LastContactAt", p."NextAppointmentAt", st."FirstName" || ' ' || st."LastName", p."CurrentTier", p."CurrentRosh", p."AssessmentReviewDueOn"
        FROM "People" p LEFT JOIN "StaffMembers" st ON st."Id" = p."ResponsibleStaffMemberId"
        WHERE p."ResponsibleStaffMemberId" = $1
        ORDER BY p."SearchLastName" || ' ' || p."SearchFirstName", p."Crn"
        """;

    private const string ToldSql = """
        SELECT p."Id"
        FROM "People" p
        WHERE p."ResponsibleStaffMemberId" = $1 AND p."NextAppointmentAt" IS NOT NULL
          AND EXISTS (SELECT 1 FROM "Appointments" a WHERE a."PersonId" = p."Id" AND a."Start" = p."NextAppointmentAt" AND a."Status" = 'Booked'
              AND EXISTS (SELECT 1 FROM "OutboxMessages" o WHERE o."AppointmentId" = a."Id"
                  AND o."Purpose" IN ('AppointmentBooked', 'AppointmentRearranged', 'AppointmentReminder')
                  AND (o."Status" = 'Delivered' OR (o."Status" = 'LetterPrinted' AND o."AddressConfirmed"))))
        """;

    private const string FlagsSql = """
        SELECT r."PersonId", r."Type", r."MappaCategory", r."MappaLevel"
        FROM "Registrations" r JOIN "People" p ON p."Id" = r."PersonId"
        WHERE p."ResponsibleStaffMemberId" = $1 AND r."EndedOn" IS NULL
        """;

    public static void MapCaseloadBaseline(this WebApplication app, string connectionString)
    {
        var dataSource = NpgsqlDataSource.Create(Waypoint.Data.DatabaseSetup.PostgresConnectionString(connectionString)); // as the app's own connections
        app.MapGet("/perf/baseline/caseload/{staffId:int}", async (int staffId, HttpContext context) =>
        {
            await using var batch = dataSource.CreateBatch();
            foreach (var sql in new[] { Sql, ToldSql, FlagsSql })
            {
                var command = new NpgsqlBatchCommand(sql);
                command.Parameters.Add(new NpgsqlParameter { Value = staffId });
                batch.BatchCommands.Add(command);
            }

            await using var reader = await batch.ExecuteReaderAsync(context.RequestAborted);
            var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>Caseload</title></head><body><table>");
            do
            {
                while (await reader.ReadAsync(context.RequestAborted))
                {
                    html.Append("<tr>");
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        html.Append("<td>").Append(WebUtility.HtmlEncode(reader.IsDBNull(i) ? "" : reader.GetValue(i).ToString())).Append("</td>");
                    }

                    html.Append("</tr>");
                }
            }
            while (await reader.NextResultAsync(context.RequestAborted));

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(html.Append("</table></body></html>").ToString(), context.RequestAborted);
        }).AllowAnonymous();
    }
}
#endif
