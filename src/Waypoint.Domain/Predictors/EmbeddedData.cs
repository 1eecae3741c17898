using System.Reflection;

namespace Waypoint.Domain.Predictors;

/// <summary>The published reference tables shipped inside the domain assembly (Predictors/Data).</summary>
internal static class EmbeddedData
{
    public static Stream Open(string fileName) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream($"Waypoint.Domain.Predictors.Data.{fileName}")
            ?? throw new InvalidOperationException($"The reference table {fileName} is missing from the assembly.");

    public static T ReadText<T>(string fileName, Func<TextReader, T> load)
    {
        using var reader = new StreamReader(Open(fileName));
        return load(reader);
    }
}
