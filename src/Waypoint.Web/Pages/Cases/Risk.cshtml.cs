using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Data.Risk;
using Waypoint.Domain.Assessments;
using Waypoint.Domain.Predictors;
using Waypoint.Domain.Predictors.V4;
using Waypoint.Domain.Tiering;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Cases;

namespace Waypoint.Web.Pages.Cases;

/// <summary>
/// The case's risk on one page: the tier with since when and why, the contact standard it sets, the risk of serious
/// harm, the OASys version 4 predictors from the latest completed assessment (each with a "why" panel), OGRS3 from the
/// record, the assessment's review date, and the tier history.
/// </summary>
public class RiskModel(CaseAccessService access, WaypointDbContext db, TierFrameworkPolicy policy) : CasePageModel(access)
{
    private static readonly JsonSerializerOptions StepsJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    protected override string AuditWhat => "Risk and predictors";

    public sealed record TierHistoryRow(DateTime CalculatedAt, string Tier, bool Provisional, string ProtectChangeTier, string Trigger);

    public sealed record StoredSteps(List<TierStep> Current, List<ProtectChangeStep> ProtectChange);

    public Ogrs3Input Inputs { get; private set; } = null!;

    public Ogrs3Result Ogrs3 { get; private set; } = null!;

    public string? MainOffence { get; private set; }

    public DateOnly CalculatedOn { get; private set; }

    public string? Tier { get; private set; }

    public bool TierProvisional { get; private set; }

    public DateTime? TierSince { get; private set; }

    public StoredSteps? Steps { get; private set; }

    public string? ProtectChangeTier { get; private set; }

    /// <summary>The framework whose tier is the case's tier today (configuration: Tiering:Framework and Tiering:FrameworkFrom).</summary>
    public TierFramework Framework { get; private set; }

    public string? LetterTier { get; private set; }

    public List<TierHistoryRow> History { get; private set; } = [];

    public RoshLevel? Rosh { get; private set; }

    public AssessmentAnswers? RoshAnswers { get; private set; }

    public DateOnly? ReviewDue { get; private set; }

    public string? ReviewReason { get; private set; }

    public (int Id, DateTime CompletedAt, AssessmentStatus Status)? LatestAssessment { get; private set; }

    public int? OpenAssessmentId { get; private set; }

    public V4Results? Predictors { get; private set; }

    public ContactDue? NextContact { get; private set; }

    public DateOnly? LastContact { get; private set; }

    public bool JustCompleted { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool completed, CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        JustCompleted = completed;
        Framework = policy.On(Display.Today);
        var now = DateTime.UtcNow;
        CalculatedOn = Display.Today;
        var facts = (await CaseRiskReader.ReadAsync(db, [Case.Id], CalculatedOn, cancellationToken))[Case.Id];
        var record = facts.Record;
        Inputs = new Ogrs3Input(record.Gender, record.DateOfBirth, record.DateOfCurrentConviction, record.DateAtStartOfFollowup, record.TotalSanctions,
            record.AgeAtFirstSanction, record.CurrentOffenceCode);
        Ogrs3 = Ogrs3Calculator.Calculate(Inputs);
        MainOffence = await db.Events.AsNoTracking().Where(e => e.PersonId == Case.Id && e.IsActive).OrderByDescending(e => e.ConvictionDate)
            .SelectMany(e => e.Offences.OrderByDescending(o => o.IsMain).Take(1)).Select(o => o.Description + " (" + o.OffenceCode + ")").FirstOrDefaultAsync(cancellationToken);

        var person = await db.People.AsNoTracking().Where(p => p.Id == Case.Id)
            .Select(p => new { p.CurrentTier, p.TierProvisional, p.TierChangedAt, p.CurrentRosh, p.AssessmentReviewDueOn, p.AssessmentReviewReason })
            .SingleAsync(cancellationToken);
        (Tier, TierProvisional, TierSince, Rosh, ReviewDue, ReviewReason) =
            (person.CurrentTier, person.TierProvisional, person.TierChangedAt, person.CurrentRosh, person.AssessmentReviewDueOn, person.AssessmentReviewReason);

        var calculations = await db.TierCalculations.AsNoTracking().Where(t => t.PersonId == Case.Id)
            .OrderByDescending(t => t.CalculatedAt).ThenByDescending(t => t.Id).Take(20)
            .Select(t => new { t.CalculatedAt, t.Tier, t.Provisional, t.ProtectChangeTier, t.Trigger, t.StepsJson })
            .ToListAsync(cancellationToken);
        if (calculations.Count > 0)
        {
            Steps = JsonSerializer.Deserialize<StoredSteps>(calculations[0].StepsJson, StepsJson);
            ProtectChangeTier = calculations[0].ProtectChangeTier;
            LetterTier = calculations[0].Tier;
        }

        History = calculations.Select(c => new TierHistoryRow(c.CalculatedAt, c.Tier, c.Provisional, c.ProtectChangeTier, c.Trigger)).ToList();

        var assessments = await db.Assessments.AsNoTracking().Where(a => a.PersonId == Case.Id && a.Status != AssessmentStatus.Superseded)
            .Select(a => new { a.Id, a.Status, a.CompletedAt, a.AnswersJson, a.PredictorsJson })
            .ToListAsync(cancellationToken);
        OpenAssessmentId = assessments.FirstOrDefault(a => a.Status == AssessmentStatus.Draft)?.Id;
        var latest = assessments.Where(a => CaseRiskReader.CompletedStatuses.Contains(a.Status)).MaxBy(a => a.CompletedAt);
        if (latest is not null)
        {
            LatestAssessment = (latest.Id, latest.CompletedAt!.Value, latest.Status);
            RoshAnswers = AssessmentAnswers.FromJson(latest.AnswersJson);
            if (AssessmentWorkflow.DeserialiseInput(latest.PredictorsJson) is { } input)
            {
                Predictors = V4Calculator.Calculate(input, input.AssessmentDate ?? DateOnly.FromDateTime(latest.CompletedAt.Value));
            }
        }

        if (facts.HasActiveEvent && record.DateAtStartOfFollowup is { } start)
        {
            LastContact = await ContactStandardReader.LastSupervisionContactAsync(db, Case.Id, now, cancellationToken);
            var standard = ContactStandard.InForce(await ContactStandardReader.VersionsAsync(db, cancellationToken), CalculatedOn);
            NextContact = ContactStandard.NextDue(standard, Tier, start, LastContact, CalculatedOn);
        }

        return Page();
    }

