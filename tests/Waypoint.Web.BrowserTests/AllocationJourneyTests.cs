using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Waypoint.Web.BrowserTests;

/// <summary>A team manager allocates a waiting case end to end, with axe on every page.</summary>
[Collection(BrowserCollection.Name)]
public class AllocationJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task The_spo_allocates_a_waiting_case_in_three_pages()
    {
        var spo = await app.SignInAsync(app.SpoEmail);
        await spo.GetByRole(AriaRole.Link, new() { Name = "Allocations", Exact = true }).ClickAsync();
        await spo.Locator("h1", new() { HasText = "Cases to allocate" }).WaitForAsync();
        await BrowserFixture.CheckAsync(spo, "80-allocation-queue");
        await spo.GetByRole(AriaRole.Link, new() { Name = "Riley Waiting" }).ClickAsync();
        await spo.Locator("h1", new() { HasText = "Allocate Riley Waiting" }).WaitForAsync();
        await BrowserFixture.CheckAsync(spo, "81-allocation-recommendations");
        await spo.GetByRole(AriaRole.Link, new() { Name = "Allocate to Priya Tester" }).ClickAsync();
        await spo.Locator("h1", new() { HasText = "Allocate to Priya Tester" }).WaitForAsync();
        await spo.GetByRole(AriaRole.Button, new() { Name = "Allocate the case" }).ClickAsync();
        await spo.Locator(".govuk-error-summary").WaitForAsync();
        await BrowserFixture.CheckAsync(spo, "82-allocation-decision-error");
        await spo.GetByLabel("Rationale").FillAsync("Priya has capacity and knows the local housing services Riley needs.");
        await spo.GetByRole(AriaRole.Button, new() { Name = "Allocate the case" }).ClickAsync();
        await BrowserFixture.WaitForAddressAsync(spo, new Regex("/allocations\\?allocated="));
        await spo.Locator(".govuk-notification-banner", new() { HasText = "allocated" }).WaitForAsync();
        await BrowserFixture.CheckAsync(spo, "83-allocated");
        await spo.Context.CloseAsync();

        // The practitioner sees the new allocation with the manager's words.
        var practitioner = await app.SignInAsync(app.PractitionerEmail);
        await practitioner.Locator("#newallocations", new() { HasText = "New allocations" }).WaitForAsync();
        await practitioner.GetByRole(AriaRole.Link, new() { Name = "My caseload" }).ClickAsync();
        await practitioner.Locator(".govuk-notification-banner", new() { HasText = "Riley Waiting" }).WaitForAsync();
        await BrowserFixture.CheckAsync(practitioner, "84-new-allocation-on-caseload");
        await practitioner.Context.CloseAsync();
    }
}
