using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Domain.Enforcement;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.People;
using Waypoint.TestData;

namespace Waypoint.Web.Tests.Oversight;

[Collection(AppsCollection.Name)]
public class EqualityTests(AppsFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Warnings_by_ethnicity_give_the_relative_rate_index_with_its_interval_and_suppress_small_groups(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (po, _) = await app.Data.CreateStaffAsync(team);
        var (_, spoEmail) = await app.Data.CreateStaffAsync(team, Grade.Spo);
        async Task AddAsync(Ethnicity ethnicity, int people, int warned)
        {
            for (var i = 0; i < people; i++)
            {
                var person = await app.Data.CreatePersonOnProbationAsync(po);
                await using var db = app.Database.CreateContext();
                await db.People.Where(p => p.Id == person.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Ethnicity, ethnicity));
                if (i < warned)
                {
                    db.EnforcementDecisions.Add(new EnforcementDecision
                    {
                        PersonId = person.Id, Recommended = EnforcementAction.Warning, RecommendationReason = "First failure", Decision = EnforcementAction.Warning,
                        WhatHappened = "Missed", PersonsExplanation = "None", RiskConsidered = "Medium", OptionsConsidered = "Warning", Rationale = "Proportionate",
                        Status = DecisionStatus.InForce, DecidedByStaffMemberId = po.Id, DecidedAt = DateTime.UtcNow.AddDays(-10),
                    });
                    await db.SaveChangesAsync();
                }
            }
        }

        await AddAsync(Ethnicity.WhiteBritish, 40, 10);
        await AddAsync(Ethnicity.BlackAfrican, 12, 6);
        await AddAsync(Ethnicity.BlackCaribbean, 8, 4);
        await AddAsync(Ethnicity.AsianIndian, 5, 1);

        var spo = await app.SignInAsync(spoEmail);
        var page = await spo.GetStringAsync("/oversight/equality?area=Team&measure=Warnings&dimension=Ethnicity");
        page.ShouldContain("65 people supervised in the area");
        // Black or Black British: 10 of 20 (50%) against 10 of 40 (25%): RRI 2.00, 95% CI exp(ln 2 ± 1.96 × sqrt(1/10 - 1/20 + 1/10 - 1/40)) = 1.00 to 4.00.
        page.ShouldContain("2.00 (1.00 to 4.00), significant");
        page.ShouldContain("1.00 (reference)");
        page.ShouldContain("Fewer than 10"); // Asian or Asian British: 5 people
        page.ShouldContain("<svg role=\"img\"");

        var csv = await spo.GetStringAsync("/oversight/equality?area=Team&measure=Warnings&dimension=Ethnicity&format=csv");
        var lines = csv.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        lines[0].ShouldBe("group,people,with_outcome,rate_percent,relative_rate_index,ci95_lower,ci95_upper,median_working_days_waited,note");
        lines[1].ShouldBe("White British,40,10,25.0,1.00,,,,reference group");
        lines.ShouldContain("Black or Black British,20,10,50.0,2.00,1.00,4.00,,");
        lines.ShouldContain(l => l.StartsWith("Asian or Asian British,<10,<10,", StringComparison.Ordinal));

        // Compared with another group instead: White British 25% against Black or Black British 50% is 0.50 (0.25 to 1.00).
        var chosen = (await spo.GetStringAsync("/oversight/equality?area=Team&measure=Warnings&dimension=Ethnicity&reference=Black%20or%20Black%20British&format=csv"))
            .Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        chosen[1].ShouldBe("Black or Black British,20,10,50.0,1.00,,,,reference group");
        chosen.ShouldContain("White British,40,10,25.0,0.50,0.25,1.00,,");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Allocation_waits_beyond_target_are_compared_by_group_with_the_median_wait(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (po, _) = await app.Data.CreateStaffAsync(team);
        var (_, spoEmail) = await app.Data.CreateStaffAsync(team, Grade.Spo);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var monday = today.AddDays(-56 - ((int)today.DayOfWeek + 6) % 7); // a Monday eight weeks back
        async Task AddAsync(Ethnicity ethnicity, int people, int waitedTwoWeeks)
        {
            for (var i = 0; i < people; i++)
            {
                var person = await app.Data.CreatePersonOnProbationAsync(po);
                await using var db = app.Database.CreateContext();
                await db.People.Where(p => p.Id == person.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Ethnicity, ethnicity));
                await db.Sentences.Where(x => x.Event.PersonId == person.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.SentenceDate, monday));
                await CurrentSentenceSummaries.RefreshAsync(db, [person.Id]); // a bulk update bypasses the context, which keeps the person's copy
                await db.Allocations.Where(a => a.PersonId == person.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.From, monday.AddDays(i < waitedTwoWeeks ? 14 : 1)));
            }
        }

        await AddAsync(Ethnicity.WhiteBritish, 40, 10);
        await AddAsync(Ethnicity.BlackCaribbean, 20, 12);

        var spo = await app.SignInAsync(spoEmail);
        var page = await spo.GetStringAsync("/oversight/equality?area=Team&measure=AllocationWait&dimension=Ethnicity");
        page.ShouldContain("60 people first allocated in the period");
        // 12 of 20 against 10 of 40: RRI 2.40, 95% CI exp(ln 2.4 ± 1.96 × sqrt(1/12 - 1/20 + 1/10 - 1/40)) = 1.26 to 4.57.
        page.ShouldContain("2.40 (1.26 to 4.57), significant");
        var csv = (await spo.GetStringAsync("/oversight/equality?area=Team&measure=AllocationWait&dimension=Ethnicity&format=csv")).Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var twoWeeks = Waypoint.Domain.Workload.WorkingDays.Between(monday, monday.AddDays(14)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        csv.ShouldContain("White British,40,10,25.0,1.00,,,1,reference group"); // 30 of 40 waited one working day
        csv.ShouldContain($"Black or Black British,20,12,60.0,2.40,1.26,4.57,{twoWeeks},");
    }
}
