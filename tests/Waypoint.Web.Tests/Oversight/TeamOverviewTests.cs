using System.Net;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.Tiering;
using Waypoint.TestData;

namespace Waypoint.Web.Tests.Oversight;

[Collection(AppsCollection.Name)]
public class TeamOverviewTests(AppsFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_managers_overview_shows_overdue_high_risk_people_countersignatures_absence_and_waits(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (po, _) = await app.Data.CreateStaffAsync(team, firstName: "Priya");
        var (away, _) = await app.Data.CreateStaffAsync(team, Grade.Pso, firstName: "Absent");
        var (spo, spoEmail) = await app.Data.CreateStaffAsync(team, Grade.Spo, firstName: "Manager");
        var unseenHigh = await app.Data.CreatePersonOnProbationAsync(po, "Harry", "Highrisk", contacts: 0);
        var seenHigh = await app.Data.CreatePersonOnProbationAsync(po, "Seren", "Seenrecently", contacts: 1);
        var unseenLow = await app.Data.CreatePersonOnProbationAsync(po, "Lowen", "Lowrisk", contacts: 0);
        var absentsCase = await app.Data.CreatePersonOnProbationAsync(away, "Cara", "Uncovered", contacts: 0);
        var waiting = await app.Data.CreatePersonOnProbationAsync(po, "Wyn", "Waiting");
        await app.Data.UnallocateAsync(waiting, "B2");
        var (neighbour, _) = await app.Data.CreateStaffAsync(await app.Data.CreateTeamInSamePduAsync(team));
        var waitingNextDoor = await app.Data.CreatePersonOnProbationAsync(neighbour, "Nia", "Nextdoor");
        await app.Data.UnallocateAsync(waitingNextDoor, "B2");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using (var db = app.Database.CreateContext())
        {
            await db.People.Where(p => p.Id == unseenHigh.Id || p.Id == seenHigh.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.CurrentRosh, RoshLevel.High).SetProperty(p => p.CurrentTier, "B2"));
            await db.People.Where(p => p.Id == unseenLow.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.CurrentRosh, RoshLevel.Low).SetProperty(p => p.CurrentTier, "D0"));
            db.StaffAbsences.Add(new StaffAbsence { StaffMemberId = away.Id, Kind = AbsenceKind.Sickness, From = today.AddDays(-1), To = today.AddDays(5), CreatedBy = "test", CreatedAt = DateTime.UtcNow });
            db.Assessments.Add(new Assessment
            {
                PersonId = seenHigh.Id, Status = AssessmentStatus.AwaitingCountersignature, Reason = AssessmentReason.Initial, StartedAt = DateTime.UtcNow.AddDays(-2),
                StartedByStaffMemberId = po.Id, CompletedAt = DateTime.UtcNow.AddDays(-1), CompletedByStaffMemberId = po.Id, CompletedByGrade = Grade.Po, CountersignRequired = true,
            });
            db.ManagementOversights.Add(new ManagementOversight
            {
                PersonId = unseenLow.Id, AuthorStaffMemberId = spo.Id, Reviewed = "Contact pattern", Direction = "See Lowen this week and check the address.",
                DueOn = today.AddDays(-2), CreatedAt = DateTime.UtcNow.AddDays(-9),
            });
            await db.SaveChangesAsync();
        }

        var manager = await app.SignInAsync(spoEmail);
        (await manager.GetAsync("/")).Headers.Location!.ToString().ShouldBe("/team/overview");
        var page = await manager.GetStringAsync("/team/overview");
        page.ShouldContain($"Team overview: {team.Name}");
        var highRosh = Section(page, "high-rosh", "countersign");
        highRosh.ShouldContain("Harry Highrisk");
        highRosh.ShouldNotContain("Seren Seenrecently"); // seen yesterday
        highRosh.ShouldNotContain("Lowen Lowrisk"); // overdue, but low RoSH
        Section(page, "summary", "practitioners").ShouldContain("3 people not seen within their contact standard, 1 of them high or very high RoSH");
        var countersign = Section(page, "countersign", "unallocated");
        countersign.ShouldContain("Assessment");
        countersign.ShouldContain("Seren Seenrecently");
        Section(page, "unallocated", "directions").ShouldContain("Wyn Waiting");
        page.ShouldNotContain("Nia Nextdoor", customMessage: "a case waiting in another team of the PDU is that team's");
        Section(page, "directions", "</main>").ShouldContain("See Lowen this week and check the address.");
        var practitioners = Section(page, "practitioners", "high-rosh");
        practitioners.ShouldContain("Sickness until");
        practitioners.ShouldContain("without cover");

        var practitioner = await app.SignInAsync((await app.Data.CreateStaffAsync(team)).Email);
        (await practitioner.GetAsync("/team/overview")).Headers.Location!.ToString().ShouldContain("/access-denied");
    }

    private static string Section(string page, string id, string next)
    {
        var start = page.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"no section {id}");
        var end = next.StartsWith('<') ? page.IndexOf(next, start, StringComparison.Ordinal) : page.IndexOf($"id=\"{next}\"", start, StringComparison.Ordinal);
        return page[start..(end > start ? end : page.Length)];
    }
}
