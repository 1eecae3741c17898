namespace Waypoint.Domain.Predictors.V4;

/// <summary>The date arithmetic the version 4 predictors use (predictors-v4.md §2).</summary>
public static class PredictorDates
{
    /// <summary>Completed years: a 29 February birthday is reached on 1 March in common years.</summary>
    public static int CompletedAge(DateOnly from, DateOnly to)
    {
        var age = to.Year - from.Year;
        return (to.Month, to.Day).CompareTo((from.Month, from.Day)) < 0 ? age - 1 : age;
    }

    /// <summary>Whole months by plain day-number comparison (31 Jan to 28 Feb is 0 months).</summary>
    public static int WholeMonths(DateOnly from, DateOnly to)
    {
        var months = (12 * (to.Year - from.Year)) + (to.Month - from.Month);
        return to.Day < from.Day ? months - 1 : months;
    }

    public static int WholeYears(DateOnly from, DateOnly to) => WholeMonths(from, to) / 12;
}
