using Waypoint.Domain.Appointments;
using Waypoint.Domain.Notifications;

namespace Waypoint.Domain.Enforcement;

/// <summary>Warning letters and recall reports, generated from the recorded facts in plain English.</summary>
public static class EnforcementLetters
{
    public static ComposedMessage Warning(string firstName, (string What, DateTime When)? failure, string whatHappened, int validMonths, DateOnly respondBy, string officer)
    {
        var failed = failure is { } f ? $"You did not comply with your order at your {f.What} on {Words.When(f.When)}." : "You did not comply with your order.";
        return new(
            "Formal warning: you did not comply with your order",
            $"Dear {firstName},\n\nThis is a formal warning. {failed}\n\nWhat happened: {whatHappened}\n\n"
            + $"If you fail to comply again within the next {validMonths} months, we must take you back to court (breach action). The court can give you a stricter sentence.\n\n"
            + $"If you think this warning is wrong, or there is something we should know, contact your probation officer by {Words.LongDate(respondBy)}.\n\n"
            + $"Your next appointments still stand. You must go to them.\n\nYours sincerely,\n{officer}\nProbation Service");
    }

    public static ComposedMessage RecallReport(
        string personName, string crn, string licenceConditionsBreached, string behaviour, string responseToSupervision, string risk,
        string alternativesTried, RecallType? recallType, string rationale, string decidedBy, DateTime decidedAt,
        string? countersignedBy, DateTime? countersignedAt, string? seniorReasoning, string decision)
    {
        var body = $"Person: {personName} (CRN {crn})\n"
            + $"Recommendation: {decision}{(recallType is { } t ? $" ({(t == RecallType.FixedTerm ? "fixed-term" : "standard")} recall)" : "")}\n"
            + $"Recommended by {decidedBy} on {Words.When(decidedAt)}\n\n"
            + $"Licence conditions breached:\n{licenceConditionsBreached}\n\n"
            + $"Behaviour and circumstances:\n{behaviour}\n\n"
            + $"Response to supervision:\n{responseToSupervision}\n\n"
            + $"Current risk of serious harm and protective factors:\n{risk}\n\n"
            + $"Alternatives to recall tried or considered:\n{alternativesTried}\n\n"
            + $"Rationale:\n{rationale}\n\n"
            + (countersignedBy is null
                ? "Senior probation officer's decision: awaited."
                : $"Senior probation officer's decision: {countersignedBy} on {Words.When(countersignedAt!.Value)}.\n{seniorReasoning}");
        return new($"Recall report: {personName} ({crn})", body);
    }
}
