namespace Waypoint.Domain.Tiering;

public enum ContactKind
{
    Office = 1,
    HomeVisit,
    Phone,
}

/// <summary>How often a person in a tier must be seen, and how.</summary>
public sealed record ContactStandardRow(string Tier, int IntervalDays, ContactKind Kind);

/// <summary>One version of the service's contact standard, in force from its date until the next version.</summary>
public sealed record ContactStandardVersion(DateOnly EffectiveFrom, IReadOnlyList<ContactStandardRow> Rows, int WeeklyWeeksAfterStart = 4)
{
    public ContactStandardRow? For(string? tier) => tier is { Length: > 0 } ? Rows.FirstOrDefault(r => r.Tier == tier[..1]) : null;
}

/// <summary>When the next contact is due and whether it is overdue, with the reason in words.</summary>
public sealed record ContactDue(DateOnly DueOn, int IntervalDays, ContactKind Kind, bool IsOverdue, string Reason);

/// <summary>
/// The contact standard: no national table is published, so the service sets one (versioned by effective date). The
/// default sees tier A weekly, B every 2 weeks, C every 3, D every 4, E and F every 6 and G every 8 weeks, and everyone
/// weekly for the first 4 weeks after sentence or release.
/// </summary>
public static class ContactStandard
{
    public static readonly string[] Tiers = ["A", "B", "C", "D", "E", "F", "G"];

    public static ContactStandardVersion Default { get; } = new(new DateOnly(2020, 1, 1),
    [
        new("A", 7, ContactKind.Office),
        new("B", 14, ContactKind.Office),
        new("C", 21, ContactKind.Office),
        new("D", 28, ContactKind.Office),
        new("E", 42, ContactKind.Office),
        new("F", 42, ContactKind.Office),
        new("G", 56, ContactKind.Office),
    ]);

    /// <summary>The version in force on a day: the latest that started on or before it (the default if none has).</summary>
    public static ContactStandardVersion InForce(IEnumerable<ContactStandardVersion> versions, DateOnly on) =>
        versions.Where(v => v.EffectiveFrom <= on).MaxBy(v => v.EffectiveFrom) ?? Default;

    public static ContactDue NextDue(ContactStandardVersion standard, string? tier, DateOnly startOfSupervision, DateOnly? lastContact, DateOnly today)
    {
        var from = lastContact is { } last && last >= startOfSupervision ? last : startOfSupervision;
        var weeklyUntil = startOfSupervision.AddDays(7 * standard.WeeklyWeeksAfterStart);
        int interval;
        ContactKind kind;
        string reason;
        if (from < weeklyUntil)
        {
            interval = 7;
            kind = standard.For(tier)?.Kind ?? ContactKind.Office;
            reason = $"Weekly for the first {standard.WeeklyWeeksAfterStart} weeks after sentence or release";
        }
        else if (standard.For(tier) is { } row)
        {
            interval = row.IntervalDays;
            kind = row.Kind;
            reason = $"Tier {tier![..1]}: every {Weeks(row.IntervalDays)}";
        }
        else
        {
            interval = 7;
            kind = ContactKind.Office;
            reason = "No tier yet: weekly until the tier is set";
        }

        var due = from.AddDays(interval);
        return new ContactDue(due, interval, kind, today > due, lastContact is null ? $"{reason}; no contact yet" : reason);
    }

    private static string Weeks(int days) => days % 7 == 0 ? (days == 7 ? "week" : $"{days / 7} weeks") : $"{days} days";
}
