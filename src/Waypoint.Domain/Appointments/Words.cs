using System.Globalization;

namespace Waypoint.Domain.Appointments;

/// <summary>Dates and times in the plain English of letters and messages ("Tuesday 3 March 2026 at 10:30am").</summary>
public static class Words
{
    public static string Date(DateOnly? date) => date?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "";

    public static string LongDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string When(DateTime local) => $"{LongDate(DateOnly.FromDateTime(local))} at {BookingChecks.Clock(local)}";

    public static string Stamp(DateTime local) => $"{local.ToString("d MMMM HH:mm", CultureInfo.InvariantCulture)}";
}
