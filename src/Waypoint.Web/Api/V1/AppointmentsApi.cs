using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Appointments;
using Waypoint.Data.Entities;
using Waypoint.Domain.Appointments;
using Waypoint.Domain.Notifications;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Notifications;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Api.V1;

public sealed record AppointmentResponse(
    int Id, string Crn, string Type, DateTime Start, DateTime End, string Place, string StaffName, string Status,
    string? Outcome, string? AbsenceJudgement, string? AbsenceReason, DateOnly? EvidenceDueOn, string Notified, string NotificationRecord);

/// <summary>Times are UK local wall-clock times ("2026-12-03T10:00"), as a practitioner would enter them.</summary>
public sealed record AppointmentRequestBody(
    string? Type, DateTime? Start, DateTime? End, string? Location, int? OfficeId, string? StaffCode, int? RequirementId, int? LicenceConditionId,
    string? WhatToBring, string? Notes, string? OverrideReason, string? ChangeReason, bool LetterAddressConfirmed = false);

public sealed record OutcomeRequestBody(string? Outcome, string? AbsenceJudgement, string? AbsenceReason, string? Notes);

/// <summary>GOV.UK Notify's delivery receipt callback.</summary>
public sealed record NotifyDeliveryReceipt(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("reference")] string? Reference,
    [property: JsonPropertyName("to")] string? To,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("notification_type")] string? NotificationType);

/// <summary>GOV.UK Notify's received text message callback.</summary>
public sealed record NotifyInboundSms(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("source_number")] string? SourceNumber,
    [property: JsonPropertyName("destination_number")] string? DestinationNumber,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("date_received")] DateTime? DateReceived);

/// <summary>
/// Appointments and outcomes (scopes appointments:read and appointments:write), and the two callbacks GOV.UK Notify
/// makes (delivery receipts and received text messages), authenticated with the bearer token configured in Notify.
/// </summary>
public static class AppointmentsApi
{
    public const string NotifyCallbackPolicy = "NotifyCallback";

