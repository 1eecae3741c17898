using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Domain.Appointments;
using Waypoint.Domain.Notifications;
using Waypoint.Domain.Workload;
using Waypoint.TestData;

namespace Waypoint.Web.Tests.Appointments;

[Collection(AppsCollection.Name)]
public class AppointmentsApiTests(AppsFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Booking_through_the_api_reports_warnings_as_a_problem_until_a_reason_is_given(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (staff, _) = await app.Data.CreateStaffAsync(team);
        var person = await app.Data.CreatePersonOnProbationAsync(staff);
        var api = await app.ApiClientAsync("appointments:read appointments:write");
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        while (!WorkingDays.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        var date = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        string Body(string? reason) => $$"""{"type":"homeVisit","start":"{{date}}T19:00:00","end":"{{date}}T19:45:00","location":"home","staffCode":"{{staff.StaffCode}}"{{(reason is null ? "" : $",\"overrideReason\":\"{reason}\"")}}}""";
        var warned = await api.PostAsync($"/api/v1/people/{person.Crn}/appointments", WaypointApp.Json(Body(null)));
        warned.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        warned.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(await warned.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("warnings")[0].GetProperty("kind").GetString().ShouldBe("OutsideOfficeHours");

        var created = await api.PostAsync($"/api/v1/people/{person.Crn}/appointments", WaypointApp.Json(Body("Evening home visit agreed with the person")));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var appointment = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        appointment.GetProperty("type").GetString().ShouldBe("HomeVisit");
        appointment.GetProperty("notified").GetString().ShouldBe("Pending");

        var bad = await api.PostAsync($"/api/v1/people/{person.Crn}/appointments", WaypointApp.Json("""{"type":"tea","location":"moon"}"""));
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        errors.TryGetProperty("type", out _).ShouldBeTrue();
        errors.TryGetProperty("staffCode", out _).ShouldBeTrue();

        var list = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/people/{person.Crn}/appointments")).RootElement;
        list.GetArrayLength().ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_outcome_api_refuses_an_unacceptable_absence_without_evidence_of_notification(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (staff, _) = await app.Data.CreateStaffAsync(team);
        var person = await app.Data.CreatePersonOnProbationAsync(staff);
        var never = await app.Data.CreateAppointmentAsync(person, staff, DateTime.UtcNow.AddDays(-1), told: null);
        var api = await app.ApiClientAsync("appointments:write");
        var refused = await api.PostAsync($"/api/v1/appointments/{never.Id}/outcome", WaypointApp.Json("""{"outcome":"didNotAttend","absenceJudgement":"unacceptable","absenceReason":"noExplanation"}"""));
        refused.StatusCode.ShouldBe((HttpStatusCode)422);
        JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!.ShouldContain("never told");

        var ok = await api.PostAsync($"/api/v1/appointments/{never.Id}/outcome", WaypointApp.Json("""{"outcome":"attendedComplied"}"""));
        ok.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await app.ApiClientAsync("people:read")).PostAsync($"/api/v1/appointments/{never.Id}/outcome", WaypointApp.Json("{}"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Notify_callbacks_record_delivery_and_replies_only_with_the_bearer_token(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (staff, _) = await app.Data.CreateStaffAsync(team);
        var person = await app.Data.CreatePersonOnProbationAsync(staff);
        var upcoming = await app.Data.CreateAppointmentAsync(person, staff, DateTime.UtcNow.AddDays(3), NotificationStatus.Sent);
        var phone = $"07700 {Random.Shared.Next(100000, 999999)}";
        await using (var db = app.Database.CreateContext())
        {
            await db.People.Where(p => p.Id == person.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Phone, phone));
        }

        var client = app.CreateClient();
        var receipt = $$"""{"id":"notify-id-1","reference":"appointment-{{upcoming.Id}}-booked-sms","to":"07700900982","status":"delivered","notification_type":"sms"}""";

        (await client.PostAsync("/api/v1/notify/delivery-receipts", WaypointApp.Json(receipt))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        client.DefaultRequestHeaders.Authorization = new("Bearer", "not-the-token");
        (await client.PostAsync("/api/v1/notify/delivery-receipts", WaypointApp.Json(receipt))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        client.DefaultRequestHeaders.Authorization = new("Bearer", TestHosting.CallbackToken);
        (await client.PostAsync("/api/v1/notify/delivery-receipts", WaypointApp.Json(receipt))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using (var db = app.Database.CreateContext())
        {
            var message = await db.OutboxMessages.SingleAsync(m => m.AppointmentId == upcoming.Id);
            message.Status.ShouldBe(NotificationStatus.Delivered);
            (await db.OutboxAttempts.AnyAsync(a => a.MessageId == message.Id && a.Detail!.Contains("delivered"))).ShouldBeTrue();
        }

        var sms = $$"""{"id":"in-1","source_number":"44{{phone.Replace(" ", "")[1..]}}","destination_number":"07900000000","message":"Change please, I am at work","date_received":"2026-11-30T09:00:00Z"}""";
        (await client.PostAsync("/api/v1/notify/received-text-messages", WaypointApp.Json(sms))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using (var db = app.Database.CreateContext())
        {
            var reply = await db.AppointmentReplies.SingleAsync(r => r.AppointmentId == upcoming.Id);
            reply.Kind.ShouldBe(Data.Entities.ReplyKind.Rearrange);
            reply.Via.ShouldBe(Data.Entities.ReplyChannel.Sms);
        }
    }
}
