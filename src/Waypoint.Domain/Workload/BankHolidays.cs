namespace Waypoint.Domain.Workload;

/// <summary>
/// Bank holidays in England and Wales from the standing rules: New Year's Day, Good Friday, Easter Monday, the early
/// May and spring bank holidays (first and last Monday of May), the summer bank holiday (last Monday of August),
/// Christmas Day and Boxing Day, each moved to the next weekday not already a holiday when it falls at a weekend.
/// One-off holidays (a coronation, a jubilee) and moved dates are not rules: they come from the service's own table.
/// </summary>
public static class BankHolidays
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, DateOnly[]> ByYear = new();

    /// <summary>The year's bank holidays in date order (worked out once per year and kept).</summary>
    public static IReadOnlyList<DateOnly> For(int year) => ByYear.GetOrAdd(year, Calculate);

    private static DateOnly[] Calculate(int year)
    {
        var easter = EasterSunday(year);
        var days = new List<DateOnly>
        {
            Substitute(new DateOnly(year, 1, 1), []),
            easter.AddDays(-2),
            easter.AddDays(1),
            FirstMonday(year, 5),
            LastMonday(year, 5),
            LastMonday(year, 8),
        };
        var christmas = Substitute(new DateOnly(year, 12, 25), []);
        days.Add(christmas);
        days.Add(Substitute(new DateOnly(year, 12, 26), [christmas]));
        return [.. days.Order()];
    }

    public static bool IsBankHoliday(DateOnly day, IReadOnlySet<DateOnly>? extra = null) =>
        (extra?.Contains(day) ?? false) || Array.IndexOf(ByYear.GetOrAdd(day.Year, Calculate), day) >= 0;

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher").</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly Substitute(DateOnly day, IReadOnlyCollection<DateOnly> taken)
    {
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || taken.Contains(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static DateOnly FirstMonday(int year, int month)
    {
        var day = new DateOnly(year, month, 1);
        return day.AddDays(((int)DayOfWeek.Monday - (int)day.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return day.AddDays(-(((int)day.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }
}
