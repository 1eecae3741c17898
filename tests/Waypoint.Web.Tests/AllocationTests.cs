using System.Net;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Domain.Access;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.Sentencing;
using Waypoint.Domain.Tiering;
using Waypoint.TestData;

namespace Waypoint.Web.Tests;

/// <summary>Allocation through HTTP: the queue, recommendations with reasons, and the decision with its evidence.</summary>
[Collection(AppsCollection.Name)]
public class AllocationTests(AppsFixture apps)
{
    private sealed record Arranged(WaypointApp App, HttpClient Spo, Person Person, StaffMember Po, StaffMember Pso, StaffMember Excluded, Team Team, string PsoEmail);

    private async Task<Arranged> ArrangeAsync(DatabaseProvider provider, RoshLevel rosh = RoshLevel.Medium, string tier = "C2", IEnumerable<RegistrationType>? flags = null)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (po, _) = await app.Data.CreateStaffAsync(team, Grade.Po, firstName: "Olivia");
        var (pso, psoEmail) = await app.Data.CreateStaffAsync(team, Grade.Pso, firstName: "Sunil", vetting: null);
        var (excluded, _) = await app.Data.CreateStaffAsync(team, Grade.Po, firstName: "Ezra");
        var (_, spoEmail) = await app.Data.CreateStaffAsync(team, Grade.Spo, firstName: "Sandra");
        var person = await app.Data.CreatePersonOnProbationAsync(po, flags: flags);
        await app.Data.RestrictAsync(person, CaseAccessListKind.Exclusion, excluded);
        await using (var db = app.Database.CreateContext())
        {
            var p = await db.People.SingleAsync(x => x.Id == person.Id);
            p.ResponsibleStaffMemberId = null; // a new sentence waiting in the team
            p.ProtectChangeTier = tier;
            p.CurrentTier = "D";
            p.CurrentRosh = rosh;
            await db.SaveChangesAsync();
        }

