using System.Globalization;

namespace Waypoint.Domain.Appointments;

/// <summary>Dates and times in the plain English of letters and messages ("Tuesday 3 March 2026 at 10:30am").</summary>
public static class Words
{
    public static string Date(DateOnly? date) => date?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "";

    public static string LongDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string When(DateTime local) => $"{LongDate(DateOnly.FromDateTime(local))} at {BookingChecks.Clock(local)}";

    /// <summary>Splits a name into words: "NoFixedAbode" becomes "No fixed abode".</summary>
    public static string FromName(string name)
    {
        var chars = new List<char>(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                chars.Add(' ');
                chars.Add(char.ToLowerInvariant(name[i]));
            }
            else
            {
                chars.Add(name[i]);
            }
        }

        return new string([.. chars]);
    }

    public static string Stamp(DateTime local) => $"{local.ToString("d MMMM HH:mm", CultureInfo.InvariantCulture)}";
}

/// <summary>UK wall-clock time (Europe/London, with summer time) to and from the UTC the record stores.</summary>
public static class UkClock
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTime ToUk(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London);

    /// <summary>A local time that does not exist (the hour skipped in spring) is read as the hour after.</summary>
    public static DateTime ToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (London.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(unspecified, London);
    }

    public static DateTime ToUtc(DateOnly day, TimeOnly time) => ToUtc(day.ToDateTime(time));

    public static DateOnly Today(DateTime utcNow) => DateOnly.FromDateTime(ToUk(utcNow));
}
