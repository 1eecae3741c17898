using System.Net;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Domain.Organisation;
using Waypoint.TestData;

namespace Waypoint.Web.Tests;

[Collection(AppsCollection.Name)]
public class WorkloadFlagTests(AppsFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Four_weeks_over_110_percent_raises_a_flag_that_the_manager_must_answer(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (po, _) = await app.Data.CreateStaffAsync(team, Grade.Po, firstName: "Busy");
        var (_, spoEmail) = await app.Data.CreateStaffAsync(team, Grade.Spo);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        for (var i = 0; i < 3; i++)
        {
            var person = await app.Data.CreatePersonOnProbationAsync(po);
            await using var db = app.Database.CreateContext();
            (await db.People.SingleAsync(p => p.Id == person.Id)).ProtectChangeTier = "B2"; // 115 points each
            await db.SaveChangesAsync();
        }

        await using (var db = app.Database.CreateContext())
        {
            (await db.StaffMembers.SingleAsync(s => s.Id == po.Id)).ContractedHours = 5m; // 294 available points: 345 / 294 = 117.3%
            for (var week = 1; week <= 3; week++)
            {
                db.WorkloadSnapshots.Add(new WorkloadSnapshot { StaffMemberId = po.Id, Date = today.AddDays(-7 * week), TotalPoints = 345, AvailablePoints = 294, CapacityPercent = 117.3m, Cases = 3, UpdatedAt = DateTime.UtcNow });
            }

            await db.SaveChangesAsync();
        }

        var spo = await app.SignInAsync(spoEmail);
        var page = await spo.GetStringAsync("/team/workload");
        page.ShouldContain("Response needed");
        page.ShouldContain("117.3%");
        await using (var db = app.Database.CreateContext())
        {
            (await db.WorkloadFlags.CountAsync(f => f.StaffMemberId == po.Id)).ShouldBe(1);
        }

        (await spo.GetStringAsync("/team/workload")).ShouldContain("Response needed"); // raised once, not again
        int flagId;
        await using (var db = app.Database.CreateContext())
        {
            (await db.WorkloadFlags.CountAsync(f => f.StaffMemberId == po.Id)).ShouldBe(1);
            flagId = await db.WorkloadFlags.Where(f => f.StaffMemberId == po.Id).Select(f => f.Id).SingleAsync();
        }

        var url = $"/team/workload?handler=Respond";
        var formPage = $"/team/workload?teamId={team.Id}&staffId={po.Id}";
        var id = flagId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var missing = await WaypointApp.PostFormAsync(spo, url, new() { ["FlagId"] = id, ["TeamId"] = team.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, formPage);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("Enter what will change to bring the workload down");

        var by = today.AddDays(21);
        var answered = await WaypointApp.PostFormAsync(spo, url, new()
        {
            ["FlagId"] = id, ["TeamId"] = team.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FlagResponse"] = "No new allocations for three weeks; two cases move to a colleague.",
            ["ChangeBy.Day"] = by.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ChangeBy.Month"] = by.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ChangeBy.Year"] = by.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, formPage);
        answered.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var check = app.Database.CreateContext();
        var flag = await check.WorkloadFlags.SingleAsync(f => f.Id == flagId);
        flag.Response.ShouldStartWith("No new allocations");
        flag.ChangeBy.ShouldBe(by);
    }
}
