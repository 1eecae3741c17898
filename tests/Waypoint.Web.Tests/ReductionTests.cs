using System.Net;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.Workload;
using Waypoint.TestData;

namespace Waypoint.Web.Tests;

[Collection(AppsCollection.Name)]
public class ReductionTests(AppsFixture apps)
{
    private static Dictionary<string, string> Start(DateOnly day) => new()
    {
        ["Start.Day"] = day.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Start.Month"] = day.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Start.Year"] = day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_manager_gives_a_trainee_the_preset_and_the_capacity_changes_at_once(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (trainee, _) = await app.Data.CreateStaffAsync(team, Grade.Pqip);
        var (_, spoEmail) = await app.Data.CreateStaffAsync(team, Grade.Spo);
        var spo = await app.SignInAsync(spoEmail);
        var url = $"/team/workload/{trainee.Id}/reductions";
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var saved = await WaypointApp.PostFormAsync(spo, url, new(Start(today)) { ["Reason"] = nameof(ReductionReason.TraineeProbationOfficer) });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = app.Database.CreateContext())
        {
            (await db.StaffReductions.CountAsync(r => r.StaffMemberId == trainee.Id)).ShouldBe(3);
            var snapshot = await db.WorkloadSnapshots.SingleAsync(s => s.StaffMemberId == trainee.Id && s.Date == today);
            snapshot.AvailablePoints.ShouldBe(435); // 37 hours less 80%: the reference's worked example
        }

        var page = await spo.GetStringAsync(url);
        page.ShouldContain("80% of contracted hours");
        page.ShouldContain("Next change to capacity");

        var tooMuch = await WaypointApp.PostFormAsync(spo, url, new(Start(today)) { ["Reason"] = nameof(ReductionReason.TradeUnionFacilityTime), ["Unit"] = "percent", ["Amount"] = "60" });
        tooMuch.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await tooMuch.Content.ReadAsStringAsync()).ShouldContain("no more than 50% for trade union facility time");

        // Fewer contracted hours: capacity falls at once (18.5 hours less 80% = 3.7 hours → ⌊2176 × 3.7 ÷ 37⌋ = 217).
        (await WaypointApp.PostFormAsync(spo, $"{url}?handler=Hours", new() { ["Hours"] = "18.5" }, url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = app.Database.CreateContext())
        {
            (await db.WorkloadSnapshots.SingleAsync(s => s.StaffMemberId == trainee.Id && s.Date == today)).AvailablePoints.ShouldBe(217);
        }

        var invalid = await WaypointApp.PostFormAsync(spo, $"{url}?handler=Hours", new() { ["Hours"] = "40" }, url);
        (await invalid.Content.ReadAsStringAsync()).ShouldContain("Enter contracted hours from 0 to 37.5");
    }

    [Fact]
    public async Task A_manager_cannot_manage_another_teams_practitioner()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var (other, _) = await app.Data.CreateStaffAsync(await app.Data.CreateTeamAsync(), Grade.Po);
        var (_, spoEmail) = await app.Data.CreateStaffAsync(await app.Data.CreateTeamAsync(), Grade.Spo);
        var spo = await app.SignInAsync(spoEmail);
        (await spo.GetAsync($"/team/workload/{other.Id}/reductions")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
