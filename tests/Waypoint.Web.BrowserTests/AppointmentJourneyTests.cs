using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Waypoint.Domain.Appointments;
using Waypoint.Domain.Notifications;
using Waypoint.Domain.Workload;

namespace Waypoint.Web.BrowserTests;

/// <summary>Appointments and enforcement as a practitioner and a manager use them, with axe on every page.</summary>
[Collection(BrowserCollection.Name)]
public partial class AppointmentJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task A_practitioner_books_an_appointment_past_the_warnings_and_sees_it_in_the_diary()
    {
        var person = await app.Data.CreatePersonOnProbationAsync(app.Practitioner, "Taylor", "Booked");
        var page = await app.SignInAsync(app.PractitionerEmail);
        await page.GotoAsync($"/cases/{person.Crn}/appointments");
        await page.Locator("h2", new() { HasText = "Appointments" }).WaitForAsync();
        await BrowserFixture.CheckAsync(page, "90-appointments-empty");
        await page.GetByRole(AriaRole.Link, new() { Name = "Book an appointment" }).ClickAsync();
        await BrowserFixture.CheckAsync(page, "91-book-appointment");

        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10);
        while (!WorkingDays.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        await page.GetByLabel("Three-way meeting").CheckAsync();
        await page.GetByLabel("Day", new() { Exact = true }).FillAsync(day.Day.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Month", new() { Exact = true }).FillAsync(day.Month.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Year", new() { Exact = true }).FillAsync(day.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Start time").FillAsync("6pm");
        await page.GetByLabel("End time").FillAsync("7pm");
        await page.GetByLabel("What to bring (optional)").FillAsync("your payslips");
        await page.GetByRole(AriaRole.Button, new() { Name = "Book the appointment" }).ClickAsync();
        await page.GetByText("This is outside office hours").WaitForAsync();
        await BrowserFixture.CheckAsync(page, "92-book-warnings");
        await page.GetByLabel("Reason for booking despite the warnings").FillAsync("Meeting with the person's employer after their shift.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Book anyway" }).ClickAsync();
        await page.Locator(".govuk-notification-banner", new() { HasText = "Appointment booked" }).WaitForAsync();
        await page.GetByText("Not yet delivered").First.WaitForAsync();
        await BrowserFixture.CheckAsync(page, "93-appointment-booked");
        await page.Locator("a", new() { HasTextRegex = new Regex("6pm to 7pm") }).ClickAsync();
        await page.Locator("h1", new() { HasText = "Three-way meeting" }).WaitForAsync();
        await page.GetByText("Meeting with the person's employer after their shift.").WaitForAsync();
        await BrowserFixture.CheckAsync(page, "94-appointment");

        await page.GetByRole(AriaRole.Link, new() { Name = "My diary" }).ClickAsync();
        await page.GotoAsync($"/diary?view=week&date={day:yyyy-MM-dd}");
        await page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link, new() { Name = $"Taylor Booked ({person.Crn})" }).WaitForAsync();
        await BrowserFixture.CheckAsync(page, "95-diary");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_absence_without_evidence_of_notification_cannot_be_judged_unacceptable()
    {
        var person = await app.Data.CreatePersonOnProbationAsync(app.Practitioner, "Drew", "Unnotified");
        var missed = await app.Data.CreateAppointmentAsync(person, app.Practitioner, DateTime.UtcNow.AddDays(-1), NotificationStatus.Failed);
        var page = await app.SignInAsync(app.PractitionerEmail);
        await page.GotoAsync($"/cases/{person.Crn}/appointments");
        await page.GetByText("Not notified").First.WaitForAsync();
        await BrowserFixture.CheckAsync(page, "96-appointments-not-notified");
        await page.GotoAsync($"/cases/{person.Crn}/appointments/{missed.Id}/outcome");
        await page.GetByText("No evidence the person was told.").WaitForAsync();
        await BrowserFixture.CheckAsync(page, "97-outcome");
        await page.GetByLabel("Did not attend").CheckAsync();
        await page.GetByLabel("Unacceptable").CheckAsync();
        await page.GetByLabel("Reason given").SelectOptionAsync(nameof(AbsenceReason.NoExplanation));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the outcome" }).ClickAsync();
        await page.Locator(".govuk-error-summary", new() { HasText = "This absence cannot be judged unacceptable" }).WaitForAsync();
        await BrowserFixture.CheckAsync(page, "98-outcome-blocked");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_warning_then_a_breach_countersigned_by_the_manager()
    {
        var person = await app.Data.CreatePersonOnProbationAsync(app.Practitioner, "Jamie", "Breached");
        var first = await app.Data.CreateAppointmentAsync(person, app.Practitioner, DateTime.UtcNow.AddDays(-12));
        var page = await app.SignInAsync(app.PractitionerEmail);
        await RecordUnacceptableAsync(page, person.Crn, first.Id);
        await page.GetByRole(AriaRole.Link, new() { Name = "Record an enforcement decision" }).ClickAsync();
        await page.Locator("#recommendation", new() { HasText = "Policy recommends: Warning." }).WaitForAsync();
        await BrowserFixture.CheckAsync(page, "100-decide-warning");
        await FillReasonsAsync(page, "First failure: a warning is proportionate.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await page.Locator(".govuk-notification-banner", new() { HasText = "Decision recorded" }).WaitForAsync();
        await BrowserFixture.CheckAsync(page, "101-enforcement-warning");

        await using (var db = app.CreateContext())
        {
            await db.EnforcementDecisions.Where(d => d.PersonId == person.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.DecidedAt, DateTime.UtcNow.AddDays(-6)));
        }

        var second = await app.Data.CreateAppointmentAsync(person, app.Practitioner, DateTime.UtcNow.AddDays(-2));
        await RecordUnacceptableAsync(page, person.Crn, second.Id);
        await page.GetByRole(AriaRole.Link, new() { Name = "Record an enforcement decision" }).ClickAsync();
        await page.Locator("#recommendation", new() { HasText = "Policy recommends: Breach action." }).WaitForAsync();
        await FillReasonsAsync(page, "Second failure within the warning period.");
        await page.GetByLabel("Breach action (recommended)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await page.Locator("#breach-progress", new() { HasText = "Breach decided" }).WaitForAsync();
        await page.Context.CloseAsync();

        var spo = await app.SignInAsync(app.SpoEmail);
        await spo.GetByRole(AriaRole.Link, new() { Name = "Enforcement", Exact = true }).ClickAsync();
        await spo.Locator("h1", new() { HasText = "Enforcement decisions to countersign" }).WaitForAsync();
        await BrowserFixture.CheckAsync(spo, "102-countersign-queue");
        await spo.GetByRole(AriaRole.Link, new() { Name = $"Jamie Breached ({person.Crn})" }).ClickAsync();
        await spo.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await spo.Locator(".govuk-error-summary").WaitForAsync();
        await BrowserFixture.CheckAsync(spo, "103-countersign-error");
        await spo.GetByLabel("Countersign: the decision takes effect").CheckAsync();
        await spo.GetByLabel("Your reasoning").FillAsync("Agreed: no exceptional circumstances; risk stable but engagement has broken down.");
        await spo.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await spo.Locator(".govuk-notification-banner", new() { HasText = "countersigned" }).WaitForAsync();
        await spo.GotoAsync($"/cases/{person.Crn}/enforcement");
        await spo.Locator("#breach-progress li.wp-progress__done", new() { HasText = "Countersigned" }).WaitForAsync();
        await BrowserFixture.CheckAsync(spo, "104-enforcement-countersigned");

        // The manager records oversight; it shows on the case and on the practitioner's week.
        await spo.GetByRole(AriaRole.Link, new() { Name = "Oversight" }).ClickAsync();
        await spo.GetByLabel("What you reviewed").FillAsync("The breach and the risk management plan.");
        await spo.GetByLabel("Direction given").FillAsync("See Jamie weekly until the court date and update the plan.");
        await spo.GetByRole(AriaRole.Button, new() { Name = "Record oversight" }).ClickAsync();
        await spo.GetByText("See Jamie weekly until the court date").First.WaitForAsync();
        await BrowserFixture.CheckAsync(spo, "105-oversight");
        await spo.Context.CloseAsync();
        var practitioner = await app.SignInAsync(app.PractitionerEmail);
        await practitioner.GetByText("Direction from Sandra Tester: See Jamie weekly").WaitForAsync();
        await BrowserFixture.CheckAsync(practitioner, "106-my-week-with-oversight");
        await practitioner.Context.CloseAsync();
    }

    private static async Task RecordUnacceptableAsync(IPage page, string crn, int appointmentId)
    {
        await page.GotoAsync($"/cases/{crn}/appointments/{appointmentId}/outcome");
        await page.GetByLabel("Did not attend").CheckAsync();
        await page.GetByLabel("Unacceptable").CheckAsync();
        await page.GetByLabel("Reason given").SelectOptionAsync(nameof(AbsenceReason.NoExplanation));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the outcome" }).ClickAsync();
        await BrowserFixture.WaitForAddressAsync(page, new Regex($"/appointments/{appointmentId}$"));
    }

    private static async Task FillReasonsAsync(IPage page, string rationale)
    {
        await page.GetByLabel("The person's explanation").FillAsync("None given; asked by SMS.");
        await page.GetByLabel("Risk and protective factors considered").FillAsync("Medium risk; settled housing; part-time work.");
        await page.GetByLabel("Options considered").FillAsync("Warning, extra appointment, breach.");
        await page.GetByLabel("Rationale for your decision").FillAsync(rationale);
    }
}
