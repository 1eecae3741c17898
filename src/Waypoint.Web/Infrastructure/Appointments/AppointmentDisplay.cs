using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Waypoint.Data.Appointments;
using Waypoint.Domain.Appointments;
using Waypoint.Domain.Enforcement;
using Waypoint.Web.Infrastructure.Govuk;

namespace Waypoint.Web.Infrastructure.Appointments;

/// <summary>How appointments read on every page: type, time, notification state and outcome.</summary>
public static partial class AppointmentDisplay
{
    public static string TypeName(AppointmentType type) => type switch
    {
        AppointmentType.Induction => "Induction",
        AppointmentType.Supervision => "Supervision",
        AppointmentType.HomeVisit => "Home visit",
        AppointmentType.UnpaidWorkSession => "Unpaid work session",
        AppointmentType.AccreditedProgrammeSession => "Accredited programme session",
        AppointmentType.Treatment => "Treatment",
        _ => "Three-way meeting",
    };

    public static string LocationName(AppointmentLocationKind kind) => kind switch
    {
        AppointmentLocationKind.Office => "Office",
        AppointmentLocationKind.Phone => "Phone",
        AppointmentLocationKind.Video => "Video",
        _ => "Home",
    };

    /// <summary>"Tue 3 Mar 2026, 10am to 11am".</summary>
    public static string When(DateTime startUtc, DateTime endUtc)
    {
        var start = Display.ToUk(startUtc);
        var end = Display.ToUk(endUtc);
        return $"{start.ToString("ddd d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}, {BookingChecks.Clock(start)} to {BookingChecks.Clock(end)}";
    }

    public static string Clock(DateTime utc) => BookingChecks.Clock(Display.ToUk(utc));

    public static IHtmlContent NotifiedTag(AppointmentRow row) => row.Notified switch
    {
        NotifiedState.Told => Govuk.Govuk.Tag("Told", "govuk-tag--green"),
        NotifiedState.Pending => Govuk.Govuk.Tag("Not yet delivered", "govuk-tag--yellow"),
        _ => Govuk.Govuk.Tag("Not notified", "govuk-tag--red"),
    };

    public static string StatusText(AppointmentRow row, DateTime nowUtc) => row.Status switch
    {
        AppointmentStatus.Cancelled => "Cancelled",
        AppointmentStatus.Rearranged => "Moved",
        _ when row.Outcome is { } outcome => OutcomeText(outcome, row.Judgement, row.Reason, row.EvidenceDueOn),
        _ when row.Start <= nowUtc => "Outcome not recorded",
        _ => "Booked",
    };

    public static string OutcomeText(AppointmentOutcome outcome, AbsenceJudgement? judgement, AbsenceReason? reason, DateOnly? evidenceDue) => outcome switch
    {
        AppointmentOutcome.AttendedComplied => "Attended and complied",
        AppointmentOutcome.AttendedFailedToComply => "Attended, failed to comply",
        AppointmentOutcome.RescheduledByProbation => "Rescheduled by probation",
        AppointmentOutcome.RescheduledAtPersonsRequest => "Rescheduled at the person's request",
        _ => judgement switch
        {
            AbsenceJudgement.Acceptable => $"Did not attend: acceptable ({AbsenceRules.ReasonWords(reason!.Value).ToLowerInvariant()})",
            AbsenceJudgement.Unacceptable => $"Did not attend: unacceptable ({AbsenceRules.ReasonWords(reason!.Value).ToLowerInvariant()})",
            _ => $"Did not attend: waiting for an explanation until {Display.Date(evidenceDue)}",
        },
    };

    /// <summary>Reads "10:30", "1030", "10.30", "2pm" or "2:15pm" as a time of day.</summary>
    public static bool TryParseTime(string? text, out TimeOnly time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = TimePattern().Match(text.Trim().ToLowerInvariant().Replace(" ", ""));
        if (!match.Success)
        {
            return false;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var suffix = match.Groups["s"].Value;
        if (suffix.Length > 0)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = hour % 12 + (suffix == "pm" ? 12 : 0);
        }

        if (hour > 23 || minute > 59)
        {
            return false;
        }

        time = new TimeOnly(hour, minute);
        return true;
    }

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[:.]?(?<m>\d{2}))?(?<s>am|pm)?$")]
    private static partial Regex TimePattern();
}
