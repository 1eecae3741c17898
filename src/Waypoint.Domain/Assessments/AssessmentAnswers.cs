using System.Globalization;
using System.Text.Json;
using Waypoint.Domain.Predictors;
using Waypoint.Domain.Tiering;

namespace Waypoint.Domain.Assessments;

/// <summary>
/// The answers of one assessment, keyed by question (and "section.analysis" for each section's analysis). A missing key
/// is unanswered; an empty checklist ("") is answered with nothing ticked.
/// </summary>
public sealed class AssessmentAnswers
{
    private readonly SortedDictionary<string, string> values;

    public AssessmentAnswers()
        : this(new SortedDictionary<string, string>(StringComparer.Ordinal))
    {
    }

    private AssessmentAnswers(SortedDictionary<string, string> values) => this.values = values;

    public IReadOnlyDictionary<string, string> Values => values;

    public string? Get(string key) => values.GetValueOrDefault(key);

    public bool Has(string key) => values.ContainsKey(key);

    /// <summary>Sets an answer; null removes it. Text is trimmed; an empty text answer is removed too.</summary>
    public void Set(string key, string? value, bool keepEmpty = false)
    {
        var trimmed = value?.Trim();
        if (trimmed is null || (trimmed.Length == 0 && !keepEmpty))
        {
            values.Remove(key);
        }
        else
        {
            values[key] = trimmed;
        }
    }

    public bool? Bool(string key) => Get(key) switch { Questionnaire.Yes => true, Questionnaire.No => false, _ => null };

    public ProblemLevel? Problem(string key) => Get(key) switch
    {
        "NO_PROBLEMS" => ProblemLevel.None,
        "SOME_PROBLEMS" => ProblemLevel.Some,
        "SIGNIFICANT_PROBLEMS" => ProblemLevel.Significant,
        _ => null,
    };

    public int? Count(string key) => int.TryParse(Get(key), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    public DateOnly? Date(string key) => DateOnly.TryParseExact(Get(key), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public RoshLevel? Rosh(string key) => Get(key) switch
    {
        "LOW" => RoshLevel.Low,
        "MEDIUM" => RoshLevel.Medium,
        "HIGH" => RoshLevel.High,
        "VERY_HIGH" => RoshLevel.VeryHigh,
        _ => null,
    };

    /// <summary>A checklist's ticked values; null when the checklist is unanswered.</summary>
    public IReadOnlyList<string>? List(string key) => Get(key) is { } text
        ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        : null;

    public string ToJson() => JsonSerializer.Serialize(values);

    public static AssessmentAnswers FromJson(string? json) => string.IsNullOrWhiteSpace(json)
        ? new AssessmentAnswers()
        : new AssessmentAnswers(new SortedDictionary<string, string>(JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [], StringComparer.Ordinal));

    public AssessmentAnswers Copy() => new(new SortedDictionary<string, string>(values, StringComparer.Ordinal));
}
