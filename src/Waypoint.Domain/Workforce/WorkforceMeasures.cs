using Waypoint.Domain.Workload;

namespace Waypoint.Domain.Workforce;

/// <summary>A spell of sickness absence and the absent person's full-time equivalent.</summary>
public sealed record SicknessSpell(DateOnly From, DateOnly To, decimal Fte);

/// <summary>
/// Sickness absence over a window: working days lost (each weighted by the person's FTE), per FTE in post, and the
/// share lost to long-term spells.
/// </summary>
public sealed record SicknessSummary(decimal FteDaysLost, decimal? DaysPerFte, decimal? LongTermShare, int Spells, int LongTermSpells);

/// <summary>
/// Workforce arithmetic for heads of PDU and region: full-time equivalents, the FTE a caseload needs, vacancies against
/// funded posts, sickness absence per FTE and the long-term share, turnover, and when a trainee's protection ends.
/// </summary>
public static class WorkforceMeasures
{
    /// <summary>A full-time week, the workload model's default hours for a PO or PSO.</summary>
    public const decimal FullTimeHours = 37m;

    /// <summary>A spell of more than this many working days is long-term sickness (more than four working weeks).</summary>
    public const int LongTermWorkingDays = 20;

    /// <summary>A trainee's workload protection lasts 18 months from the start of training (80%, 60%, 40% reductions of 6 months each).</summary>
    public const int TraineeProtectionMonths = 18;

    /// <summary>A practitioner over this workload percentage has more than the workload model allows.</summary>
    public const decimal OverCapacityPercent = 110m;

    public static decimal Fte(decimal contractedHours) => contractedHours <= 0 ? 0 : Math.Round(contractedHours / FullTimeHours, 2);

    /// <summary>
    /// The full-time practitioners a number of workload points stands for: points ÷ the nominal target of one full-time
    /// practitioner. A caseload's points give the FTE it needs; practitioners' available points give their capacity.
    /// </summary>
    public static decimal FteForPoints(long points, int nominalTarget) => nominalTarget <= 0 || points <= 0 ? 0 : Math.Round(points / (decimal)nominalTarget, 1);

    /// <summary>Funded FTE not filled; never negative (more in post than funded is not a vacancy).</summary>
    public static decimal Vacancy(decimal fundedFte, decimal fteInPost) => Math.Max(0, fundedFte - fteInPost);

    /// <summary>In post on a day: started by then (or start not recorded) and not yet left (the last day counts).</summary>
    public static bool InPost(DateOnly? startedOn, DateOnly? leftOn, DateOnly on) => (startedOn is null || startedOn <= on) && (leftOn is null || leftOn >= on);

    /// <summary>The last day of a trainee's protection: the day before 18 months from the start of training.</summary>
    public static DateOnly TraineeProtectionEnds(DateOnly trainingStarted) => trainingStarted.AddMonths(TraineeProtectionMonths).AddDays(-1);

    /// <summary>Working days of a spell (both ends included) that fall within a window (both ends included).</summary>
    public static int WorkingDaysWithin(DateOnly from, DateOnly to, DateOnly windowStart, DateOnly windowEnd, IReadOnlySet<DateOnly>? holidays = null)
    {
        var start = from > windowStart ? from : windowStart;
        var end = to < windowEnd ? to : windowEnd;
        return end < start ? 0 : WorkingDays.Between(start.AddDays(-1), end, holidays);
    }

    /// <summary>Long-term: the whole spell, not just the part in the window, lasts more than 20 working days.</summary>
    public static bool IsLongTerm(DateOnly from, DateOnly to, IReadOnlySet<DateOnly>? holidays = null) =>
        WorkingDaysWithin(from, to, from, to, holidays) > LongTermWorkingDays;

    /// <summary>
    /// Working days lost in the window, each weighted by the absent person's FTE (a week off at half time is 2.5 days),
    /// divided by the average FTE in post; and the share of those days in long-term spells.
    /// </summary>
    public static SicknessSummary Sickness(IEnumerable<SicknessSpell> spells, DateOnly windowStart, DateOnly windowEnd, decimal averageFte, IReadOnlySet<DateOnly>? holidays = null)
    {
        decimal lost = 0, longTerm = 0;
        int count = 0, longCount = 0;
        foreach (var spell in spells)
        {
            var days = WorkingDaysWithin(spell.From, spell.To, windowStart, windowEnd, holidays) * spell.Fte;
            if (days <= 0)
            {
                continue;
            }

            count++;
            lost += days;
            if (IsLongTerm(spell.From, spell.To, holidays))
            {
                longCount++;
                longTerm += days;
            }
        }

        return new SicknessSummary(lost, averageFte > 0 ? Math.Round(lost / averageFte, 1) : null, lost > 0 ? Math.Round(longTerm / lost, 3) : null, count, longCount);
    }

    /// <summary>Leavers in a period as a percentage of the average headcount over it.</summary>
    public static decimal? TurnoverPercent(int leavers, decimal averageHeadcount) => averageHeadcount > 0 ? Math.Round(100m * leavers / averageHeadcount, 1) : null;

    /// <summary>The last day of each of the 12 months up to and including the month of <paramref name="today"/> (that month ends today), oldest first.</summary>
    public static IReadOnlyList<DateOnly> MonthEnds(DateOnly today)
    {
        var result = new DateOnly[12];
        for (var i = 0; i < 12; i++)
        {
            var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-i);
            var end = month.AddMonths(1).AddDays(-1);
            result[11 - i] = end > today ? today : end;
        }

        return result;
    }
}
