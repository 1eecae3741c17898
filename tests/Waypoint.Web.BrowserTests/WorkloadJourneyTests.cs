using Microsoft.Playwright;

namespace Waypoint.Web.BrowserTests;

/// <summary>The practitioner's and the team manager's workload pages, with axe.</summary>
[Collection(BrowserCollection.Name)]
public class WorkloadJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task A_practitioner_sees_their_workload_and_the_spo_sees_the_team()
    {
        var page = await app.SignInAsync(app.PractitionerEmail);
        await page.GetByRole(AriaRole.Link, new() { Name = "My workload" }).ClickAsync();
        await page.Locator("h1", new() { HasText = "My workload" }).WaitForAsync();
        (await page.ContentAsync()).ShouldContain("Available points");
        await BrowserFixture.CheckAsync(page, "70-my-workload");
        await page.Context.CloseAsync();

        var spo = await app.SignInAsync(app.SpoEmail);
        await spo.GetByRole(AriaRole.Link, new() { Name = "Team workload", Exact = true }).ClickAsync();
        await spo.Locator("h1", new() { HasText = "Team workload" }).WaitForAsync();
        await BrowserFixture.CheckAsync(spo, "71-team-workload");
        await spo.GetByRole(AriaRole.Link, new() { Name = "Priya Tester" }).ClickAsync();
        await spo.Locator("#practitioner").WaitForAsync();
        await BrowserFixture.CheckAsync(spo, "72-team-workload-practitioner");
        await spo.GetByRole(AriaRole.Link, new() { Name = "Manage Priya Tester's reductions" }).ClickAsync();
        await spo.Locator("h1", new() { HasText = "Reductions" }).WaitForAsync();
        await BrowserFixture.CheckAsync(spo, "73-reductions");
        await spo.GetByRole(AriaRole.Button, new() { Name = "Save reduction" }).ClickAsync();
        await spo.Locator(".govuk-error-summary").WaitForAsync();
        await BrowserFixture.CheckAsync(spo, "74-reductions-error");
        await spo.GetByLabel("Reason").SelectOptionAsync("CourtDuty");
        await spo.GetByLabel("Hours a week", new() { Exact = true }).CheckAsync();
        await spo.GetByLabel("Hours or percentage").FillAsync("3.7");
        await spo.GetByRole(AriaRole.Button, new() { Name = "Save reduction" }).ClickAsync();
        await spo.Locator(".govuk-notification-banner", new() { HasText = "Reduction saved" }).WaitForAsync();
        await BrowserFixture.CheckAsync(spo, "75-reduction-saved");

        await spo.GetByRole(AriaRole.Link, new() { Name = "Cover", Exact = true }).ClickAsync();
        await spo.Locator("h1", new() { HasText = "Absence and cover" }).WaitForAsync();
        await BrowserFixture.CheckAsync(spo, "76-cover");
        await spo.GetByLabel("Who").SelectOptionAsync(new SelectOptionValue { Label = "Neil Tester" });
        await spo.GetByLabel("Training").CheckAsync();
        var today = DateTime.UtcNow;
        await spo.Locator("#from-day").FillAsync(today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await spo.Locator("#from-month").FillAsync(today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await spo.Locator("#from-year").FillAsync(today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await spo.Locator("#to-day").FillAsync(today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await spo.Locator("#to-month").FillAsync(today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await spo.Locator("#to-year").FillAsync(today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await spo.GetByRole(AriaRole.Button, new() { Name = "Record absence" }).ClickAsync();
        await spo.Locator(".govuk-notification-banner", new() { HasText = "Absence recorded" }).WaitForAsync();
        (await spo.ContentAsync()).ShouldContain("Neil Tester: training");
        await BrowserFixture.CheckAsync(spo, "77-absence-recorded");
        await spo.Context.CloseAsync();
    }
}
