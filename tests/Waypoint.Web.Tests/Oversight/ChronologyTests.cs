using System.Net;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Domain.Appointments;
using Waypoint.Domain.Enforcement;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.Sentencing;
using Waypoint.TestData;

namespace Waypoint.Web.Tests.Oversight;

[Collection(AppsCollection.Name)]
public class ChronologyTests(AppsFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_chronology_holds_every_kind_of_event_with_the_practitioners_workload_and_its_export_is_audited(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (po, poEmail) = await app.Data.CreateStaffAsync(team, firstName: "Chris");
        var (spo, spoEmail) = await app.Data.CreateStaffAsync(team, Grade.Spo, firstName: "Manager");
        var person = await app.Data.CreatePersonOnProbationAsync(po, "Sam", "Reviewed", flags: [RegistrationType.ChildProtectionConcerns], contacts: 2);
        var missed = await app.Data.CreateAppointmentAsync(person, po, DateTime.UtcNow.AddDays(-3));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using (var db = app.Database.CreateContext())
        {
            await db.Appointments.Where(a => a.Id == missed.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Outcome, AppointmentOutcome.DidNotAttend)
                .SetProperty(a => a.AbsenceJudgement, AbsenceJudgement.Unacceptable).SetProperty(a => a.AbsenceReason, AbsenceReason.NoExplanation));
            await db.Registrations.Where(r => r.PersonId == person.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.StartDate, today.AddDays(-20)));
            await db.Allocations.Where(a => a.PersonId == person.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.From, today.AddDays(-30)));
            db.EnforcementDecisions.Add(new EnforcementDecision
            {
                PersonId = person.Id, AppointmentId = missed.Id, Recommended = EnforcementAction.Warning, RecommendationReason = "First failure", Decision = EnforcementAction.Warning,
                WhatHappened = "Missed supervision", PersonsExplanation = "None", RiskConsidered = "Stable", OptionsConsidered = "Warning", Rationale = "Proportionate",
                Status = DecisionStatus.InForce, DecidedByStaffMemberId = po.Id, DecidedAt = DateTime.UtcNow.AddDays(-2),
            });
            db.ManagementOversights.Add(new ManagementOversight { PersonId = person.Id, AuthorStaffMemberId = spo.Id, Reviewed = "Risk plan", Direction = "Home visit", CreatedAt = DateTime.UtcNow.AddDays(-1) });
            db.TierCalculations.Add(new TierCalculation
            {
                PersonId = person.Id, CalculatedAt = DateTime.UtcNow.AddDays(-5), Tier = "C", ProtectChangeTier = "C2", Trigger = "Assessment completed", InputsJson = "{}", StepsJson = "[]",
            });
            db.WorkloadSnapshots.Add(new WorkloadSnapshot { StaffMemberId = po.Id, Date = today.AddDays(-3), TotalPoints = 800, AvailablePoints = 1000, CapacityPercent = 80.0m, Cases = 42, UpdatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var manager = await app.SignInAsync(spoEmail);
        var page = await manager.GetStringAsync($"/cases/{person.Crn}/chronology?from={today.AddDays(-60):yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        foreach (var kind in new[] { "Contact: office visit", "Appointment booked", "Appointment outcome", "Notification", "Tier", "Risk flag added", "Allocation", "Enforcement decision: Warning", "Management oversight" })
        {
            page.ShouldContain(kind);
        }

        page.ShouldContain("Chris Tester, 42 cases, 80.0%");

        var csv = await manager.GetAsync($"/cases/{person.Crn}/chronology?from={today.AddDays(-60):yyyy-MM-dd}&to={today:yyyy-MM-dd}&format=csv");
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        (await csv.Content.ReadAsStringAsync()).ShouldStartWith("when,what,detail,by,responsible_practitioner,their_cases,their_workload_percent");
        var pdf = await manager.GetAsync($"/cases/{person.Crn}/chronology?format=pdf");
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");

        await using (var db = app.Database.CreateContext())
        {
            var audits = await db.AuditEntries.Where(a => a.Crn == person.Crn && a.Details!.StartsWith("Chronology")).Select(a => a.Details).ToListAsync();
            audits.ShouldContain(w => w!.EndsWith("(csv)", StringComparison.Ordinal));
            audits.ShouldContain(w => w!.EndsWith("(pdf)", StringComparison.Ordinal));
        }
    }
}
