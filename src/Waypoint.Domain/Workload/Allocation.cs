using Waypoint.Domain.Organisation;
using Waypoint.Domain.Tiering;

namespace Waypoint.Domain.Workload;

/// <summary>Whether a grade may hold a case under the service's allocation policy, and why not when it may not.</summary>
public sealed record PolicyFit(bool WithinPolicy, string Reason);

/// <summary>
/// The service's default allocation policy (workload.md): a PSO may hold a case whose RoSH is low or medium and whose
/// protect level is C or D; a PO any case; a trainee (PQiP) what a PSO may hold, plus high RoSH with a named co-worker,
/// never very high. Anything else is outside policy and needs a fuller recorded rationale.
/// </summary>
public static class AllocationPolicy
{
    public static PolicyFit Fits(Grade grade, string? protectChangeTier, RoshLevel? rosh, bool hasCoWorker = false)
    {
        var protect = protectChangeTier is { Length: > 0 } t ? t[0] : (char?)null;
        var lowProtect = protect is 'C' or 'D';
        var roshWords = rosh is { } r ? $"{TierCalculator.RoshWords(r).ToLowerInvariant()} RoSH" : "RoSH not assessed";
        var protectWords = protect is null ? "no protect level" : $"protect level {protect}";
        switch (grade)
        {
            case Grade.Po:
                return new PolicyFit(true, "A probation officer may hold any case");
            case Grade.Pso:
                return rosh is RoshLevel.Low or RoshLevel.Medium && lowProtect
                    ? new PolicyFit(true, $"A PSO may hold {roshWords} at {protectWords}")
                    : new PolicyFit(false, $"Outside policy: a PSO holds only low or medium RoSH at protect level C or D (this case: {roshWords}, {protectWords})");
            case Grade.Pqip:
                if (rosh is RoshLevel.Low or RoshLevel.Medium && lowProtect)
                {
                    return new PolicyFit(true, $"A trainee may hold {roshWords} at {protectWords}");
                }

                if (rosh == RoshLevel.High && lowProtect)
                {
                    return hasCoWorker
                        ? new PolicyFit(true, "A trainee may hold high RoSH with a named co-worker")
                        : new PolicyFit(false, "Outside policy unless a co-worker is named: a trainee holds high RoSH only with a co-worker");
                }

                return new PolicyFit(false, $"Outside policy: a trainee never holds very high RoSH, and holds protect level A or B only outside policy (this case: {roshWords}, {protectWords})");
            default:
                return new PolicyFit(false, $"{GradeNames.Describe(grade)}s do not hold cases");
        }
    }

    /// <summary>Target for allocation: 2 working days when RoSH is high or very high or MAPPA applies, otherwise 5.</summary>
    public static int TargetWorkingDays(RoshLevel? rosh, bool mappa) => rosh is RoshLevel.High or RoshLevel.VeryHigh || mappa ? 2 : 5;
}

/// <summary>Working days (Monday to Friday) between two dates, not counting the first.</summary>
public static class WorkingDays
{
    public static int Between(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            return 0;
        }

        var days = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days++;
            }
        }

        return days;
    }
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
