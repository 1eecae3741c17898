namespace Waypoint.Domain.Oversight;

/// <summary>A group's count of an outcome (warnings, breaches, recalls...) out of the people it could have happened to.</summary>
public sealed record GroupRate(string Group, int Events, int Population)
{
    public double? Rate => Population == 0 ? null : (double)Events / Population;
}

public enum RateSuppression
{
    None = 0,
    /// <summary>Fewer than the threshold in the group (or its events): shown as "fewer than 10", not as a number.</summary>
    SmallNumbers,
}

/// <summary>
/// The relative rate index of a group against the reference group, with its 95% confidence interval by the log method
/// for a ratio of two proportions, or why it cannot be given.
/// </summary>
public sealed record RelativeRate(
    string Group,
    int? Events,
    int? Population,
    double? Rate,
    double? Index,
    double? Lower,
    double? Upper,
    RateSuppression Suppression,
    string? NotCalculated)
{
    /// <summary>The interval lies wholly above or below 1: the difference is unlikely to be chance alone.</summary>
    public bool Significant => Lower > 1 || Upper < 1;
}

/// <summary>
/// Equality monitoring's arithmetic: rates, the relative rate index (RRI = the group's rate ÷ the reference group's
/// rate) and its 95% confidence interval exp(ln RRI ± 1.96 √(1/a − 1/n₁ + 1/c − 1/n₂)), where a of n₁ is the group and c
/// of n₂ the reference; counts from 1 to 9 are suppressed (and so is any index built on them) so no one is identifiable.
/// </summary>
public static class Disproportionality
{
    public const int SuppressBelow = 10;
    private const double Z95 = 1.959963984540054;

    public static bool IsSmall(int count) => count is > 0 and < SuppressBelow;

    public static RelativeRate Compare(GroupRate group, GroupRate reference)
    {
        if (IsSmall(group.Population) || IsSmall(group.Events))
        {
            return new(group.Group, null, IsSmall(group.Population) ? null : group.Population, null, null, null, null, RateSuppression.SmallNumbers,
                "Fewer than 10: suppressed so no one can be identified");
        }

        if (group.Population == 0)
        {
            return new(group.Group, 0, 0, null, null, null, null, RateSuppression.None, "No one in this group");
        }

        if (IsSmall(reference.Population) || IsSmall(reference.Events))
        {
            return new(group.Group, group.Events, group.Population, group.Rate, null, null, null, RateSuppression.None,
                "The reference group's numbers are too small to compare with");
        }

        if (reference.Population == 0 || reference.Events == 0)
        {
            return new(group.Group, group.Events, group.Population, group.Rate, null, null, null, RateSuppression.None,
                "The reference group has no such outcomes, so there is nothing to compare with");
        }

        var index = group.Rate!.Value / reference.Rate!.Value;
        if (group.Events == 0)
        {
            return new(group.Group, 0, group.Population, 0, 0, null, null, RateSuppression.None, "No outcomes in this group: no interval");
        }

        var standardError = Math.Sqrt(1.0 / group.Events - 1.0 / group.Population + 1.0 / reference.Events - 1.0 / reference.Population);
        var log = Math.Log(index);
        return new(group.Group, group.Events, group.Population, group.Rate, index,
            Math.Exp(log - Z95 * standardError), Math.Exp(log + Z95 * standardError), RateSuppression.None, null);
    }

    /// <summary>Every group against the reference (by default White British), in the order given; the reference is 1, without an interval.</summary>
    public static IReadOnlyList<RelativeRate> CompareAll(IEnumerable<GroupRate> groups, string reference)
    {
        var list = groups.ToList();
        var baseline = list.FirstOrDefault(g => g.Group == reference) ?? new GroupRate(reference, 0, 0);
        return list.Select(g => g.Group == reference && Compare(g, baseline) is { Index: not null } self
                ? self with { Index = 1, Lower = null, Upper = null }
                : Compare(g, baseline))
            .ToList();
    }
}
