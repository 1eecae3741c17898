using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Domain.People;
using Waypoint.Domain.Predictors;
using Waypoint.Domain.Sentencing;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Cases;

namespace Waypoint.Web.Pages.Cases;

/// <summary>
/// The case's actuarial predictors, calculated from the record as it stands today, with the inputs used and a "why"
/// panel of each term. So far OGRS3; the assessment-based predictors and the tier follow with the assessment.
/// </summary>
public class RiskModel(CaseAccessService access, WaypointDbContext db) : CasePageModel(access)
{
    protected override string AuditWhat => "Risk and predictors";

    public Ogrs3Input Inputs { get; private set; } = null!;

    public Ogrs3Result Ogrs3 { get; private set; } = null!;

    public string? MainOffence { get; private set; }

    public DateOnly CalculatedOn { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var facts = await db.People.AsNoTracking().Where(p => p.Id == Case.Id).Select(p => new
        {
            p.Gender, p.DateOfBirth, p.TotalSanctions, p.AgeAtFirstSanction,
            Current = p.Events.Where(e => e.IsActive).OrderByDescending(e => e.ConvictionDate).Select(e => new
            {
                e.ConvictionDate,
                SentenceType = (SentenceType?)e.Sentence!.Type,
                SentenceDate = (DateOnly?)e.Sentence.SentenceDate,
                e.Sentence.ReleaseDate,
                Offence = e.Offences.OrderByDescending(o => o.IsMain).Select(o => new { o.OffenceCode, o.Description }).FirstOrDefault(),
            }).FirstOrDefault(),
        }).SingleAsync(cancellationToken);

        // Follow-up starts on the sentence date for community sentences and on release from custody.
        var followup = facts.Current?.SentenceType == SentenceType.CustodyWithLicence ? facts.Current.ReleaseDate : facts.Current?.SentenceDate;
        Inputs = new Ogrs3Input(
            facts.Gender switch { Gender.Male => PredictorGender.Male, Gender.Female => PredictorGender.Female, _ => null },
            facts.DateOfBirth, facts.Current?.ConvictionDate, followup, facts.TotalSanctions, facts.AgeAtFirstSanction, facts.Current?.Offence?.OffenceCode);
        MainOffence = facts.Current?.Offence is { } offence ? $"{offence.Description} ({offence.OffenceCode})" : null;
        Ogrs3 = Ogrs3Calculator.Calculate(Inputs);
        CalculatedOn = Display.Today;
        return Page();
    }

    /// <summary>Each refusal code in words a practitioner can act on.</summary>
    public static string Explain(PredictorRefusal refusal) => refusal.Type switch
    {
        "MISSING_MANDATORY_INPUT" => $"Missing from the record: {string.Join(", ", refusal.Fields.Select(FieldName))}.",
        "TOTAL_NUMBER_OF_SANCTIONS_OUT_OF_RANGE" => "The number of sanctions must be at least 1 (it includes the current conviction).",
        "DATE_OF_CURRENT_CONVICTION_BEFORE_DATE_OF_BIRTH" => "The conviction date is on or before the date of birth.",
        "DATE_OF_START_OF_FOLLOWUP_BEFORE_DATE_OF_BIRTH" => "The start of follow-up is on or before the date of birth.",
        "AGE_AT_CURRENT_CONVICTION_UNDER_10" => "The person was under 10 at the current conviction.",
        "AGE_AT_FIRST_SANCTION_AFTER_AGE_AT_CURRENT_CONVICTION" => "The age at first sanction is later than the age at the current conviction.",
        "AGE_AT_START_OF_FOLLOWUP_UNDER_16" => "OGRS3 is not published for people under 16 at the start of follow-up.",
        "OFFENCE_CODE_INCORRECT_FORMAT" => "The main offence code is not a five-digit Home Office code.",
        "OFFENCE_CODE_MAPPING_NOT_FOUND" => "The main offence code has no OGRS3 offence group.",
        "NEED_DETAILS_OF_EXACT_OFFENCE" => "The main offence code needs the exact offence before it can be scored.",
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
        _ => field,
    };
}
