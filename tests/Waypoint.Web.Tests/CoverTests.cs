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

[Collection(AppsCollection.Name)]
public class TemporaryReallocationTests(AppsFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_case_reallocated_until_the_practitioner_returns_goes_back_by_itself(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (away, _) = await app.Data.CreateStaffAsync(team, Grade.Po, firstName: "Away");
        var (colleague, _) = await app.Data.CreateStaffAsync(team, Grade.Po, firstName: "Stand-in");
        var (_, spoEmail) = await app.Data.CreateStaffAsync(team, Grade.Spo);
        var person = await app.Data.CreatePersonOnProbationAsync(away, "Ira", "Moved", contacts: 0);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using (var db = app.Database.CreateContext())
        {
            db.StaffAbsences.Add(new Data.Entities.StaffAbsence { StaffMemberId = away.Id, Kind = Data.Entities.AbsenceKind.Sickness, From = today, To = today.AddDays(3), CreatedBy = "test", CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var spo = await app.SignInAsync(spoEmail);
        var moved = await WaypointApp.PostFormAsync(spo, "/team/cover?handler=Temporary", new()
        {
            ["PersonId"] = person.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["CoveringStaffId"] = colleague.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, "/team/cover");
        moved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await spo.GetStringAsync("/team/cover")).ShouldContain($"is with Stand-in Tester until");
        await using (var db = app.Database.CreateContext())
        {
            (await db.People.SingleAsync(p => p.Id == person.Id)).ResponsibleStaffMemberId.ShouldBe(colleague.Id);
            var temporary = await db.Allocations.SingleAsync(a => a.PersonId == person.Id && a.To == null);
            temporary.TemporaryUntil.ShouldBe(today.AddDays(3));
            temporary.ReturnsToStaffMemberId.ShouldBe(away.Id);
            (await db.WorkloadSnapshots.SingleAsync(s => s.StaffMemberId == colleague.Id && s.Date == today)).Cases.ShouldBe(1);

            // Nothing happens before the last day has passed; the day after, the case goes back.
            (await Data.Allocations.AllocationService.ReturnTemporaryAllocationsAsync(db, today.AddDays(3), DateTime.UtcNow, CancellationToken.None)).ShouldBe(0);
            (await Data.Allocations.AllocationService.ReturnTemporaryAllocationsAsync(db, today.AddDays(4), DateTime.UtcNow, CancellationToken.None)).ShouldBe(1);
        }

        await using (var db = app.Database.CreateContext())
        {
            (await db.People.SingleAsync(p => p.Id == person.Id)).ResponsibleStaffMemberId.ShouldBe(away.Id);
            (await db.Contacts.CountAsync(c => c.PersonId == person.Id && c.Type == Data.Entities.ContactType.Allocation)).ShouldBe(2);
        }
    }
}
