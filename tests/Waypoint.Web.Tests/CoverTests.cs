using System.Net;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Domain.Organisation;
using Waypoint.TestData;

namespace Waypoint.Web.Tests;

[Collection(AppsCollection.Name)]
public class CoverTests(AppsFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_manager_records_an_absence_and_assigns_cover_for_the_due_work(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (away, _) = await app.Data.CreateStaffAsync(team, Grade.Po, firstName: "Away");
        var (colleague, _) = await app.Data.CreateStaffAsync(team, Grade.Po, firstName: "Colleague");
        var (_, spoEmail) = await app.Data.CreateStaffAsync(team, Grade.Spo);
        var person = await app.Data.CreatePersonOnProbationAsync(away, "Dana", "Unseen", contacts: 0);
        var seen = await app.Data.CreatePersonOnProbationAsync(away, "Eli", "Booked", contacts: 0);
        await app.Data.CreateAppointmentAsync(seen, away, DateTime.UtcNow.AddHours(-5));
        await app.Data.CreateAppointmentAsync(seen, away, DateTime.UtcNow.AddDays(2));
        var spo = await app.SignInAsync(spoEmail);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        string D(DateOnly d, string part) => (part == "Day" ? d.Day : part == "Month" ? d.Month : d.Year).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var recorded = await WaypointApp.PostFormAsync(spo, "/team/cover?handler=Absence", new()
        {
            ["AbsentStaffId"] = away.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Kind"] = "Sickness",
            ["From.Day"] = D(today, "Day"), ["From.Month"] = D(today, "Month"), ["From.Year"] = D(today, "Year"),
            ["To.Day"] = D(today.AddDays(5), "Day"), ["To.Month"] = D(today.AddDays(5), "Month"), ["To.Year"] = D(today.AddDays(5), "Year"),
        }, "/team/cover");
        recorded.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var board = await spo.GetStringAsync("/team/cover");
        board.ShouldContain("Away Tester: sickness");
        board.ShouldContain("Dana Unseen");
        board.ShouldContain("Contact overdue");
        board.ShouldContain("Outcome not recorded: supervision appointment on");
        board.ShouldContain("Appointment: supervision appointment,");

        var assigned = await WaypointApp.PostFormAsync(spo, "/team/cover?handler=Cover", new()
        {
            ["PersonId"] = person.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["CoveringStaffId"] = colleague.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, "/team/cover");
        assigned.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await spo.GetStringAsync("/team/cover")).ShouldContain("Covered by Colleague Tester");
        await using var db = app.Database.CreateContext();
        var cover = await db.CoverAssignments.SingleAsync(c => c.PersonId == person.Id);
        cover.To.ShouldBe(today.AddDays(5));

        // An absent practitioner offered a new case says so.
        var waiting = await app.Data.CreatePersonOnProbationAsync(colleague);
        await app.Data.UnallocateAsync(waiting, "D1");
        (await spo.GetStringAsync($"/allocations/{waiting.Crn}")).ShouldContain("Away (sickness) now until");
    }
}
