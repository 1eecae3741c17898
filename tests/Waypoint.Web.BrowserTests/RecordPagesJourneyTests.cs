using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Waypoint.Data;
using Waypoint.Domain.Notifications;
using Waypoint.Domain.Workload;

namespace Waypoint.Web.BrowserTests;

/// <summary>The smaller record pages (work and caring hours, court reports, holidays) and the person's reply page, with axe on each.</summary>
[Collection(BrowserCollection.Name)]
public partial class RecordPagesJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task Hours_reports_holidays_and_the_one_time_reply_page_are_usable_and_accessible()
    {
        var person = await app.Data.CreatePersonOnProbationAsync(app.Practitioner, "Kit", "Records");
        var page = await app.SignInAsync(app.PractitionerEmail);

        await page.GotoAsync($"/cases/{person.Crn}/appointments/commitments");
        await page.GetByLabel("Work", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Day", new() { Exact = true }).SelectOptionAsync("Monday");
        await page.GetByLabel("From").FillAsync("9am");
        await page.GetByLabel("To", new() { Exact = true }).FillAsync("1pm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
        await page.GetByRole(AriaRole.Cell, new() { Name = "9am to 1pm" }).WaitForAsync();
        await BrowserFixture.CheckAsync(page, "120-work-and-caring-hours");

        await page.GotoAsync($"/cases/{person.Crn}/reports");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the request" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await BrowserFixture.CheckAsync(page, "121-court-reports-error");

        // Book so that a message with a one-time link exists, then open the link as the person would (no sign-in).
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(12);
        while (!WorkingDays.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        await page.GotoAsync($"/cases/{person.Crn}/appointments/book");
        await page.GetByLabel("Day", new() { Exact = true }).FillAsync(day.Day.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Month", new() { Exact = true }).FillAsync(day.Month.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Year", new() { Exact = true }).FillAsync(day.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Start time").FillAsync("2pm");
        await page.GetByLabel("End time").FillAsync("3pm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Book the appointment" }).ClickAsync();
        await page.Locator(".govuk-notification-banner", new() { HasText = "Appointment booked" }).WaitForAsync();
        await page.Context.CloseAsync();

        string body;
        await using (var db = app.CreateContext())
        {
            body = await db.OutboxMessages.Where(m => m.PersonId == person.Id && m.Purpose == MessagePurpose.AppointmentBooked).Select(m => m.Body).SingleAsync();
        }

        var token = LinkPattern().Match(body).Groups[1].Value;
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl });
        var reply = await context.NewPageAsync();
        await reply.GotoAsync($"/r/{token}");
        await reply.Locator("h1", new() { HasText = "Your probation appointment" }).WaitForAsync();
        (await reply.ContentAsync()).ShouldNotContain("Records");
        await BrowserFixture.CheckAsync(reply, "122-reply-page");
        await reply.GetByLabel("No, I need to change it").CheckAsync();
        await reply.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await reply.Locator("h1", new() { HasText = "Thank you" }).WaitForAsync();
        await BrowserFixture.CheckAsync(reply, "123-reply-sent");
        await context.CloseAsync();

        var admin = await app.SignInAsync(await app.Data.CreateAccountAsync(Roles.Administrator));
        await admin.GotoAsync("/admin/service-holidays");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add the holiday" }).ClickAsync();
        await admin.Locator(".govuk-error-summary").WaitForAsync();
        await BrowserFixture.CheckAsync(admin, "124-holidays-error");
        await admin.Context.CloseAsync();
    }

    [GeneratedRegex(@"/r/([A-Za-z0-9_\-]+)")]
    private static partial Regex LinkPattern();
}
