using Waypoint.Domain.Appointments;
using Waypoint.Domain.Sentencing;
using Waypoint.Domain.Workload;

namespace Waypoint.Domain.Enforcement;

/// <summary>What the practitioner decides at an enforcement point.</summary>
public enum EnforcementAction
{
    /// <summary>A formal warning, by letter, with the consequences of a further failure.</summary>
    Warning = 1,
    /// <summary>Breach proceedings: the case goes back to court.</summary>
    BreachAction,
    /// <summary>After a further failure, no breach because of exceptional circumstances (alternative to breach).</summary>
    NoBreach,
    /// <summary>For a licence: recommend recall to prison.</summary>
    Recall,
    /// <summary>For a licence: do not recall; manage in the community (alternative to recall).</summary>
    NoRecall,
}

public enum RecallType
{
    FixedTerm = 1,
    Standard,
}

/// <summary>The stages of a breach, so a court officer or a covering practitioner can see where it stands.</summary>
public enum BreachStage
{
    WarningGiven = 1,
    BreachDecided,
    Countersigned,
    BreachPackReady,
    ListedAtCourt,
    CourtOutcome,
}

public sealed record EnforcementRecommendation(
    EnforcementAction Action,
    string Reason,
    IReadOnlyList<EnforcementAction> Options,
    DateOnly? ActBy);

/// <summary>
/// The service's enforcement policy. The defaults follow the Sentencing Code for community orders (Schedule 10) and
/// suspended sentence orders (Schedule 16): a first unacceptable failure gets a warning; a further unacceptable failure
/// within 12 months of a warning means breach action, started within 10 working days. For a licence every unacceptable
/// failure leads to a recall consideration.
/// </summary>
public sealed record EnforcementPolicy(
    int WarningsBeforeBreach = 1,
    int WarningValidMonths = 12,
    int BreachStartWorkingDays = 10,
    int EvidenceWindowWorkingDays = 5,
    int WarningResponseWorkingDays = 5,
    bool CountersignBreach = true,
    bool CountersignRecall = true,
    bool CountersignNoBreachAfterFurtherFailure = true,
    bool CountersignNoRecall = false)
{
    public static EnforcementPolicy Default { get; } = new();

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (WarningsBeforeBreach is < 0 or > 3) problems.Add("Warnings before breach must be between 0 and 3.");
        if (WarningValidMonths is < 1 or > 24) problems.Add("A warning must stay in force for between 1 and 24 months.");
        if (BreachStartWorkingDays is < 1 or > 20) problems.Add("Breach action must start within 1 to 20 working days.");
        if (EvidenceWindowWorkingDays is < 1 or > 20) problems.Add("The evidence window must be between 1 and 20 working days.");
        if (WarningResponseWorkingDays is < 1 or > 20) problems.Add("The warning response window must be between 1 and 20 working days.");
        return problems;
    }

    /// <summary>
    /// The recommendation for an unacceptable failure on <paramref name="failureDate"/>, given the dates of the warnings
    /// already given on this order. The same facts always give the same recommendation.
    /// </summary>
    public EnforcementRecommendation Recommend(SentenceType order, DateOnly failureDate, IEnumerable<DateOnly> warningsGiven, IReadOnlySet<DateOnly>? serviceHolidays = null)
    {
        if (order == SentenceType.CustodyWithLicence)
        {
            return new(EnforcementAction.Recall,
                "On licence, an unacceptable failure to comply means considering recall: record the licence conditions breached, the risk now and the alternatives tried.",
                [EnforcementAction.Recall, EnforcementAction.NoRecall],
                failureDate);
        }

        var inForce = warningsGiven.Where(w => w <= failureDate && w.AddMonths(WarningValidMonths) >= failureDate).Order().ToList();
        if (inForce.Count < WarningsBeforeBreach)
        {
            var reason = inForce.Count == 0
                ? $"This is the first unacceptable failure with no warning in the last {WarningValidMonths} months: give a warning."
                : $"{inForce.Count} warning(s) in the last {WarningValidMonths} months, fewer than the {WarningsBeforeBreach} the policy gives before breach: give a further warning.";
            return new(EnforcementAction.Warning, reason, [EnforcementAction.Warning, EnforcementAction.BreachAction], null);
        }

        var actBy = WorkingDays.Add(failureDate, BreachStartWorkingDays, serviceHolidays);
        var last = inForce[^1];
        return new(EnforcementAction.BreachAction,
            $"A warning was given on {Words.Date(last)}, within {WarningValidMonths} months of this failure: breach action must start by {Words.Date(actBy)} ({BreachStartWorkingDays} working days).",
            [EnforcementAction.BreachAction, EnforcementAction.NoBreach],
            actBy);
    }

    /// <summary>Whether a decision needs a senior probation officer's countersignature before it takes effect, and why.</summary>
    public (bool Needed, string? Why) NeedsCountersignature(EnforcementRecommendation recommendation, EnforcementAction decision) => decision switch
    {
        EnforcementAction.BreachAction when CountersignBreach => (true, "Breach action needs a senior probation officer's countersignature."),
        EnforcementAction.Recall when CountersignRecall => (true, "A recall recommendation needs a senior probation officer's decision."),
        EnforcementAction.NoBreach when CountersignNoBreachAfterFurtherFailure && recommendation.Action == EnforcementAction.BreachAction =>
            (true, "Not breaching after a further failure within a warning period needs a senior probation officer's countersignature."),
        EnforcementAction.NoRecall when CountersignNoRecall => (true, "A decision not to recall needs a senior probation officer's countersignature."),
        _ => (false, null),
    };

    /// <summary>A decision is valid only when it is one of the options for the recommendation.</summary>
    public static bool IsOption(EnforcementRecommendation recommendation, EnforcementAction decision) => recommendation.Options.Contains(decision);

    public static string ActionWords(EnforcementAction action) => action switch
    {
        EnforcementAction.Warning => "Warning",
        EnforcementAction.BreachAction => "Breach action",
        EnforcementAction.NoBreach => "No breach (exceptional circumstances)",
        EnforcementAction.Recall => "Recall",
        _ => "No recall (manage in the community)",
    };

    public static string StageWords(BreachStage stage) => stage switch
    {
        BreachStage.WarningGiven => "Warning given",
        BreachStage.BreachDecided => "Breach decided",
        BreachStage.Countersigned => "Countersigned",
        BreachStage.BreachPackReady => "Breach pack ready",
        BreachStage.ListedAtCourt => "Listed at court",
        _ => "Court outcome",
    };
}