    public static void MapAppointmentsApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1").WithTags("Appointments");
        v1.MapGet("/people/{crn}/appointments", List).RequireAuthorization(Policies.ApiReadAppointments).WithName("ListAppointments");
        v1.MapPost("/people/{crn}/appointments", Create).RequireAuthorization(Policies.ApiWriteAppointments).WithName("CreateAppointment").DisableAntiforgery();
        v1.MapPut("/appointments/{id:int}", Rearrange).RequireAuthorization(Policies.ApiWriteAppointments).WithName("RearrangeAppointment").DisableAntiforgery();
        v1.MapPost("/appointments/{id:int}/outcome", RecordOutcome).RequireAuthorization(Policies.ApiWriteAppointments).WithName("RecordAppointmentOutcome").DisableAntiforgery();
        var notify = app.MapGroup("/api/v1/notify").WithTags("GOV.UK Notify callbacks");
        notify.MapPost("/delivery-receipts", DeliveryReceipt).RequireAuthorization(NotifyCallbackPolicy).WithName("NotifyDeliveryReceipt").DisableAntiforgery();
        notify.MapPost("/received-text-messages", InboundSms).RequireAuthorization(NotifyCallbackPolicy).WithName("NotifyReceivedTextMessage").DisableAntiforgery();
    }

    /// <summary>The callbacks carry "Authorization: Bearer {token}" with the token set in Notify; compared in constant time.</summary>
    public static bool IsNotifyCallback(HttpContext context, NotificationSettings settings)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(settings.CallbackBearerToken) || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()), Encoding.UTF8.GetBytes(settings.CallbackBearerToken));
    }

    private static AppointmentResponse ToResponse(AppointmentRow a, DateTime now) => new(
        a.Id, a.Crn, a.Type.ToString(), a.Start, a.End, a.Place, a.StaffName,
        a.Status == AppointmentStatus.Booked && a.Outcome is null && a.Start <= now ? "OutcomeNotRecorded" : a.Status.ToString(),
        a.Outcome?.ToString(), a.Judgement?.ToString(), a.Reason?.ToString(), a.EvidenceDueOn, a.Notified.ToString(), a.NotificationText);

    private static async Task<Results<Ok<List<AppointmentResponse>>, ProblemHttpResult>> List(string crn, CaseAccessService access, AppointmentReader reader, TimeProvider clock, CancellationToken ct)
    {
        var opened = await access.OpenAsync(crn, "API: appointments", ct);
        if (PeopleApi.Refused(opened) is { } problem)
        {
            return problem;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return TypedResults.Ok((await reader.ForPersonAsync(opened.Case!.Id, ct)).Select(a => ToResponse(a, now)).ToList());
    }

    private static async Task<Results<Created<AppointmentResponse>, ValidationProblem, ProblemHttpResult>> Create(
        string crn, AppointmentRequestBody body, CaseAccessService access, WaypointDbContext db, AppointmentService appointments, AppointmentReader reader, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var opened = await access.OpenAsync(crn, "API: book appointment", ct);
        if (PeopleApi.Refused(opened) is { } refused)
        {
            return refused;
        }

        var (request, errors) = await ParseAsync(body, opened.Case!.Id, db, ct);
        if (request is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The appointment could not be booked");
        }

        if (await WarningsProblemAsync(appointments, opened.Case!.Id, request, null, ct) is { } warnings)
        {
            return warnings;
        }

        var appointment = await appointments.BookAsync(opened.Case.Id, request, user.DisplayName, body.LetterAddressConfirmed, ct);
        var row = (await reader.ByIdAsync(appointment.Id, ct)).Single();
        return TypedResults.Created($"/api/v1/people/{opened.Crn}/appointments", ToResponse(row, clock.GetUtcNow().UtcDateTime));
    }

    private static async Task<Results<Ok<AppointmentResponse>, ValidationProblem, ProblemHttpResult>> Rearrange(
        int id, AppointmentRequestBody body, CaseAccessService access, WaypointDbContext db, AppointmentService appointments, AppointmentReader reader, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var (existing, problem) = await OpenAppointmentAsync(id, "API: move appointment", access, db, ct);
        if (problem is not null)
        {
            return problem;
        }

        var (request, errors) = await ParseAsync(body, existing!.PersonId, db, ct);
        if (string.IsNullOrWhiteSpace(body.ChangeReason))
        {
            errors["changeReason"] = ["changeReason must say why the appointment is moving."];
            request = null;
        }

        if (request is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The appointment could not be moved");
        }

        if (await WarningsProblemAsync(appointments, existing!.PersonId, request, existing.Id, ct) is { } warnings)
        {
            return warnings;
        }

        try
        {
            var moved = await appointments.RearrangeAsync(existing, request, body.ChangeReason!.Trim(), user.DisplayName, body.LetterAddressConfirmed, ct);
            return TypedResults.Ok(ToResponse((await reader.ByIdAsync(moved.Id, ct)).Single(), clock.GetUtcNow().UtcDateTime));
        }
        catch (AppointmentException ex)
        {
            return TypedResults.Problem(statusCode: 409, title: "The appointment cannot be moved", detail: ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.Problem(statusCode: 409, title: "Changed by someone else", detail: "The appointment changed while it was being moved. Read it again and retry.");
        }
    }

    private static async Task<Results<Ok<AppointmentResponse>, ValidationProblem, ProblemHttpResult>> RecordOutcome(
        int id, OutcomeRequestBody body, CaseAccessService access, WaypointDbContext db, AppointmentService appointments, AppointmentReader reader, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<AppointmentOutcome>(body.Outcome, true, out var outcome) || !Enum.IsDefined(outcome))
        {
            errors["outcome"] = [$"outcome must be one of: {string.Join(", ", Enum.GetNames<AppointmentOutcome>())}."];
        }

        AbsenceJudgement? judgement = null;
        if (body.AbsenceJudgement is not null)
        {
            if (Enum.TryParse<AbsenceJudgement>(body.AbsenceJudgement, true, out var j) && Enum.IsDefined(j))
            {
                judgement = j;
            }
            else
            {
                errors["absenceJudgement"] = [$"absenceJudgement must be one of: {string.Join(", ", Enum.GetNames<AbsenceJudgement>())}."];
            }
        }

        AbsenceReason? reason = null;
        if (body.AbsenceReason is not null)
        {
            if (Enum.TryParse<AbsenceReason>(body.AbsenceReason, true, out var r) && Enum.IsDefined(r))
            {
                reason = r;
            }
            else
            {
                errors["absenceReason"] = [$"absenceReason must be one of: {string.Join(", ", Enum.GetNames<AbsenceReason>())}."];
            }
        }

        if (body.Notes?.Length > Data.Configurations.AppointmentConfiguration.TextMaxLength)
        {
            errors["notes"] = ["notes must be 2000 characters or fewer."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The outcome could not be recorded");
        }

        var (existing, problem) = await OpenAppointmentAsync(id, "API: record outcome", access, db, ct);
        if (problem is not null)
        {
            return problem;
        }

        try
        {
            if (await appointments.RecordOutcomeAsync(existing!, new OutcomeRequest(outcome, judgement, reason, body.Notes), user.DisplayName, user.StaffMemberId, ct) is { } refusal)
            {
                return TypedResults.Problem(statusCode: 422, title: "The outcome cannot be recorded", detail: refusal);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.Problem(statusCode: 409, title: "Changed by someone else", detail: "The appointment changed while its outcome was being recorded. Read it again and retry.");
        }

        return TypedResults.Ok(ToResponse((await reader.ByIdAsync(id, ct)).Single(), clock.GetUtcNow().UtcDateTime));
    }

    private static async Task<Results<Ok, ProblemHttpResult>> DeliveryReceipt(NotifyDeliveryReceipt receipt, WaypointDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var status = GovukNotifySender.NotifyStatus(receipt.Status);
        if (status is null || (receipt.Id is null && receipt.Reference is null))
        {
            return TypedResults.Problem(statusCode: 400, title: "Unreadable receipt", detail: "A receipt needs an id or reference and a known status.");
        }

        var message = await db.OutboxMessages.AsTracking()
            .FirstOrDefaultAsync(m => (receipt.Id != null && m.ProviderReference == receipt.Id) || (receipt.Reference != null && m.IdempotencyKey == receipt.Reference), ct);
        if (message is null)
        {
            // Not ours (or already purged): acknowledge so Notify does not retry for ever.
            return TypedResults.Ok();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (message.Status is not (NotificationStatus.Delivered or NotificationStatus.Withdrawn))
        {
            message.Status = status.Value;
            message.StatusAt = now;
            message.ProviderReference ??= receipt.Id;
        }

        db.OutboxAttempts.Add(new OutboxAttempt { MessageId = message.Id, At = now, Result = status.Value, Detail = $"Delivery receipt from GOV.UK Notify: {receipt.Status}", Sender = "GOV.UK Notify" });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok();
    }

    private static async Task<Results<Ok, ProblemHttpResult>> InboundSms(NotifyInboundSms sms, WaypointDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var number = NormalisePhone(sms.SourceNumber);
        if (number is null)
        {
            return TypedResults.Problem(statusCode: 400, title: "Unreadable message", detail: "source_number is missing or not a phone number.");
        }

        // Phone numbers are stored as typed; compare on digits with the UK trunk prefix.
        var tail = number[^9..];
        var candidates = await db.People.AsNoTracking().Where(p => p.Phone != null && p.Phone.Replace(" ", "").EndsWith(tail))
            .Select(p => new { p.Id, p.Phone }).ToListAsync(ct);
        var people = candidates.Where(p => NormalisePhone(p.Phone) == number).Select(p => p.Id).ToList();
        if (people.Count == 0)
        {
            return TypedResults.Ok();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var text = sms.Message?.Trim() ?? "";
        var word = text.Split([' ', '.', ',', '!'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToUpperInvariant();
        var kind = word switch
        {
            "CONFIRM" or "YES" or "Y" or "OK" => ReplyKind.Confirm,
            "CHANGE" or "REARRANGE" or "NO" or "CANT" or "CAN'T" => ReplyKind.Rearrange,
            _ => ReplyKind.Other,
        };

        // The reply is about the next booked appointment (of whoever uses this number, if it is shared), or else the
        // latest absence still waiting for an explanation.
        var appointment = await db.Appointments.AsNoTracking()
            .Where(a => people.Contains(a.PersonId) && a.Status == AppointmentStatus.Booked && a.Outcome == null && a.Start > now)
            .OrderBy(a => a.Start).Select(a => new { a.Id, a.PersonId }).FirstOrDefaultAsync(ct)
            ?? await db.Appointments.AsNoTracking()
                .Where(a => people.Contains(a.PersonId) && a.AbsenceJudgement == Domain.Appointments.AbsenceJudgement.AwaitingExplanation)
                .OrderByDescending(a => a.Start).Select(a => new { a.Id, a.PersonId }).FirstOrDefaultAsync(ct);
        if (appointment is null)
        {
            return TypedResults.Ok();
        }

        db.AppointmentReplies.Add(new AppointmentReply
        {
            AppointmentId = appointment.Id,
            PersonId = appointment.PersonId,
            Kind = kind,
            Via = ReplyChannel.Sms,
            Text = text.Length > 1000 ? text[..1000] : text,
            ReceivedAt = sms.DateReceived?.ToUniversalTime() ?? now,
        });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok();
    }

    /// <summary>Digits only, with +44 or 44 read as the leading 0 of a UK number.</summary>
    public static string? NormalisePhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("44", StringComparison.Ordinal) && digits.Length == 12)
        {
            digits = "0" + digits[2..];
        }

        return digits.Length is >= 10 and <= 15 ? digits : null;
    }

    private static async Task<(Appointment? Appointment, ProblemHttpResult? Problem)> OpenAppointmentAsync(int id, string what, CaseAccessService access, WaypointDbContext db, CancellationToken ct)
    {
        var crn = await db.Appointments.AsNoTracking().Where(a => a.Id == id).Select(a => a.Person.Crn).FirstOrDefaultAsync(ct);
        if (crn is null)
        {
            return (null, TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"There is no appointment {id}."));
        }

        var opened = await access.OpenAsync(crn, what, ct);
        if (PeopleApi.Refused(opened) is { } problem)
        {
            return (null, problem);
        }

        return (await db.Appointments.AsTracking().SingleAsync(a => a.Id == id, ct), null);
    }

    private static async Task<ProblemHttpResult?> WarningsProblemAsync(AppointmentService appointments, int personId, AppointmentRequest request, int? ignoreId, CancellationToken ct)
    {
        var rules = BookingRules.Default with { ServiceHolidays = await appointments.ServiceHolidaysAsync(ct) };
        var warnings = await appointments.CheckAsync(personId, request, rules, ignoreId, ct);
        if (warnings.Count > 0 && string.IsNullOrWhiteSpace(request.WarningsOverrideReason))
        {
            return TypedResults.Problem(statusCode: 409, title: "Check before booking",
                detail: "The booking has warnings. Send overrideReason to book anyway.",
                extensions: new Dictionary<string, object?> { ["warnings"] = warnings.Select(w => new { kind = w.Kind.ToString(), text = w.Text }).ToList() });
        }

        return null;
    }

    private static async Task<(AppointmentRequest? Request, Dictionary<string, string[]> Errors)> ParseAsync(AppointmentRequestBody body, int personId, WaypointDbContext db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<AppointmentType>(body.Type, true, out var type) || !Enum.IsDefined(type))
        {
            errors["type"] = [$"type must be one of: {string.Join(", ", Enum.GetNames<AppointmentType>())}."];
        }

        if (body.Start is null || body.End is null || body.End <= body.Start)
        {
            errors["end"] = ["start and end are required (UK local time) and end must be after start."];
        }
        else if (body.End.Value.Date != body.Start.Value.Date)
        {
            errors["end"] = ["An appointment starts and ends on the same day."];
        }

        if (!Enum.TryParse<AppointmentLocationKind>(body.Location, true, out var location) || !Enum.IsDefined(location))
        {
            errors["location"] = [$"location must be one of: {string.Join(", ", Enum.GetNames<AppointmentLocationKind>())}."];
        }
        else if (location == AppointmentLocationKind.Office && (body.OfficeId is null || !await db.OfficeLocations.AnyAsync(o => o.Id == body.OfficeId && o.IsActive, ct)))
        {
            errors["officeId"] = ["officeId must name an open office for an office appointment."];
        }

        var staffId = body.StaffCode is null ? null : await db.StaffMembers.Where(s => s.StaffCode == body.StaffCode && s.IsActive).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
        if (staffId is null)
        {
            errors["staffCode"] = ["staffCode must name an active member of staff."];
        }

        if (body.RequirementId is { } requirementId && !await db.Requirements.AnyAsync(r => r.Id == requirementId && db.Sentences.Any(x => x.Id == r.SentenceId && x.Event.PersonId == personId), ct))
        {
            errors["requirementId"] = ["requirementId must be one of this person's requirements."];
        }

        if (body.LicenceConditionId is { } conditionId && !await db.LicenceConditions.AnyAsync(c => c.Id == conditionId && db.Sentences.Any(x => x.Id == c.SentenceId && x.Event.PersonId == personId), ct))
        {
            errors["licenceConditionId"] = ["licenceConditionId must be one of this person's licence conditions."];
        }

        foreach (var (name, value, max) in new[] { ("whatToBring", body.WhatToBring, 300), ("notes", body.Notes, 2000), ("overrideReason", body.OverrideReason, 2000), ("changeReason", body.ChangeReason, 2000) })
        {
            if (value?.Length > max)
            {
                errors[name] = [$"{name} must be {max} characters or fewer."];
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new AppointmentRequest(type, DateTime.SpecifyKind(body.Start!.Value, DateTimeKind.Unspecified), DateTime.SpecifyKind(body.End!.Value, DateTimeKind.Unspecified), location,
            location == AppointmentLocationKind.Office ? body.OfficeId : null, staffId!.Value, body.RequirementId, body.LicenceConditionId, body.WhatToBring, body.Notes, body.OverrideReason), errors);
    }
}
