namespace Waypoint.Domain.Predictors.V4;

/// <summary>
/// Home Office offence code to the version 4 actuarial category (offence-codes-v4.csv, embedded as data).
/// A code mapped to UNKNOWN is treated as not mapped.
/// </summary>
public sealed class V4OffenceTable
{
    public const string Unknown = "UNKNOWN";
    private readonly Dictionary<string, string> categories;

    private V4OffenceTable(Dictionary<string, string> categories) => this.categories = categories;

    public int Count => categories.Count;

    private static readonly Lazy<V4OffenceTable> Published = new(() => EmbeddedData.ReadText("offence-codes-v4.csv", Load));

    public static V4OffenceTable Default => Published.Value;

    /// <summary>Reads "home_office_code,actuarial_category,is_violent_sanction,opd_violence_sex" rows.</summary>
    public static V4OffenceTable Load(TextReader reader)
    {
        var categories = new Dictionary<string, string>(StringComparer.Ordinal);
        _ = reader.ReadLine();
        string? line;
        var lineNumber = 1;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split(',');
            if (parts.Length != 4 || parts[0].Length != 5)
            {
                throw new FormatException($"Version 4 offence code table line {lineNumber} is not 'code,category,flag,flag'.");
            }

            categories[parts[0]] = parts[1];
        }

        return new V4OffenceTable(categories);
    }

    /// <summary>True when the code is exactly five digits (no other form is accepted by the version 4 service).</summary>
    public static bool IsWellFormed(string code) => code.Length == 5 && code.All(char.IsAsciiDigit);

    /// <summary>The actuarial category, or null when the code is not mapped (or mapped to UNKNOWN).</summary>
    public string? CategoryOf(string code) =>
        categories.TryGetValue(code, out var category) && category != Unknown ? category : null;
}
