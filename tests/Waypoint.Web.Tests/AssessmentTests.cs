using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Domain.Assessments;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.Sentencing;
using Waypoint.Domain.Tiering;
using Waypoint.TestData;

namespace Waypoint.Web.Tests;

/// <summary>The assessment through HTTP: start, answer each section, write the plan, complete, countersign.</summary>
[Collection(AppsCollection.Name)]
public partial class AssessmentTests(AppsFixture apps)
{
    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();

    private sealed record Arranged(WaypointApp App, HttpClient Client, Person Person, Team Team);

    private async Task<Arranged> ArrangeAsync(DatabaseProvider provider, Grade grade = Grade.Po, IEnumerable<RegistrationType>? flags = null)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (me, email) = await app.Data.CreateStaffAsync(team, grade);
        var person = await app.Data.CreatePersonOnProbationAsync(me, flags: flags);
        await using (var db = app.Database.CreateContext())
        {
            var p = await db.People.SingleAsync(x => x.Id == person.Id);
            p.TotalSanctions = 6;
            p.AgeAtFirstSanction = 17;
            var offence = await db.Offences.FirstAsync(o => db.Events.Any(e => e.Id == o.EventId && e.PersonId == person.Id));
            offence.OffenceCode = "02700";
            await db.SaveChangesAsync();
        }

