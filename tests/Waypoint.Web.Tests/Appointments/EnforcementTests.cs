using System.Net;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Domain.Appointments;
using Waypoint.Domain.Enforcement;
using Waypoint.Domain.Notifications;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.Sentencing;
using Waypoint.TestData;

namespace Waypoint.Web.Tests.Appointments;

[Collection(AppsCollection.Name)]
public class EnforcementTests(AppsFixture apps)
{
    private static Dictionary<string, string> Reasons(string decision, string? overrideReason = null)
    {
        var form = new Dictionary<string, string>
        {
            ["Decision"] = decision, ["WhatHappened"] = "Did not attend supervision.", ["PersonsExplanation"] = "None given; asked by SMS and by the one-time link.",
            ["RiskConsidered"] = "Medium risk of serious harm; stable housing and work.", ["OptionsConsidered"] = "Warning, further appointment, breach.",
            ["Rationale"] = "Proportionate response given engagement so far.",
        };
        if (overrideReason is not null)
        {
            form["OverrideReason"] = overrideReason;
        }

        return form;
    }

    private static async Task MarkUnacceptableAsync(WaypointApp app, Appointment appointment)
    {
        await using var db = app.Database.CreateContext();
        await db.Appointments.Where(a => a.Id == appointment.Id).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.Outcome, AppointmentOutcome.DidNotAttend)
            .SetProperty(a => a.AbsenceJudgement, AbsenceJudgement.Unacceptable)
            .SetProperty(a => a.AbsenceReason, AbsenceReason.NoExplanation));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_first_failure_gets_a_warning_letter_and_a_further_failure_a_countersigned_breach(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (po, poEmail) = await app.Data.CreateStaffAsync(team);
        var (_, spoEmail) = await app.Data.CreateStaffAsync(team, Grade.Spo, firstName: "Senior");
        var person = await app.Data.CreatePersonOnProbationAsync(po, "Kim", "Enforced");
        var practitioner = await app.SignInAsync(poEmail);

        var first = await app.Data.CreateAppointmentAsync(person, po, DateTime.UtcNow.AddDays(-10));
        await MarkUnacceptableAsync(app, first);
        var page = await practitioner.GetStringAsync($"/cases/{person.Crn}/enforcement/decide?appointment={first.Id}");
        page.ShouldContain("Policy recommends: Warning.");

        // Deciding otherwise without saying why is refused.
        var noReason = await WaypointApp.PostFormAsync(practitioner, $"/cases/{person.Crn}/enforcement/decide?appointment={first.Id}", Reasons("BreachAction"));
        (await noReason.Content.ReadAsStringAsync()).ShouldContain("The policy recommends warning: say why you decided otherwise.");

        (await WaypointApp.PostFormAsync(practitioner, $"/cases/{person.Crn}/enforcement/decide?appointment={first.Id}", Reasons("Warning"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = app.Database.CreateContext())
        {
            var warning = await db.EnforcementDecisions.SingleAsync(d => d.PersonId == person.Id);
            warning.Status.ShouldBe(DecisionStatus.InForce);
            warning.BreachStage.ShouldBe(BreachStage.WarningGiven);
            warning.ResponseDueOn.ShouldNotBeNull();
            var letter = await db.OutboxMessages.SingleAsync(m => m.Id == warning.LetterMessageId);
            letter.IdempotencyKey.ShouldBe($"decision-{warning.Id}-warning-letter");
            letter.Channel.ShouldBe(NotificationChannel.Sms);
            letter.Body.ShouldContain("This is a formal warning.");
            letter.Body.ShouldContain("within the next 12 months");
            (await db.Contacts.CountAsync(c => c.PersonId == person.Id && c.Type == ContactType.EnforcementDecision)).ShouldBe(1);
        }

        var letterPdf = await practitioner.GetAsync($"/cases/{person.Crn}/enforcement?handler=Document&id={(await FirstDecisionIdAsync(app, person))}");
        letterPdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");

        // A further failure within 12 months of the warning (given, say, five days ago): breach action, which needs the SPO.
        await using (var db = app.Database.CreateContext())
        {
            await db.EnforcementDecisions.Where(d => d.PersonId == person.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.DecidedAt, DateTime.UtcNow.AddDays(-5)));
        }

        var second = await app.Data.CreateAppointmentAsync(person, po, DateTime.UtcNow.AddDays(-2));
        await MarkUnacceptableAsync(app, second);
        (await practitioner.GetStringAsync($"/cases/{person.Crn}/enforcement/decide?appointment={second.Id}")).ShouldContain("Policy recommends: Breach action.");
        (await WaypointApp.PostFormAsync(practitioner, $"/cases/{person.Crn}/enforcement/decide?appointment={second.Id}", Reasons("BreachAction"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        int breachId;
        await using (var db = app.Database.CreateContext())
        {
            var breach = await db.EnforcementDecisions.SingleAsync(d => d.AppointmentId == second.Id);
            breach.Status.ShouldBe(DecisionStatus.AwaitingCountersignature);
            breach.ActBy.ShouldNotBeNull();
            breachId = breach.Id;
        }

        (await practitioner.GetAsync($"/enforcement/countersign/{breachId}")).StatusCode.ShouldBe(HttpStatusCode.Redirect); // not the practitioner's to sign
        var spo = await app.SignInAsync(spoEmail);
        (await spo.GetStringAsync("/enforcement/countersign")).ShouldContain("Kim Enforced");
        var signed = await WaypointApp.PostFormAsync(spo, $"/enforcement/countersign/{breachId}", new() { ["Verdict"] = "agree", ["Reasoning"] = "Second failure within the warning period; no exceptional circumstances." });
        signed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = app.Database.CreateContext())
        {
            var breach = await db.EnforcementDecisions.SingleAsync(d => d.Id == breachId);
            breach.Status.ShouldBe(DecisionStatus.InForce);
            breach.BreachStage.ShouldBe(BreachStage.Countersigned);
            breach.CountersignReasoning.ShouldBe("Second failure within the warning period; no exceptional circumstances.");
        }

        (await WaypointApp.PostFormAsync(practitioner, $"/cases/{person.Crn}/enforcement?handler=Stage", new() { ["DecisionId"] = breachId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Stage"] = "BreachPackReady" }, $"/cases/{person.Crn}/enforcement"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var progress = await practitioner.GetStringAsync($"/cases/{person.Crn}/enforcement");
        progress.ShouldContain("Breach pack ready");
        progress.ShouldContain("Countersigned by Senior Tester");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_licence_failure_is_a_recall_consideration_with_a_generated_report(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (po, poEmail) = await app.Data.CreateStaffAsync(team);
        var person = await app.Data.CreatePersonOnProbationAsync(po, "Lee", "Licence", SentenceType.CustodyWithLicence);
        var practitioner = await app.SignInAsync(poEmail);
        var missed = await app.Data.CreateAppointmentAsync(person, po, DateTime.UtcNow.AddDays(-1));
        await MarkUnacceptableAsync(app, missed);
        var url = $"/cases/{person.Crn}/enforcement/decide?appointment={missed.Id}";
        (await practitioner.GetStringAsync(url)).ShouldContain("Policy recommends: Recall.");

        var incomplete = await WaypointApp.PostFormAsync(practitioner, url, Reasons("Recall"));
        var html = await incomplete.Content.ReadAsStringAsync();
        html.ShouldContain("Enter the licence conditions breached");

        var form = Reasons("Recall");
        form["LicenceConditionsBreached"] = "Standard condition 3: keep in touch with the supervising officer.";
        form["ResponseToSupervision"] = "Missed three of the last five appointments.";
        form["AlternativesTried"] = "Increased reporting; a warning in October.";
        form["RecallType"] = "FixedTerm";
        (await WaypointApp.PostFormAsync(practitioner, url, form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = await FirstDecisionIdAsync(app, person);
        var report = await practitioner.GetAsync($"/cases/{person.Crn}/enforcement?handler=Document&id={id}");
        report.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var bytes = await report.Content.ReadAsByteArrayAsync();
        System.Text.Encoding.ASCII.GetString(bytes, 0, 5).ShouldBe("%PDF-");
        await using var db = app.Database.CreateContext();
        var recall = await db.EnforcementDecisions.SingleAsync(d => d.Id == id);
        recall.Status.ShouldBe(DecisionStatus.AwaitingCountersignature);
        recall.RecallType.ShouldBe(RecallType.FixedTerm);
        recall.LetterMessageId.ShouldBeNull();
    }

    private static async Task<int> FirstDecisionIdAsync(WaypointApp app, Person person)
    {
        await using var db = app.Database.CreateContext();
        return await db.EnforcementDecisions.Where(d => d.PersonId == person.Id).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
    }
}