    /// <summary>Each refusal code in words a practitioner can act on.</summary>
    public static string Explain(PredictorRefusal refusal) => refusal.Type switch
    {
        "MISSING_MANDATORY_INPUT" => $"Missing from the record: {string.Join(", ", refusal.Fields.Select(FieldName))}.",
        "MISSING_DYNAMIC_INPUT" => $"Scored from the record only (static) because these answers are missing: {string.Join(", ", refusal.Fields.Select(FieldName))}.",
        "TOTAL_NUMBER_OF_SANCTIONS_OUT_OF_RANGE" => "The number of sanctions must be at least 1 (it includes the current conviction).",
        "DATE_OF_CURRENT_CONVICTION_BEFORE_DATE_OF_BIRTH" => "The conviction date is on or before the date of birth.",
        "DATE_OF_START_OF_FOLLOWUP_BEFORE_DATE_OF_BIRTH" => "The start of follow-up is on or before the date of birth.",
        "AGE_AT_CURRENT_CONVICTION_UNDER_10" => "The person was under 10 at the current conviction.",
        "AGE_AT_FIRST_SANCTION_AFTER_AGE_AT_CURRENT_CONVICTION" => "The age at first sanction is later than the age at the current conviction.",
        "AGE_AT_START_OF_FOLLOWUP_UNDER_16" => "OGRS3 is not published for people under 16 at the start of follow-up.",
        "OFFENCE_CODE_INCORRECT_FORMAT" => "The main offence code is not a five-digit Home Office code.",
        "OFFENCE_CODE_MAPPING_NOT_FOUND" => "The main offence code has no offence group for this predictor.",
        "NEED_DETAILS_OF_EXACT_OFFENCE" => "The main offence code needs the exact offence before it can be scored.",
        "VIOLENT_SANCTION_OUT_OF_RANGE" => "The number of violent sanctions is more than the number of sanctions.",
        "COMPONENT_VALIDATION_ERROR" => "One of the predictors it combines could not be calculated.",
        "SEXUAL_REOFFENDING_PREDICTOR_NO_SANCTIONS" => "A sexual-offence history is recorded but no sexual sanctions are counted.",
        "TOTAL_NUMBER_OF_SEXUAL_SANCTIONS_OUT_OF_RANGE" => "There are more sexual sanctions than sanctions.",
        "SEXUAL_REOFFENDING_PREDICTOR_INCONSISTENT_INPUT" => "Sexual sanctions are counted but no sexual-offence history is recorded.",
        "MOTIVATION_TO_TACKLE_DRUG_MISUSE_INCONSISTENT" => "Drug use is recorded without the motivation to tackle it (8.8).",
        "DATE_OF_CURRENT_CONVICTION_WITHIN_THREE_MONTHS_OF_ASSESSMENT_DATE" => "The conviction is more than three months after the assessment date.",
        "UNEXPECTED_ERROR" => "The score could not be calculated from these inputs.",
        _ => refusal.Type,
    };

    private static string FieldName(string field) => field switch
    {
        "gender" => "gender (male or female)",
        "dateOfBirth" => "date of birth",
        "dateOfCurrentConviction" => "date of the current conviction",
        "dateAtStartOfFollowup" => "start of follow-up (sentence or release date)",
        "totalNumberOfSanctionsForAllOffences" => "total number of sanctions",
        "ageAtFirstSanction" => "age at first sanction",
        "currentOffenceCode" => "main offence code",
        _ => Questionnaire.FindQuestion(field)?.Text.ToLowerInvariant() ?? field,
    };
}