        return new Arranged(app, await app.SignInAsync(email), person, team);
    }

    /// <summary>Form fields answering every question of a section, as a practitioner would.</summary>
    private static Dictionary<string, string> Answers(Section section, string rosh)
    {
        var fields = new Dictionary<string, string>();
        foreach (var q in section.Questions)
        {
            var id = $"answer-{q.Key}";
            if (q.RequiredWhen is not null)
            {
                continue; // applies only to a sexual-offending history, answered "no" here
            }

            switch (q.Kind)
            {
                case AnswerKind.Problem: fields[id] = "SOME_PROBLEMS"; break;
                case AnswerKind.YesNo or AnswerKind.Fact: fields[id] = "NO"; break;
                case AnswerKind.Motivation: fields[id] = "PARTIAL_MOTIVATION"; break;
                case AnswerKind.Injecting: fields[id] = "NEVER"; break;
                case AnswerKind.RelationshipStatus: fields[id] = "NOT_IN_RELATIONSHIP"; break;
                case AnswerKind.Checklist: fields[id] = q.Key == "drugsUsed" ? "hasCannabisUsage" : "NONE"; break;
                case AnswerKind.Count: fields[id] = "2"; break;
                case AnswerKind.Rosh: fields[id] = q.Key == "roshPublic" ? rosh : "LOW"; break;
                case AnswerKind.Text: fields[id] = $"Considered: {q.Text}."; break;
            }
        }

        if (section.Kind == SectionKind.Needs)
        {
            fields["analysis"] = $"Analysis of {section.Title.ToLowerInvariant()}.";
        }

        return fields;
    }

    private static async Task<string> VersionOnAsync(HttpClient client, string url) =>
        VersionField().Match(await client.GetStringAsync(url)).Groups[1].Value;

    private static async Task<int> StartAsync(Arranged a)
    {
        var response = await WaypointApp.PostFormAsync(a.Client, $"/cases/{a.Person.Crn}/assessments?handler=Start", [], $"/cases/{a.Person.Crn}/assessments");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task AnswerEverythingAsync(Arranged a, int id, string rosh)
    {
        foreach (var section in Questionnaire.Sections)
        {
            var url = $"/cases/{a.Person.Crn}/assessments/{id}/sections/{section.Key}";
            var fields = Answers(section, rosh);
            fields["Version"] = await VersionOnAsync(a.Client, url);
            var response = await WaypointApp.PostFormAsync(a.Client, url, fields);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"saving {section.Key}");
        }

        var plan = await WaypointApp.PostFormAsync(a.Client, $"/cases/{a.Person.Crn}/assessments/{id}/sentence-plan?handler=Add", new()
        {
            ["Input.NeedArea"] = "employability",
            ["Input.Objective"] = "I want to get back into work as a driver",
            ["Input.Actions"] = "Referral to the employment advisor; CV workshop",
            ["Input.WhoDoesWhat"] = "Me: go to the workshop. Probation practitioner: make the referral",
        }, $"/cases/{a.Person.Crn}/assessments/{id}/sentence-plan");
        plan.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static async Task<HttpResponseMessage> CompleteAsync(Arranged a, int id)
    {
        var url = $"/cases/{a.Person.Crn}/assessments/{id}";
        return await WaypointApp.PostFormAsync(a.Client, $"{url}?handler=Complete", new() { ["Version"] = await VersionOnAsync(a.Client, url) }, url);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Completing_an_assessment_calculates_the_predictors_and_the_tier_and_writes_history(DatabaseProvider provider)
    {
        var a = await ArrangeAsync(provider, flags: [RegistrationType.DomesticAbusePerpetrator]);
        var id = await StartAsync(a);
        (await a.Client.GetStringAsync($"/cases/{a.Person.Crn}/assessments/{id}")).ShouldContain("Not yet started");
        await AnswerEverythingAsync(a, id, "MEDIUM");

        var completed = await CompleteAsync(a, id);
        completed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        completed.Headers.Location!.OriginalString.ShouldBe($"/cases/{a.Person.Crn}/risk?completed=true");

        await using var db = a.App.Database.CreateContext();
        var assessment = await db.Assessments.SingleAsync(x => x.Id == id);
        assessment.Status.ShouldBe(AssessmentStatus.Completed);
        assessment.OverallRosh.ShouldBe(RoshLevel.Medium);
        assessment.CountersignRequired.ShouldBeFalse();
        assessment.ArpScore.ShouldNotBeNull();
        assessment.ArpStatic.ShouldBe(false);
        assessment.CsrpScore.ShouldNotBeNull();
        var history = await db.TierCalculations.Where(t => t.PersonId == a.Person.Id).ToListAsync();
        history.Count.ShouldBe(1);
        history[0].Trigger.ShouldBe("Assessment completed");
        history[0].StepsJson.ShouldContain("Domestic abuse registration");
        var person = await db.People.SingleAsync(p => p.Id == a.Person.Id);
        person.CurrentTier.ShouldNotBeNull();
        person.CurrentTier!.Length.ShouldBe(1);
        string.CompareOrdinal(person.CurrentTier, "E").ShouldBeLessThanOrEqualTo(0, "the domestic abuse registration gives at least E");
        person.CurrentRosh.ShouldBe(RoshLevel.Medium);
        person.AssessmentReviewDueOn.ShouldBe(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(112));

        var risk = await a.Client.GetStringAsync($"/cases/{a.Person.Crn}/risk?completed=true");
        risk.ShouldContain($"Tier {person.CurrentTier}");
        risk.ShouldContain("Why this tier");
        risk.ShouldContain("All reoffending (ARP)");
        risk.ShouldContain("Assessment completed");

        // A completed assessment is never edited.
        var section = await a.Client.GetAsync($"/cases/{a.Person.Crn}/assessments/{id}/sections/accommodation");
        section.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Sexual_offending_counts_after_a_no_are_refused_with_a_message()
    {
        var a = await ArrangeAsync(DatabaseProvider.Sqlite);
        var id = await StartAsync(a);
        var url = $"/cases/{a.Person.Crn}/assessments/{id}/sections/offending";
        var fields = Answers(Questionnaire.Find("offending")!, "LOW");
        fields["answer-totalIndecentImageSanctions"] = "1";
        fields["Version"] = await VersionOnAsync(a.Client, url);
        var response = await WaypointApp.PostFormAsync(a.Client, url, fields);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Leave &#x27;Sanctions for indecent images&#x27; empty");
    }

    [Fact]
    public async Task An_incomplete_assessment_cannot_be_completed_and_says_what_is_missing()
    {
        var a = await ArrangeAsync(DatabaseProvider.Sqlite);
        var id = await StartAsync(a);
        var response = await CompleteAsync(a, id);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Complete the section: Accommodation");
        html.ShouldContain("Add at least one sentence plan objective");
    }

    [Fact]
    public async Task A_pso_with_high_rosh_needs_a_countersignature_which_the_spo_gives()
    {
        var a = await ArrangeAsync(DatabaseProvider.Sqlite, Grade.Pso);
        var id = await StartAsync(a);
        await AnswerEverythingAsync(a, id, "HIGH");
        (await CompleteAsync(a, id)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = a.App.Database.CreateContext())
        {
            (await db.Assessments.SingleAsync(x => x.Id == id)).Status.ShouldBe(AssessmentStatus.AwaitingCountersignature);
        }

        var (_, spoEmail) = await a.App.Data.CreateStaffAsync(a.Team, Grade.Spo);
        var spo = await a.App.SignInAsync(spoEmail);
        (await spo.GetStringAsync("/assessments/countersign")).ShouldContain($"/cases/{a.Person.Crn}/assessments/{id}");

        var url = $"/cases/{a.Person.Crn}/assessments/{id}";
        var missing = await WaypointApp.PostFormAsync(spo, $"{url}?handler=Countersign", new() { ["Version"] = await VersionOnAsync(spo, url), ["Decision"] = "return" }, url);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("Enter what the assessor needs to change");

        var signed = await WaypointApp.PostFormAsync(spo, $"{url}?handler=Countersign", new() { ["Version"] = await VersionOnAsync(spo, url), ["Decision"] = "countersign" }, url);
        signed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var check = a.App.Database.CreateContext();
        var assessment = await check.Assessments.SingleAsync(x => x.Id == id);
        assessment.Status.ShouldBe(AssessmentStatus.Completed);
        assessment.CountersignedByStaffMemberId.ShouldNotBeNull();
        (await spo.GetStringAsync("/assessments/countersign")).ShouldNotContain($"/assessments/{id}\"");
    }

    [Fact]
    public async Task A_stale_save_is_refused_without_overwriting_and_a_tampered_answer_is_a_bad_request()
    {
        var a = await ArrangeAsync(DatabaseProvider.Sqlite);
        var id = await StartAsync(a);
        var url = $"/cases/{a.Person.Crn}/assessments/{id}/sections/accommodation";
        var stale = await VersionOnAsync(a.Client, url);
        var first = Answers(Questionnaire.Find("accommodation")!, "LOW");
        first["Version"] = stale;
        (await WaypointApp.PostFormAsync(a.Client, url, first)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var second = new Dictionary<string, string>(first) { ["answer-suitabilityOfAccommodation"] = "SIGNIFICANT_PROBLEMS", ["Version"] = stale };
        var conflict = await WaypointApp.PostFormAsync(a.Client, url, second);
        conflict.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await conflict.Content.ReadAsStringAsync()).ShouldContain("Someone else saved this assessment");
        await using (var db = a.App.Database.CreateContext())
        {
            (await db.Assessments.SingleAsync(x => x.Id == id)).AnswersJson.ShouldContain("\"suitabilityOfAccommodation\":\"SOME_PROBLEMS\"");
        }

        var tampered = new Dictionary<string, string>(first) { ["answer-suitabilityOfAccommodation"] = "TERRIBLE", ["Version"] = await VersionOnAsync(a.Client, url) };
        (await WaypointApp.PostFormAsync(a.Client, url, tampered)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var badCount = Answers(Questionnaire.Find("offending")!, "LOW");
        badCount["answer-totalNumberOfViolentSanctions"] = "lots";
        var offendingUrl = $"/cases/{a.Person.Crn}/assessments/{id}/sections/offending";
        badCount["Version"] = await VersionOnAsync(a.Client, offendingUrl);
        var invalid = await WaypointApp.PostFormAsync(a.Client, offendingUrl, badCount);
        invalid.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await invalid.Content.ReadAsStringAsync()).ShouldContain("must be a whole number between 0 and 999");
    }

    [Fact]
    public async Task Someone_who_may_not_change_the_case_cannot_start_an_assessment()
    {
        var a = await ArrangeAsync(DatabaseProvider.Sqlite);
        var otherTeam = await a.App.Data.CreateTeamAsync();
        var (_, email) = await a.App.Data.CreateStaffAsync(otherTeam);
        var other = await a.App.SignInAsync(email);
        var page = await other.GetStringAsync($"/cases/{a.Person.Crn}/assessments");
        page.ShouldNotContain("Start an assessment");
        var response = await WaypointApp.PostFormAsync(other, $"/cases/{a.Person.Crn}/assessments?handler=Start", [], $"/cases/{a.Person.Crn}/assessments");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/access-denied");
        await using var db = a.App.Database.CreateContext();
        (await db.Assessments.AnyAsync(x => x.PersonId == a.Person.Id)).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Adding_and_ending_a_risk_flag_recalculates_the_tier_and_brings_the_review_forward(DatabaseProvider provider)
    {
        var a = await ArrangeAsync(provider);
        var id = await StartAsync(a);
        await AnswerEverythingAsync(a, id, "LOW");
        (await CompleteAsync(a, id)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var added = await WaypointApp.PostFormAsync(a.Client, $"/cases/{a.Person.Crn}/risk-flags/add", new()
        {
            ["Type"] = "Stalking",
            ["StartDate.Day"] = "1", ["StartDate.Month"] = "11", ["StartDate.Year"] = "2026",
            ["Notes"] = "Repeated unwanted contact with a former partner.",
        });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using (var db = a.App.Database.CreateContext())
        {
            var history = await db.TierCalculations.Where(t => t.PersonId == a.Person.Id).OrderBy(t => t.Id).ToListAsync();
            history.Count.ShouldBe(2);
            history[1].Trigger.ShouldBe("Risk flag added: Stalking");
            history[1].StepsJson.ShouldContain("Stalking registration");
            var person = await db.People.SingleAsync(p => p.Id == a.Person.Id);
            person.AssessmentReviewDueOn.ShouldBe(DateOnly.FromDateTime(DateTime.UtcNow));
            person.AssessmentReviewReason!.ShouldStartWith("Significant event: new registration");
        }

        var flags = await a.Client.GetStringAsync($"/cases/{a.Person.Crn}/risk-flags");
        flags.ShouldContain("End the Stalking flag");
        int flagId;
        await using (var db = a.App.Database.CreateContext())
        {
            flagId = await db.Registrations.Where(r => r.PersonId == a.Person.Id && r.Type == RegistrationType.Stalking).Select(r => r.Id).SingleAsync();
        }

        var ended = await WaypointApp.PostFormAsync(a.Client, $"/cases/{a.Person.Crn}/risk-flags?handler=End", new() { ["FlagId"] = flagId.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            $"/cases/{a.Person.Crn}/risk-flags");
        ended.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var check = a.App.Database.CreateContext();
        (await check.TierCalculations.Where(t => t.PersonId == a.Person.Id).OrderBy(t => t.Id).Select(t => t.Trigger).ToListAsync()).Last().ShouldBe("Risk flag ended: Stalking");
    }

    [Fact]
    public async Task A_mappa_flag_needs_its_category_and_level()
    {
        var a = await ArrangeAsync(DatabaseProvider.Sqlite);
        var response = await WaypointApp.PostFormAsync(a.Client, $"/cases/{a.Person.Crn}/risk-flags/add", new()
        {
            ["Type"] = "Mappa", ["StartDate.Day"] = "1", ["StartDate.Month"] = "11", ["StartDate.Year"] = "2026",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Select the MAPPA category and level");
    }
}
