using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data.Entities;
using Waypoint.Domain.Assessments;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.Predictors.V4;

namespace Waypoint.Data.Risk;

public sealed record CompletionOutcome(bool Completed, IReadOnlyList<string> IncompleteSections, bool NeedsCountersignature);

/// <summary>
/// Completing an assessment: every section must be complete; the v4 predictors are calculated from the record and the
/// answers and kept with the assessment; an earlier completed assessment is superseded; the person's RoSH and review
/// date are set and the tier is recalculated at once.
/// </summary>
public static class AssessmentWorkflow
{
    public static IReadOnlyList<string> IncompleteSections(AssessmentAnswers answers) =>
        Questionnaire.Sections.Where(s => AssessmentRules.StatusOf(s, answers) != SectionStatus.Completed).Select(s => s.Title).ToList();

    public static async Task<CompletionOutcome> CompleteAsync(WaypointDbContext db, Assessment assessment, int staffMemberId, Grade grade, DateTime now,
        CancellationToken cancellationToken, Domain.Tiering.TierFrameworkPolicy? policy = null)
    {
        var answers = AssessmentAnswers.FromJson(assessment.AnswersJson);
        var incomplete = IncompleteSections(answers);
        if (incomplete.Count > 0)
        {
            return new CompletionOutcome(false, incomplete, false);
        }

        var today = DateOnly.FromDateTime(now);
        var facts = (await CaseRiskReader.ReadAsync(db, [assessment.PersonId], today, cancellationToken))[assessment.PersonId];
        var input = AssessmentRules.ToV4Input(facts.Record, answers, today);
        var results = V4Calculator.Calculate(input, today);
        var rosh = AssessmentRules.OverallRosh(answers);
        var countersign = AssessmentRules.NeedsCountersignature(grade, rosh);

        assessment.Status = countersign ? AssessmentStatus.AwaitingCountersignature : AssessmentStatus.Completed;
        assessment.CompletedAt = now;
        assessment.CompletedByStaffMemberId = staffMemberId;
        assessment.CompletedByGrade = grade;
        assessment.OverallRosh = rosh;
        assessment.CountersignRequired = countersign;
        assessment.PredictorsJson = SerialiseInput(input);
        assessment.ArpScore = results.Arp.Score;
        assessment.ArpStatic = results.Arp.ScoreType != ScoreType.Dynamic;
        assessment.CsrpScore = results.Csrp.Score;
        assessment.CsrpStatic = results.Csrp.ScoreType != ScoreType.Dynamic;
        assessment.DcSrpScore = results.DcSrp.Score;
        assessment.DcSrpBand = results.DcSrp.Band;

        var earlier = await db.Assessments
            .Where(a => a.PersonId == assessment.PersonId && a.Id != assessment.Id && CaseRiskReader.CompletedStatuses.Contains(a.Status))
            .ToListAsync(cancellationToken);
        foreach (var previous in earlier)
        {
            previous.Status = AssessmentStatus.Superseded;
            previous.SupersededByAssessmentId = assessment.Id;
        }

        // The assessment, the person's summary columns and the new tier commit together.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.SaveChangesAsync(cancellationToken);
        var reviewDue = AssessmentRules.ReviewDue(today);
        await db.People.Where(p => p.Id == assessment.PersonId).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.CurrentRosh, rosh)
            .SetProperty(p => p.AssessmentReviewDueOn, reviewDue)
            .SetProperty(p => p.AssessmentReviewReason, "16-week review"), cancellationToken);
        await TierRecalculator.RecalculateAsync(db, assessment.PersonId, "Assessment completed", now, cancellationToken, policy);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return new CompletionOutcome(true, [], countersign);
    }

    private static readonly JsonSerializerOptions InputJson = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public static string SerialiseInput(V4Input input) => JsonSerializer.Serialize(input, InputJson);

    /// <summary>The predictors' input kept with a completed assessment; calculating it again gives the same scores and their terms.</summary>
    public static V4Input? DeserialiseInput(string? json) => string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<V4Input>(json, InputJson);

    /// <summary>
    /// A significant event (new offence, recall, change of address, new registration) brings the review forward to today
    /// unless one is already due sooner.
    /// </summary>
    public static async Task FlagSignificantEventAsync(WaypointDbContext db, int personId, string what, DateOnly today, CancellationToken cancellationToken)
    {
        var hasAssessment = await db.Assessments.AnyAsync(a => a.PersonId == personId && CaseRiskReader.CompletedStatuses.Contains(a.Status), cancellationToken);
        if (!hasAssessment)
        {
            return;
        }

        await db.People.Where(p => p.Id == personId && (p.AssessmentReviewDueOn == null || p.AssessmentReviewDueOn > today))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.AssessmentReviewDueOn, today).SetProperty(p => p.AssessmentReviewReason, $"Significant event: {what}"), cancellationToken);
    }
}