/// <summary>Absence rules: what may be judged unacceptable, and when the evidence window closes.</summary>
public static class AbsenceRules
{
    /// <summary>A reason that is by its nature acceptable when evidenced; the practitioner still judges.</summary>
    public static bool IsReasonAllowed(AbsenceJudgement judgement, AbsenceReason reason) => judgement switch
    {
        AbsenceJudgement.Acceptable => reason != AbsenceReason.NoExplanation,
        AbsenceJudgement.Unacceptable => reason != AbsenceReason.SicknessWithEvidence,
        _ => reason == AbsenceReason.NoExplanation,
    };

    public static DateOnly EvidenceWindowCloses(DateOnly missedOn, EnforcementPolicy policy, IReadOnlySet<DateOnly>? serviceHolidays = null) =>
        WorkingDays.Add(missedOn, policy.EvidenceWindowWorkingDays, serviceHolidays);

    public static string ReasonWords(AbsenceReason reason) => reason switch
    {
        AbsenceReason.SicknessWithEvidence => "Sickness, with evidence",
        AbsenceReason.SicknessWithoutEvidence => "Sickness, without evidence",
        AbsenceReason.Work => "Work",
        AbsenceReason.Caring => "Caring responsibilities",
        AbsenceReason.Travel => "Travel problems",
        AbsenceReason.Other => "Other",
        _ => "No explanation given",
    };
}