        return new Arranged(app, await app.SignInAsync(spoEmail), person, po, pso, excluded, team, psoEmail);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_manager_allocates_a_waiting_case_with_a_rationale_and_the_workload_changes_at_once(DatabaseProvider provider)
    {
        var a = await ArrangeAsync(provider);
        var queue = await a.Spo.GetStringAsync("/allocations");
        queue.ShouldContain($"/allocations/{a.Person.Crn}");
        string Row(string page) => System.Text.RegularExpressions.Regex.Match(page, $"<tr[^>]*>(?:(?!</tr>).)*{a.Person.Crn}(?:(?!</tr>).)*</tr>",
            System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Row(queue).ShouldContain(">Not booked<");

        await a.App.Data.CreateAppointmentAsync(a.Person, a.Pso, DateTime.UtcNow.AddDays(3), type: Domain.Appointments.AppointmentType.Induction);
        Row(await a.Spo.GetStringAsync("/allocations")).ShouldContain(">Booked<"); // the queue shows the induction booked
        var recommendations = await a.Spo.GetStringAsync($"/allocations/{a.Person.Crn}");
        recommendations.ShouldContain("Is booked to do this person&#x27;s induction");
        recommendations.ShouldContain("Olivia Tester");
        recommendations.ShouldContain("Sunil Tester");
        recommendations.ShouldNotContain("Ezra Tester"); // on the person's exclusion list: never offered
        recommendations.ShouldContain("A PSO may hold medium RoSH at protect level C");
        recommendations.ShouldContain("Workload from 0.0% to");

        var url = $"/allocations/{a.Person.Crn}/decide?staffId={a.Pso.Id}";
        var missing = await WaypointApp.PostFormAsync(a.Spo, url, new() { ["StaffId"] = a.Pso.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        missing.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("Enter why this practitioner is the right person for the case");

        var decided = await WaypointApp.PostFormAsync(a.Spo, url, new()
        {
            ["StaffId"] = a.Pso.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Rationale"] = "Sunil has capacity and experience with medium-risk acquisitive offending.",
            ["Notes"] = "Please book the induction this week.",
        });
        decided.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var db = a.App.Database.CreateContext();
        var person = await db.People.SingleAsync(p => p.Id == a.Person.Id);
        person.ResponsibleStaffMemberId.ShouldBe(a.Pso.Id);
        var allocation = await db.Allocations.Where(x => x.PersonId == a.Person.Id && x.To == null).SingleAsync();
        allocation.Rationale.ShouldStartWith("Sunil has capacity");
        allocation.OutsidePolicy.ShouldBeFalse();
        allocation.NotesToPractitioner.ShouldBe("Please book the induction this week.");
        var email = await db.OutboxMessages.SingleAsync(m => m.IdempotencyKey == $"allocation-{allocation.Id}-email");
        email.Channel.ShouldBe(Domain.Notifications.NotificationChannel.Email);
        email.Subject.ShouldContain(person.Crn);
        email.Body.ShouldNotContain("Please book the induction"); // the notes stay in Waypoint
        (await db.Contacts.AnyAsync(c => c.PersonId == a.Person.Id && c.Type == ContactType.Allocation && c.Notes!.Contains("Rationale"))).ShouldBeTrue();
        var snapshot = await db.WorkloadSnapshots.SingleAsync(s => s.StaffMemberId == a.Pso.Id && s.Date == DateOnly.FromDateTime(DateTime.UtcNow));
        snapshot.TotalPoints.ShouldBe(63); // C2 community
        snapshot.Cases.ShouldBe(1);

        // The practitioner is told in the app, with the manager's notes.
        var caseload = await (await a.App.SignInAsync(a.PsoEmail)).GetStringAsync("/caseload");
        caseload.ShouldContain("New allocations");
        caseload.ShouldContain("Please book the induction this week.");
    }

    [Fact]
    public async Task Outside_policy_needs_a_fuller_rationale_and_is_recorded_as_such()
    {
        var a = await ArrangeAsync(DatabaseProvider.Sqlite, RoshLevel.High, "B2");
        var recommendations = await a.Spo.GetStringAsync($"/allocations/{a.Person.Crn}");
        recommendations.ShouldContain("Outside policy: a PSO holds only low or medium RoSH");
        var url = $"/allocations/{a.Person.Crn}/decide?staffId={a.Pso.Id}";
        var fields = new Dictionary<string, string> { ["StaffId"] = a.Pso.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Rationale"] = "Short reason." };
        var refused = await WaypointApp.PostFormAsync(a.Spo, url, fields);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("This allocation is outside the policy");
        fields["Rationale"] = new string('x', 20) + " Sunil has worked with this person before in the approved premises; the team manager will co-work and review fortnightly with him.";
        (await WaypointApp.PostFormAsync(a.Spo, url, fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = a.App.Database.CreateContext();
        (await db.Allocations.SingleAsync(x => x.PersonId == a.Person.Id && x.To == null)).OutsidePolicy.ShouldBeTrue();
    }

    [Fact]
    public async Task A_visor_case_is_offered_only_to_staff_with_current_vetting()
    {
        var a = await ArrangeAsync(DatabaseProvider.Sqlite, flags: [RegistrationType.VisorRecord]);
        var recommendations = await a.Spo.GetStringAsync($"/allocations/{a.Person.Crn}");
        recommendations.ShouldContain("Olivia Tester");
        recommendations.ShouldNotContain("Sunil Tester"); // no vetting
        var response = await a.Spo.GetAsync($"/allocations/{a.Person.Crn}/decide?staffId={a.Pso.Id}");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Practitioners_cannot_allocate()
    {
        var a = await ArrangeAsync(DatabaseProvider.Sqlite);
        var (_, email) = await a.App.Data.CreateStaffAsync(a.Team, Grade.Po);
        var practitioner = await a.App.SignInAsync(email);
        var response = await practitioner.GetAsync("/allocations");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("access-denied");
    }

    [Fact]
    public async Task Reallocation_needs_a_reason_closes_the_old_allocation_and_recalculates_both_workloads()
    {
        var a = await ArrangeAsync(DatabaseProvider.Sqlite);
        var first = $"/allocations/{a.Person.Crn}/decide?staffId={a.Pso.Id}";
        (await WaypointApp.PostFormAsync(a.Spo, first, new() { ["StaffId"] = a.Pso.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Rationale"] = "Capacity." }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var second = $"/allocations/{a.Person.Crn}/decide?staffId={a.Po.Id}";
        var fields = new Dictionary<string, string> { ["StaffId"] = a.Po.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Rationale"] = "Risk has risen; needs a PO." };
        var missing = await WaypointApp.PostFormAsync(a.Spo, second, fields);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("Select why the case is being reallocated");
        fields["ReallocationReason"] = "Change in risk";
        (await WaypointApp.PostFormAsync(a.Spo, second, fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var db = a.App.Database.CreateContext();
        var history = await db.Allocations.Where(x => x.PersonId == a.Person.Id).OrderBy(x => x.Id).ToListAsync();
        history[^1].StaffMemberId.ShouldBe(a.Po.Id);
        history[^1].Reason.ShouldBe("Reallocation: Change in risk");
        history[^1].To.ShouldBeNull();
        history.Where(x => x.StaffMemberId == a.Pso.Id).ShouldAllBe(x => x.To != null);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        (await db.WorkloadSnapshots.SingleAsync(s => s.StaffMemberId == a.Pso.Id && s.Date == today)).Cases.ShouldBe(0);
        (await db.WorkloadSnapshots.SingleAsync(s => s.StaffMemberId == a.Po.Id && s.Date == today)).TotalPoints.ShouldBe(63);
    }
}
