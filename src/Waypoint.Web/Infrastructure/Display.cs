using System.Globalization;

namespace Waypoint.Web.Infrastructure;

/// <summary>Dates and times as GOV.UK style writes them: "3 March 2026", "3 March 2026 at 10:02am".</summary>
public static class Display
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static string Date(DateOnly? date, string missing = "Not known") =>
        date?.ToString("d MMMM yyyy", EnGb) ?? missing;

    public static string ShortDate(DateOnly? date, string missing = "") =>
        date?.ToString("d MMM yyyy", EnGb) ?? missing;

    public static System.DateTime ToUk(System.DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), UkTime);

    public static string DateAndTime(System.DateTime? utc, string missing = "None") =>
        utc is { } value ? $"{ToUk(value).ToString("d MMMM yyyy", EnGb)} at {Time(ToUk(value))}" : missing;

    public static string ShortDateTime(System.DateTime? utc, string missing = "None") =>
        utc is { } value ? $"{ToUk(value).ToString("d MMM yyyy", EnGb)}, {Time(ToUk(value))}" : missing;

    private static string Time(System.DateTime local) =>
        local.ToString(local.Minute == 0 ? "%h" : "h:mm", EnGb) + (local.Hour < 12 ? "am" : "pm");

    public static int Age(DateOnly dateOfBirth, DateOnly today)
    {
        var age = today.Year - dateOfBirth.Year;
        return dateOfBirth.AddYears(age) > today ? age - 1 : age;
    }

    public static DateOnly Today => DateOnly.FromDateTime(ToUk(System.DateTime.UtcNow));

    /// <summary>Splits an enum name into words: "NoFixedAbode" becomes "No fixed abode".</summary>
    public static string Words(Enum value) => Words(value.ToString());

    public static string Words(string name) => Domain.Appointments.Words.FromName(name);
}
