using Microsoft.AspNetCore.Html;
using Waypoint.Data.Entities;
using Waypoint.Domain.Assessments;
using Waypoint.Domain.Predictors.V4;
using Waypoint.Domain.Tiering;
using Waypoint.Web.Infrastructure.Govuk;

namespace Waypoint.Web.Infrastructure.Risk;

/// <summary>How risk and assessment values are shown: words and GOV.UK tag colours.</summary>
public static class RiskDisplay
{
    public static IHtmlContent StatusTag(AssessmentStatus status) => status switch
    {
        AssessmentStatus.Draft => Govuk.Govuk.Tag("Draft", "govuk-tag--blue"),
        AssessmentStatus.AwaitingCountersignature => Govuk.Govuk.Tag("Awaiting countersignature", "govuk-tag--yellow"),
        AssessmentStatus.Completed => Govuk.Govuk.Tag("Completed", "govuk-tag--green"),
        _ => Govuk.Govuk.Tag("Superseded", "govuk-tag--grey"),
    };

    public static IHtmlContent SectionTag(SectionStatus status) => status switch
    {
        SectionStatus.Completed => Govuk.Govuk.Tag("Completed"),
        SectionStatus.InProgress => Govuk.Govuk.Tag("In progress", "govuk-tag--light-blue"),
        _ => Govuk.Govuk.Tag("Not yet started", "govuk-tag--blue"),
    };

    public static string Rosh(RoshLevel? level) => level is { } l ? TierCalculator.RoshWords(l) : "Not assessed";

    public static IHtmlContent RoshTag(RoshLevel? level) => level switch
    {
        RoshLevel.VeryHigh => Govuk.Govuk.Tag("Very high RoSH", "govuk-tag--red"),
        RoshLevel.High => Govuk.Govuk.Tag("High RoSH", "govuk-tag--orange"),
        RoshLevel.Medium => Govuk.Govuk.Tag("Medium RoSH", "govuk-tag--yellow"),
        RoshLevel.Low => Govuk.Govuk.Tag("Low RoSH", "govuk-tag--green"),
        _ => Govuk.Govuk.Tag("RoSH not assessed", "govuk-tag--grey"),
    };

    public static IHtmlContent BandTag(V4Band? band) => band switch
    {
        V4Band.Low => Govuk.Govuk.Tag("Low", "govuk-tag--green"),
        V4Band.Medium => Govuk.Govuk.Tag("Medium", "govuk-tag--yellow"),
        V4Band.High => Govuk.Govuk.Tag("High", "govuk-tag--orange"),
        V4Band.VeryHigh => Govuk.Govuk.Tag("Very high", "govuk-tag--red"),
        V4Band.NotApplicable => Govuk.Govuk.Tag("Not applicable", "govuk-tag--grey"),
        _ => Govuk.Govuk.Tag("Not calculated", "govuk-tag--grey"),
    };

    public static string TierWords(string? tier) => tier switch
    {
        null => "Not calculated yet",
        TierResult.Missing => "Missing: the assessment's predictors are needed",
        TierResult.NotSupervised => "Not supervised (no current sentence)",
        _ => $"Tier {tier}",
    };

    /// <summary>The tier as the case header shows it: "Tier D", "Tier missing (needs an assessment)".</summary>
    public static string TierShort(string? tier) => tier switch
    {
        null => "Tier not calculated yet",
        TierResult.Missing => "Tier missing (needs an assessment)",
        TierResult.NotSupervised => "Not supervised",
        _ => $"Tier {tier}",
    };

    public static string Reason(AssessmentReason reason) => reason switch
    {
        AssessmentReason.Initial => "Initial assessment",
        AssessmentReason.Review => "Review",
        _ => "Review after a significant event",
    };

    /// <summary>An answer as the practitioner chose it, in the question's own words.</summary>
    public static string Answer(Question question, AssessmentAnswers answers)
    {
        if (!answers.Has(question.Key))
        {
            return "Not answered";
        }

        var value = answers.Get(question.Key)!;
        return question.Kind switch
        {
            AnswerKind.Checklist => answers.List(question.Key) is { Count: > 0 } ticked
                ? string.Join(", ", ticked.Select(t => question.Choices.FirstOrDefault(c => c.Value == t)?.Text ?? t))
                : "None of these",
            AnswerKind.Date => Display.Date(answers.Date(question.Key)),
            AnswerKind.Count or AnswerKind.Text => value,
            _ => question.Choices.FirstOrDefault(c => c.Value == value)?.Text ?? value,
        };
    }
}
