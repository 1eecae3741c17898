using System.Text.Json;
using System.Text.Json.Nodes;

namespace Waypoint.Domain.Contracts;

/// <summary>
/// The common rules of Waypoint's calculator contracts (docs/api.md), shared by the CLI and the HTTP API: exact
/// camelCase field names, unknown fields ignored, an object in gives an object out and an array in gives an array out
/// in the same order. Malformed JSON, or a value of the wrong kind, is a <see cref="ContractInputException"/>.
/// </summary>
public static class JsonContract
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNameCaseInsensitive = false,
        WriteIndented = false,
    };

    public static string Run<TRequest, TResponse>(string json, Func<TRequest, TResponse> calculate)
    {
        JsonNode? document;
        try
        {
            document = JsonNode.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new ContractInputException($"The input is not valid JSON: {ex.Message}");
        }

        return document switch
        {
            JsonArray array => JsonSerializer.Serialize(array.Select((item, i) => calculate(Read<TRequest>(item, $"item {i}"))).ToList(), Options),
            JsonObject item => JsonSerializer.Serialize(calculate(Read<TRequest>(item, "the input")), Options),
            _ => throw new ContractInputException("The input must be a JSON object or an array of objects."),
        };
    }

    private static TRequest Read<TRequest>(JsonNode? node, string where)
    {
        if (node is not JsonObject)
        {
            throw new ContractInputException($"{where} is not a JSON object.");
        }

        try
        {
            return node.Deserialize<TRequest>(Options) ?? throw new ContractInputException($"{where} is empty.");
        }
        catch (JsonException ex)
        {
            throw new ContractInputException($"{where}: {ex.Message}");
        }
        catch (ContractInputException ex)
        {
            throw new ContractInputException($"{where}: {ex.Message}");
        }
    }

    /// <summary>An enum value in any case, with '-', '_' and spaces treated alike; null stays null.</summary>
    public static T? ParseEnum<T>(string? text, string field, IReadOnlyDictionary<string, T> values)
        where T : struct
    {
        if (text is null)
        {
            return null;
        }

        var key = Normalise(text);
        foreach (var (name, value) in values)
        {
            if (Normalise(name) == key)
            {
                return value;
            }
        }

        throw new ContractInputException($"{field} must be one of {string.Join(", ", values.Keys)}, not '{text}'.");
    }

    private static string Normalise(string text) =>
        string.Concat(text.Where(c => c is not ('-' or '_' or ' '))).ToUpperInvariant();
}

/// <summary>The input could not be read: malformed JSON, or a value of the wrong kind. Refusals are results, not this.</summary>
public sealed class ContractInputException(string message) : Exception(message);
