using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Waypoint.Domain.Assessments;

namespace Waypoint.Web.BrowserTests;

/// <summary>A PSO completes an assessment through the task list; the team manager countersigns it. Axe on every page.</summary>
[Collection(BrowserCollection.Name)]
public class AssessmentJourneyTests(BrowserFixture app)
{
    private static string AnswerFor(Question q) => q.Kind switch
    {
        AnswerKind.Problem => q.Key == "temperControl" ? "SIGNIFICANT_PROBLEMS" : "SOME_PROBLEMS",
        AnswerKind.YesNo or AnswerKind.Fact => "NO",
        AnswerKind.Motivation => "PARTIAL_MOTIVATION",
        AnswerKind.Injecting => "NEVER",
        AnswerKind.RelationshipStatus => "IN_RELATIONSHIP_LIVING_TOGETHER",
        AnswerKind.Checklist => "NONE",
        AnswerKind.Count => "1",
        AnswerKind.Rosh => q.Key == "roshKnownAdult" ? "HIGH" : "LOW",
        _ => $"Discussed with Sam: {q.Text.ToLowerInvariant()}.",
    };

    [Fact]
    public async Task A_pso_completes_an_assessment_through_the_task_list_and_the_spo_countersigns_it()
    {
        var page = await app.SignInAsync(app.PsoEmail);
        await page.GotoAsync($"/cases/{app.PsoCase.Crn}/risk");
        (await page.ContentAsync()).ShouldContain("No tier has been calculated yet");
        await BrowserFixture.CheckAsync(page, "20-risk-before-assessment");
        await page.GetByRole(AriaRole.Link, new() { Name = "All assessments and sentence plans" }).ClickAsync();
        await BrowserFixture.CheckAsync(page, "21-assessments");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start an assessment" }).ClickAsync();
        await page.Locator(".govuk-task-list").WaitForAsync();
        await BrowserFixture.CheckAsync(page, "22-task-list");

        var number = 23;
        foreach (var section in Questionnaire.Sections)
        {
            await page.Locator($"#task-{section.Key} a").ClickAsync();
            await page.Locator("h2", new() { HasText = section.Title }).WaitForAsync();
            foreach (var q in section.Questions.Where(q => q.RequiredWhen is null))
            {
                var name = $"answer-{q.Key}";
                var value = AnswerFor(q);
                switch (q.Kind)
                {
                    case AnswerKind.Text:
                        await page.Locator($"textarea[name='{name}']").FillAsync(value);
                        break;
                    case AnswerKind.Count:
                        await page.Locator($"input[name='{name}']").FillAsync(value);
                        break;
                    default:
                        await page.Locator($"input[name='{name}'][value='{value}']").CheckAsync();
                        break;
                }
            }

            if (section.Kind == SectionKind.Needs)
            {
                await page.GetByLabel("Analysis").FillAsync($"{section.Title}: talked through with Sam at supervision.");
            }

            await BrowserFixture.CheckAsync(page, $"{number++}-section-{section.Key}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and return to the assessment" }).ClickAsync();
            await page.Locator($"#task-{section.Key}-status", new() { HasText = "Completed" }).WaitForAsync();
        }

        await page.Locator("#task-sentence-plan a").ClickAsync();
        await page.GetByLabel("Area of need").SelectOptionAsync("employability");
        await page.GetByLabel("Objective, in the person's own words").FillAsync("Get back into work as a delivery driver");
        await page.GetByLabel("Actions").FillAsync("Employment advisor referral; provisional licence");
        await page.GetByLabel("Who does what").FillAsync("Sam attends; Paul makes the referral");
        await BrowserFixture.CheckAsync(page, $"{number++}-sentence-plan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add objective" }).ClickAsync();
        await page.Locator(".govuk-summary-card", new() { HasText = "Get back into work" }).WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the assessment" }).ClickAsync();
        await BrowserFixture.CheckAsync(page, $"{number++}-task-list-complete");

        await page.GetByRole(AriaRole.Button, new() { Name = "Complete assessment" }).ClickAsync();
        await BrowserFixture.WaitForAddressAsync(page, new Regex("/risk\\?completed=true"));
        var risk = await page.ContentAsync();
        risk.ShouldContain("Assessment completed: the predictors and the tier have been recalculated");
        risk.ShouldContain("Awaiting countersignature");
        Regex.IsMatch(risk, "<strong>Tier [A-G]</strong>").ShouldBeTrue();
        await BrowserFixture.CheckAsync(page, $"{number++}-risk-after-assessment");
        await page.Context.CloseAsync();

        var spo = await app.SignInAsync(app.SpoEmail);
        await spo.GetByRole(AriaRole.Link, new() { Name = "Countersigning" }).ClickAsync();
        await BrowserFixture.CheckAsync(spo, $"{number++}-countersign-queue");
        await spo.GetByRole(AriaRole.Link, new() { Name = "Sam Okafor" }).ClickAsync();
        await spo.GetByLabel("Countersign it").CheckAsync();
        await BrowserFixture.CheckAsync(spo, $"{number++}-countersign-decision");
        await spo.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        await spo.Locator(".govuk-notification-banner", new() { HasText = "Assessment countersigned" }).WaitForAsync();
        await BrowserFixture.CheckAsync(spo, $"{number}-countersigned");
        await spo.Context.CloseAsync();
    }

    [Fact]
    public async Task A_practitioner_adds_a_risk_flag_and_the_tier_is_recalculated()
    {
        var page = await app.SignInAsync(app.PractitionerEmail);
        await page.GotoAsync($"/cases/{app.FlagCase.Crn}/risk-flags");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a risk flag" }).ClickAsync();
        await BrowserFixture.CheckAsync(page, "50-add-risk-flag");
        await page.GetByLabel("Flag", new() { Exact = true }).SelectOptionAsync("Mappa");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add risk flag" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await BrowserFixture.CheckAsync(page, "51-add-risk-flag-error");
        await page.GetByLabel("Flag", new() { Exact = true }).SelectOptionAsync("Stalking");
        await page.GetByLabel("Notes (optional)").FillAsync("Repeated unwanted contact with a former partner.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add risk flag" }).ClickAsync();
        await page.Locator(".govuk-notification-banner", new() { HasText = "Risk flag added" }).WaitForAsync();
        await BrowserFixture.CheckAsync(page, "52-risk-flag-added");
        await page.GotoAsync($"/cases/{app.FlagCase.Crn}/risk");
        (await page.ContentAsync()).ShouldContain("Risk flag added: Stalking");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_administrator_reviews_the_contact_standard()
    {
        var admin = await app.SignInAsync(await app.Data.CreateAccountAsync(Waypoint.Data.Roles.Administrator));
        await admin.GetByRole(AriaRole.Link, new() { Name = "Contact standard" }).ClickAsync();
        await admin.Locator("h1", new() { HasText = "Contact standard" }).WaitForAsync();
        (await admin.ContentAsync()).ShouldContain("In force");
        await BrowserFixture.CheckAsync(admin, "60-contact-standard");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save new version" }).ClickAsync();
        await admin.Locator(".govuk-error-summary").WaitForAsync();
        await BrowserFixture.CheckAsync(admin, "61-contact-standard-error");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Workload weights" }).ClickAsync();
        await admin.Locator("h1", new() { HasText = "Workload weights" }).WaitForAsync();
        await BrowserFixture.CheckAsync(admin, "62-workload-weights");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save new version" }).ClickAsync();
        await admin.Locator(".govuk-error-summary").WaitForAsync();
        await BrowserFixture.CheckAsync(admin, "63-workload-weights-error");
        await admin.Context.CloseAsync();
    }
}
