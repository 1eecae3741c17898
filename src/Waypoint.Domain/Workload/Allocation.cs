using Waypoint.Domain.Organisation;
using Waypoint.Domain.Tiering;

namespace Waypoint.Domain.Workload;

/// <summary>Whether a grade may hold a case under the service's allocation policy, and why not when it may not.</summary>
public sealed record PolicyFit(bool WithinPolicy, string Reason);

/// <summary>What one grade may hold: RoSH up to a level, at the given protect levels; optionally one level higher with a named co-worker.</summary>
public sealed record GradeRule(RoshLevel MaxRosh, string ProtectLevels, bool OneLevelHigherWithCoWorker = false, RoshLevel? NeverAbove = null);

/// <summary>
/// The service's allocation policy: a configurable matrix of grade × RoSH and protect level. The default (workload.md):
/// a PSO may hold a case whose RoSH is low or medium and whose protect level is C or D; a PO any case; a trainee (PQiP)
/// what a PSO may hold, plus high RoSH with a named co-worker, never very high. Anything else is outside policy and
/// needs a fuller recorded rationale.
/// </summary>
public sealed record AllocationPolicy(IReadOnlyDictionary<Grade, GradeRule> Rules)
{
    public static AllocationPolicy Default { get; } = new(new Dictionary<Grade, GradeRule>
    {
        [Grade.Po] = new(RoshLevel.VeryHigh, "ABCD"),
        [Grade.Pso] = new(RoshLevel.Medium, "CD"),
        [Grade.Pqip] = new(RoshLevel.Medium, "CD", OneLevelHigherWithCoWorker: true, NeverAbove: RoshLevel.High),
    });

    public static PolicyFit Fits(Grade grade, string? protectChangeTier, RoshLevel? rosh, bool hasCoWorker = false) =>
        Default.Check(grade, protectChangeTier, rosh, hasCoWorker);

    public PolicyFit Check(Grade grade, string? protectChangeTier, RoshLevel? rosh, bool hasCoWorker = false)
    {
        if (!Rules.TryGetValue(grade, out var rule))
        {
            return new PolicyFit(false, $"{GradeNames.Describe(grade)}s do not hold cases");
        }

        var protect = protectChangeTier is { Length: > 0 } t ? t[0] : (char?)null;
        var protectFits = protect is { } p ? rule.ProtectLevels.Contains(p, StringComparison.Ordinal) : rule.ProtectLevels.Length == 4;
        var roshWords = rosh is { } r ? $"{TierCalculator.RoshWords(r).ToLowerInvariant()} RoSH" : "RoSH not assessed";
        var protectWords = protect is null ? "no protect level" : $"protect level {protect}";
        var who = grade switch { Grade.Po => "A probation officer", Grade.Pso => "A PSO", Grade.Pqip => "A trainee", _ => GradeNames.Describe(grade) };
        var whoLower = char.ToLowerInvariant(who[0]) + who[1..];
        var effectiveRosh = rosh ?? RoshLevel.VeryHigh; // not assessed: treat as the highest until it is
        if (rule.MaxRosh == RoshLevel.VeryHigh && rule.ProtectLevels.Length == 4)
        {
            return new PolicyFit(true, $"{who} may hold any case");
        }

        if (effectiveRosh <= rule.MaxRosh && protectFits)
        {
            return new PolicyFit(true, $"{who} may hold {roshWords} at {protectWords}");
        }

        if (rule.OneLevelHigherWithCoWorker && effectiveRosh == rule.MaxRosh + 1 && protectFits && (rule.NeverAbove is null || effectiveRosh <= rule.NeverAbove))
        {
            return hasCoWorker
                ? new PolicyFit(true, $"{who} may hold {roshWords} with a named co-worker")
                : new PolicyFit(false, $"Outside policy unless a co-worker is named: {whoLower} holds {roshWords} only with a co-worker");
        }

        return new PolicyFit(false,
            $"Outside policy: {whoLower} holds only {UpTo(rule.MaxRosh)} RoSH at protect level {string.Join(" or ", rule.ProtectLevels.ToCharArray())} (this case: {roshWords}, {protectWords})");
    }

    private static string UpTo(RoshLevel max) => max switch
    {
        RoshLevel.Low => "low",
        RoshLevel.Medium => "low or medium",
        RoshLevel.High => "low, medium or high",
        _ => "any",
    };

    /// <summary>Target for allocation: 2 working days when RoSH is high or very high or MAPPA applies, otherwise 5.</summary>
    public static int TargetWorkingDays(RoshLevel? rosh, bool mappa) => rosh is RoshLevel.High or RoshLevel.VeryHigh || mappa ? 2 : 5;
}

/// <summary>Working days (Monday to Friday, not bank holidays in England and Wales) between two dates, not counting the first.</summary>
public static class WorkingDays
{
    public static int Between(DateOnly from, DateOnly to, IReadOnlySet<DateOnly>? extraHolidays = null)
    {
        if (to <= from)
        {
            return 0;
        }

        var days = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !BankHolidays.IsBankHoliday(day, extraHolidays))
            {
                days++;
            }
        }

        return days;
    }

    /// <summary>The date <paramref name="count"/> working days after <paramref name="from"/> (the first day not counted).</summary>
    public static DateOnly Add(DateOnly from, int count, IReadOnlySet<DateOnly>? extraHolidays = null)
    {
        var day = from;
        while (count > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day, extraHolidays))
            {
                count--;
            }
        }

        return day;
    }

    public static bool IsWorkingDay(DateOnly day, IReadOnlySet<DateOnly>? extraHolidays = null) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !BankHolidays.IsBankHoliday(day, extraHolidays);
}

/// <summary>One practitioner as a candidate for a case, with every consideration in plain words.</summary>
public sealed record AllocationCandidate(
    int StaffMemberId,
    string Name,
    Grade Grade,
    string Team,
    PolicyFit Policy,
    decimal WorkloadNow,
    decimal WorkloadAfter,
    int AllocatedLastWeek,
    IReadOnlyList<string> Continuity,
    IReadOnlyList<string> Conflicts,
    IReadOnlyList<string> Absence)
{
    public IEnumerable<string> Reasons()
    {
        yield return Policy.Reason;
        yield return $"Workload from {WorkloadNow:0.0}% to {WorkloadAfter:0.0}%";
        foreach (var c in Continuity) yield return c;
        foreach (var c in Conflicts) yield return c;
        foreach (var a in Absence) yield return a;
        yield return AllocatedLastWeek == 0 ? "No cases allocated in the last 7 days" : $"{AllocatedLastWeek} case{(AllocatedLastWeek == 1 ? "" : "s")} allocated in the last 7 days";
    }
}

/// <summary>Orders candidates: within policy first, then those who know the person, then the least loaded after allocation.</summary>
public static class AllocationRanking
{
    public static IReadOnlyList<AllocationCandidate> Rank(IEnumerable<AllocationCandidate> candidates) =>
        candidates
            .OrderByDescending(c => c.Policy.WithinPolicy)
            .ThenByDescending(c => c.Continuity.Count > 0)
            .ThenBy(c => c.Absence.Count > 0)
            .ThenBy(c => c.WorkloadAfter)
            .ThenBy(c => c.AllocatedLastWeek)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
}
