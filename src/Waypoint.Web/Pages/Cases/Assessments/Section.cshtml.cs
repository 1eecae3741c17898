using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Domain.Assessments;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Govuk;

namespace Waypoint.Web.Pages.Cases.Assessments;

/// <summary>
/// One section of a draft assessment. Saving keeps whatever is answered (a draft need not be complete) after checking
/// each answer is one the question allows; nothing is saved while any answer is wrong. Saves are checked against the
/// assessment's version so two people cannot overwrite each other.
/// </summary>
public class SectionModel(CaseAccessService access, WaypointDbContext db) : CasePageModel(access)
{
    public const int MaxCount = 999;

    protected override string AuditWhat => "Assessment section";

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "section")]
    public string SectionKey { get; set; } = "";

    public Section Section { get; private set; } = null!;

    /// <summary>The answers shown in the form: the saved ones, or what was just typed when it had a mistake.</summary>
    public AssessmentAnswers Answers { get; private set; } = new();

    public Dictionary<string, DateParts> Dates { get; } = [];

    public string Version { get; private set; } = "";

    public List<(string Text, string Href)> Errors { get; } = [];

    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Href == "#" + id).Text;

    public static string FieldId(string key) => $"answer-{key}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (assessment, stop) = await OpenDraftAsync(cancellationToken);
        if (stop is not null)
        {
            return stop;
        }

        Answers = AssessmentAnswers.FromJson(assessment.AnswersJson);
        Version = assessment.Version.ToString(CultureInfo.InvariantCulture);
        foreach (var question in Section.Questions.Where(q => q.Kind == AnswerKind.Date))
        {
            Dates[question.Key] = DateParts.From(Answers.Date(question.Key));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (assessment, stop) = await OpenDraftAsync(cancellationToken);
        if (stop is not null)
        {
            return stop;
        }

        var form = Request.Form;
        if (!int.TryParse(form["Version"], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return BadRequest();
        }

        Version = version.ToString(CultureInfo.InvariantCulture);
        var saved = AssessmentAnswers.FromJson(assessment.AnswersJson);
        var typed = saved.Copy();
        foreach (var question in Section.Questions)
        {
            if (!Read(question, typed))
            {
                return BadRequest();
            }
        }

        // Questions that apply only after a "yes" (the sexual-offending counts) must be left empty after a "no".
        foreach (var question in Section.Questions.Where(q => q.RequiredWhen is { } condition && typed.Bool(condition) == false && typed.Has(q.Key)))
        {
            var condition = Questionnaire.FindQuestion(question.RequiredWhen!)!;
            Errors.Add(($"Leave '{question.Text}' empty, or change the answer to '{condition.Text}'",
                "#" + FieldId(question.Key) + (question.Kind == AnswerKind.Date ? "-day" : "")));
        }

        var analysis = form["analysis"].ToString();
        if (Section.Kind == SectionKind.Needs)
        {
            if (analysis.Trim().Length > AssessmentRules.AnalysisMaxLength)
            {
                Errors.Add(($"The analysis must be {AssessmentRules.AnalysisMaxLength} characters or fewer", "#analysis"));
            }

            typed.Set(Section.AnalysisKey, analysis);
        }

        Answers = typed;
        if (Errors.Count > 0)
        {
            return Page();
        }

        var tracked = await db.Assessments.SingleAsync(a => a.Id == Id, cancellationToken);
        db.Entry(tracked).Property(a => a.Version).OriginalValue = version;
        tracked.AnswersJson = typed.ToJson();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Errors.Add(("Someone else saved this assessment while you were editing it. Nothing you entered here was saved: check the answers and save again",
                "#" + FieldId(Section.Questions[0].Key)));
            db.ChangeTracker.Clear();
            var current = await db.Assessments.AsNoTracking().SingleAsync(a => a.Id == Id, cancellationToken);
            Version = current.Version.ToString(CultureInfo.InvariantCulture);
            return Page();
        }

        return Redirect($"/cases/{Case.Crn}/assessments/{Id}");
    }

    /// <summary>Reads one question's answer from the form; false when the value could only come from a tampered form.</summary>
    private bool Read(Question question, AssessmentAnswers answers)
    {
        var form = Request.Form;
        var id = FieldId(question.Key);
        switch (question.Kind)
        {
            case AnswerKind.Checklist:
                var ticked = form[id].Select(v => v ?? "").ToList();
                if (ticked.Count == 0)
                {
                    answers.Set(question.Key, null);
                    return true;
                }

                if (ticked.Contains("NONE"))
                {
                    if (ticked.Count > 1)
                    {
                        Errors.Add(($"Select the ones that apply, or 'None of these': {question.Text}", "#" + id));
                    }

                    answers.Set(question.Key, "", keepEmpty: true);
                    return true;
                }

                if (ticked.Any(t => question.Choices.All(c => c.Value != t)))
                {
                    return false;
                }

                answers.Set(question.Key, string.Join(',', ticked.Distinct()));
                return true;
            case AnswerKind.Count:
                var text = form[id].ToString().Trim();
                if (text.Length == 0)
                {
                    answers.Set(question.Key, null);
                }
                else if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > MaxCount)
                {
                    Errors.Add(($"{question.Text} must be a whole number between 0 and {MaxCount}", "#" + id));
                    answers.Set(question.Key, text);
                }
                else
                {
                    answers.Set(question.Key, count.ToString(CultureInfo.InvariantCulture));
                }

                return true;
            case AnswerKind.Date:
                var parts = new DateParts { Day = form[$"{id}.Day"], Month = form[$"{id}.Month"], Year = form[$"{id}.Year"] };
                Dates[question.Key] = parts;
                if (parts.IsEmpty)
                {
                    answers.Set(question.Key, null);
                    return true;
                }

                var date = parts.TryGetDate(question.Text.ToLowerInvariant(), out var error);
                if (error is null && date is { } d && (d > Display.Today || d <= Case.DateOfBirth))
                {
                    error = $"{question.Text} must be after the date of birth and not in the future";
                }

                if (error is not null)
                {
                    Errors.Add((error, $"#{id}-day"));
                    return true;
                }

                answers.Set(question.Key, date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                return true;
            case AnswerKind.Text:
                var words = form[id].ToString();
                if (words.Trim().Length > AssessmentRules.AnalysisMaxLength)
                {
                    Errors.Add(($"{question.Text} must be {AssessmentRules.AnalysisMaxLength} characters or fewer", "#" + id));
                }

                answers.Set(question.Key, words);
                return true;
            default:
                var value = form[id].ToString();
                if (value.Length == 0)
                {
                    answers.Set(question.Key, null);
                    return true;
                }

                if (question.Choices.All(c => c.Value != value))
                {
                    return false;
                }

                answers.Set(question.Key, value);
                return true;
        }
    }

    /// <summary>The draft this section belongs to, or why it cannot be edited here (not found, not allowed, already completed).</summary>
    private async Task<(Assessment Assessment, IActionResult? Stop)> OpenDraftAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return (null!, refused);
        }

        var assessment = await LoadDraftAsync(cancellationToken);
        if (assessment is null)
        {
            return (null!, NotFound());
        }

        if (!MayChange)
        {
            return (null!, Forbid());
        }

        return assessment.Status != AssessmentStatus.Draft ? (null!, Redirect($"/cases/{Case.Crn}/assessments/{Id}")) : (assessment, null);
    }

    private async Task<Assessment?> LoadDraftAsync(CancellationToken cancellationToken)
    {
        if (Questionnaire.Find(SectionKey) is not { } section)
        {
            return null;
        }

        Section = section;
        return await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == Id && a.PersonId == Case.Id, cancellationToken);
    }
}
