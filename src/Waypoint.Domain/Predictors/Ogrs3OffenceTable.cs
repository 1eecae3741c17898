using System.Globalization;

namespace Waypoint.Domain.Predictors;

public enum Ogrs3OffenceCodeProblem
{
    None = 0,
    NeedDetailsOfExactOffence,
    NoOgrs3Group,
}

public sealed record Ogrs3OffenceGroup(string Name, double Coefficient);

public sealed record Ogrs3OffenceEntry(string Code, Ogrs3OffenceGroup? Group, Ogrs3OffenceCodeProblem Problem);

/// <summary>
/// Home Office offence code to OGRS3 offence group, loaded from the published table (offence-codes-ogrs3.csv,
/// embedded as data). Codes are five digits; the written form "027/00" is accepted.
/// </summary>
public sealed class Ogrs3OffenceTable
{
    private readonly Dictionary<string, Ogrs3OffenceEntry> entries;

    private Ogrs3OffenceTable(Dictionary<string, Ogrs3OffenceEntry> entries) => this.entries = entries;

    public int Count => entries.Count;

    private static readonly Lazy<Ogrs3OffenceTable> Published = new(() => EmbeddedData.ReadText("offence-codes-ogrs3.csv", Load));

    /// <summary>The published table shipped with Waypoint.</summary>
    public static Ogrs3OffenceTable Default => Published.Value;

    /// <summary>Reads "home_office_code,ogrs3_offence_group,ogrs3_weight,error_code" rows.</summary>
    public static Ogrs3OffenceTable Load(TextReader reader)
    {
        var entries = new Dictionary<string, Ogrs3OffenceEntry>(StringComparer.Ordinal);
        var groups = new Dictionary<string, Ogrs3OffenceGroup>(StringComparer.Ordinal);
        _ = reader.ReadLine(); // header
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
            if (parts.Length != 4)
            {
                throw new FormatException($"Offence code table line {lineNumber}: expected 4 columns.");
            }

            var problem = parts[3] switch
            {
                "" => Ogrs3OffenceCodeProblem.None,
                "NEED_DETAILS_OF_EXACT_OFFENCE" => Ogrs3OffenceCodeProblem.NeedDetailsOfExactOffence,
                "NO_OGRS3_GROUP" => Ogrs3OffenceCodeProblem.NoOgrs3Group,
                var other => throw new FormatException($"Offence code table line {lineNumber}: unknown error code {other}."),
            };
            Ogrs3OffenceGroup? group = null;
            if (problem == Ogrs3OffenceCodeProblem.None)
            {
                var weight = double.Parse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture);
                if (!groups.TryGetValue(parts[1], out group))
                {
                    group = new Ogrs3OffenceGroup(parts[1], weight);
                    groups[parts[1]] = group;
                }
                else if (group.Coefficient != weight)
                {
                    throw new FormatException($"Offence code table line {lineNumber}: group {parts[1]} has two coefficients.");
                }
            }

            entries[parts[0]] = new Ogrs3OffenceEntry(parts[0], group, problem);
        }

        return new Ogrs3OffenceTable(entries);
    }

    /// <summary>Normalises "027/00" to "02700"; returns null when the text is not a five-digit code.</summary>
    public static string? Normalise(string? code)
    {
        if (code is null)
        {
            return null;
        }

        var text = code.Trim();
        if (text.Length == 6 && text[3] == '/')
        {
            text = string.Concat(text.AsSpan(0, 3), text.AsSpan(4));
        }

        return text.Length == 5 && text.All(char.IsAsciiDigit) ? text : null;
    }

    public Ogrs3OffenceEntry? Find(string normalisedCode) => entries.GetValueOrDefault(normalisedCode);
}
