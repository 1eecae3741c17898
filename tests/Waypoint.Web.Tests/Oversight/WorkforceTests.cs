using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Data.Oversight;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.Workforce;
using Waypoint.TestData;

namespace Waypoint.Web.Tests.Oversight;

[Collection(AppsCollection.Name)]
public class WorkforceTests(AppsFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Workforce_counts_staff_against_funded_posts_and_the_caseloads_need(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (_, headEmail) = await app.Data.CreateStaffAsync(team, Grade.HeadOfPdu, firstName: "Head");
        var (po1, _) = await app.Data.CreateStaffAsync(team, firstName: "Busy");
        var (po2, _) = await app.Data.CreateStaffAsync(team, firstName: "Parttime");
        var (pso, _) = await app.Data.CreateStaffAsync(team, Grade.Pso, firstName: "Sick");
        var (pqip, _) = await app.Data.CreateStaffAsync(team, Grade.Pqip, firstName: "Trainee");
        var (leaver, _) = await app.Data.CreateStaffAsync(team, firstName: "Gone");
        var (_, spoEmail) = await app.Data.CreateStaffAsync(team, Grade.Spo, firstName: "Manager");
        var today = DateOnly.FromDateTime(Waypoint.Web.Infrastructure.Display.ToUk(DateTime.UtcNow));
        var trainingStarted = today.AddMonths(-10);
        await using (var db = app.Database.CreateContext())
        {
            await db.StaffMembers.Where(s => s.Id == po2.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.ContractedHours, 18.5m));
            await db.StaffMembers.Where(s => s.Id == pqip.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.TraineeStartDate, trainingStarted).SetProperty(x => x.StartedOn, trainingStarted));
            await db.StaffMembers.Where(s => s.Id == leaver.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.IsActive, false).SetProperty(x => x.LeftOn, today.AddMonths(-2))
                .SetProperty(x => x.LeavingReason, "Retirement").SetProperty(x => x.StartedOn, today.AddYears(-20)));
            db.FundedPosts.Add(new FundedPost { TeamId = team.Id, Grade = Grade.Po, Fte = 3m, EffectiveFrom = today.AddYears(-1), CreatedBy = "test", CreatedAt = DateTime.UtcNow });
            foreach (var (id, points, available) in new[] { (po1.Id, 2400, 2176), (po2.Id, 1000, 1088), (pso.Id, 2000, 2176), (pqip.Id, 400, 435) })
            {
                db.WorkloadSnapshots.Add(new WorkloadSnapshot
                {
                    StaffMemberId = id, Date = today, TotalPoints = points, AvailablePoints = available, CapacityPercent = Domain.Workload.WorkloadCalculator.Percent(points, available),
                    Cases = 40, UpdatedAt = DateTime.UtcNow,
                });
            }

            db.StaffAbsences.Add(new StaffAbsence { StaffMemberId = pso.Id, Kind = AbsenceKind.Sickness, From = today.AddDays(-70), To = today.AddDays(-25), CreatedBy = "test", CreatedAt = DateTime.UtcNow });
            db.StaffAbsences.Add(new StaffAbsence { StaffMemberId = po2.Id, Kind = AbsenceKind.Sickness, From = today.AddDays(-12), To = today.AddDays(-10), CreatedBy = "test", CreatedAt = DateTime.UtcNow });
            db.StaffAbsences.Add(new StaffAbsence { StaffMemberId = po1.Id, Kind = AbsenceKind.Leave, From = today.AddDays(-5), To = today.AddDays(-1), CreatedBy = "test", CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        WorkforceData data;
        await using (var db = app.Database.CreateContext())
        {
            data = await WorkforceReport.ReadAsync(db, EqualityArea.Team, team.Id, today, EqualityDimension.Ethnicity, CancellationToken.None);
        }

        var po = data.Grades.Single(g => g.Grade == Grade.Po);
        po.Headcount.ShouldBe(2); // the leaver is not in post
        po.Fte.ShouldBe(1.5m);
        po.FundedFte.ShouldBe(3m);
        po.VacancyFte.ShouldBe(1.5m);
        data.Grades.Single(g => g.Grade == Grade.Pso).FundedFte.ShouldBeNull();
        data.CaseHoldingFte.ShouldBe(3.5m);
        data.WorkloadPoints.ShouldBe(5800);
        data.NeededFte.ShouldBe(2.7m); // 5,800 ÷ 2,176 = 2.67
        data.OverCapacity.Select(o => o.StaffMemberId).ShouldBe([po1.Id]); // 110.3%; the trainee is at 92%
        data.Trainees.Single().ProtectionEnds.ShouldBe(trainingStarted.AddMonths(18).AddDays(-1));
        data.Leavers.ShouldBe(1);
        data.LeavingReasons.ShouldBe([("Retirement", 1)]);
        data.Sickness.Spells.ShouldBe(2); // leave is not sickness
        data.Sickness.LongTermSpells.ShouldBe(1);
        var lost = WorkforceMeasures.WorkingDaysWithin(today.AddDays(-70), today.AddDays(-25), today.AddYears(-1), today) * 1m
                   + WorkforceMeasures.WorkingDaysWithin(today.AddDays(-12), today.AddDays(-10), today.AddYears(-1), today) * 0.5m;
        data.Sickness.FteDaysLost.ShouldBe(lost);
        data.Trend.Count.ShouldBe(12);
        data.Trend[^1].NeededFte.ShouldBe(2.7m);
        data.Trend[^1].Headcount.ShouldBe(6); // head, two POs, PSO, trainee and SPO: the leaver has gone
        data.Trend[8].Headcount.ShouldBe(7); // three month-ends ago the leaver was still in post
        data.Diversity.Single(g => g.Group == "Not stated").Staff.ShouldBe(6);

        var head = await app.SignInAsync(headEmail);
        var page = await head.GetStringAsync($"/oversight/workforce?area=Team&teamId={team.Id}");
        page.ShouldContain("2.7 FTE: 5,800 workload points");
        page.ShouldContain("Fewer than 10"); // six staff in one group: suppressed
        var csv = await head.GetStringAsync($"/oversight/workforce?area=Team&teamId={team.Id}&format=csv");
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(13);

        var bad = await WaypointApp.PostFormAsync(head, $"/oversight/workforce?handler=Funded&area=Team&teamId={team.Id}", new()
        {
            ["PostTeamId"] = team.Id.ToString(CultureInfo.InvariantCulture), ["PostGrade"] = "Pso", ["PostFte"] = "lots",
            ["PostFrom.Day"] = "1", ["PostFrom.Month"] = "4", ["PostFrom.Year"] = today.Year.ToString(CultureInfo.InvariantCulture),
        }, "/oversight/workforce");
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("Enter the funded FTE as a number");
        (await WaypointApp.PostFormAsync(head, $"/oversight/workforce?handler=Funded&area=Team&teamId={team.Id}", new()
        {
            ["PostTeamId"] = team.Id.ToString(CultureInfo.InvariantCulture), ["PostGrade"] = "Pso", ["PostFte"] = "2.5",
            ["PostFrom.Day"] = "1", ["PostFrom.Month"] = "1", ["PostFrom.Year"] = today.AddYears(-1).Year.ToString(CultureInfo.InvariantCulture),
        }, "/oversight/workforce")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = app.Database.CreateContext())
        {
            (await WorkforceReport.ReadAsync(db, EqualityArea.Team, team.Id, today, EqualityDimension.Ethnicity, CancellationToken.None))
                .Grades.Single(g => g.Grade == Grade.Pso).VacancyFte.ShouldBe(1.5m);
        }

        var spo = await app.SignInAsync(spoEmail);
        (await spo.GetAsync("/oversight/workforce")).Headers.Location!.ToString().ShouldContain("/access-denied");
    }
}
