using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Domain.Organisation;
using Waypoint.TestData;

namespace Waypoint.Web.Tests;

[Collection(AppsCollection.Name)]
public class CourtReportTests(AppsFixture apps)
{
    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_completed_report_counts_138_points_at_once_and_its_author_is_continuity(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (author, authorEmail) = await app.Data.CreateStaffAsync(team, Grade.Po, firstName: "Rhea");
        var (_, spoEmail) = await app.Data.CreateStaffAsync(team, Grade.Spo);
        var person = await app.Data.CreatePersonOnProbationAsync(author, "Pat", "Reported");
        var client = await app.SignInAsync(authorEmail);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var requested = today.AddDays(-10);

        var missing = await WaypointApp.PostFormAsync(client, $"/cases/{person.Crn}/reports", new() { ["Type"] = "Standard" });
        (await missing.Content.ReadAsStringAsync()).ShouldContain("Enter the court");

        (await WaypointApp.PostFormAsync(client, $"/cases/{person.Crn}/reports", new()
        {
            ["Type"] = "Standard", ["Court"] = "Manchester Magistrates' Court", ["AuthorId"] = I(author.Id),
            ["RequestedOn.Day"] = I(requested.Day), ["RequestedOn.Month"] = I(requested.Month), ["RequestedOn.Year"] = I(requested.Year),
            ["DueOn.Day"] = I(today.Day), ["DueOn.Month"] = I(today.Month), ["DueOn.Year"] = I(today.Year),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        int before;
        int reportId;
        await using (var db = app.Database.CreateContext())
        {
            reportId = await db.CourtReports.Where(r => r.PersonId == person.Id).Select(r => r.Id).SingleAsync();
            var workloads = await Data.Risk.WorkloadRecalculator.ReadAsync(db, [author.Id], today, CancellationToken.None);
            before = workloads.Single().Result.TotalPoints;
        }

        (await WaypointApp.PostFormAsync(client, $"/cases/{person.Crn}/reports?handler=Complete", new()
        {
            ["ReportId"] = I(reportId), ["CompletedOn.Day"] = I(today.Day), ["CompletedOn.Month"] = I(today.Month), ["CompletedOn.Year"] = I(today.Year),
            ["Proposal"] = "Community order with unpaid work",
        }, $"/cases/{person.Crn}/reports")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using (var db = app.Database.CreateContext())
        {
            var snapshot = await db.WorkloadSnapshots.SingleAsync(s => s.StaffMemberId == author.Id && s.Date == today);
            snapshot.TotalPoints.ShouldBe(before + 138);
        }

        (await client.GetStringAsync("/workload")).ShouldContain("Standard pre-sentence report");

        // Waiting for a practitioner again, the author is shown as continuity.
        await app.Data.UnallocateAsync(person, "C2");
        var spo = await app.SignInAsync(spoEmail);
        (await spo.GetStringAsync($"/allocations/{person.Crn}")).ShouldContain("Wrote this person&#x27;s pre-sentence report for Manchester Magistrates&#x27; Court");
    }
}
