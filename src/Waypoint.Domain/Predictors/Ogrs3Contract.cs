using Waypoint.Domain.Contracts;

namespace Waypoint.Domain.Predictors;

/// <summary>The OGRS3 request as the API and CLI take it (JSON, camelCase): gender is "MALE" or "FEMALE".</summary>
public sealed record Ogrs3Request(
    string? Gender,
    DateOnly? DateOfBirth,
    DateOnly? DateOfCurrentConviction,
    DateOnly? DateAtStartOfFollowup,
    int? TotalNumberOfSanctionsForAllOffences,
    int? AgeAtFirstSanction,
    string? CurrentOffenceCode);

public sealed record PredictorError(string Type, IReadOnlyList<string> Fields);

/// <summary>The OGRS3 response: percentages and band, or nulls with the refusals in "errors".</summary>
public sealed record Ogrs3Response(int? OneYear, int? TwoYear, string? Band, IReadOnlyList<PredictorError> Errors);

/// <summary>One mapping between the external OGRS3 contract and the calculator, shared by the API and the CLI.</summary>
public static class Ogrs3Contract
{
    /// <summary>Reads the request; a gender other than MALE or FEMALE (any case) is a <see cref="ContractInputException"/>.</summary>
    public static Ogrs3Input ToInput(Ogrs3Request request) => new(
        JsonContract.ParseEnum(request.Gender, "gender", V4.V4Contract.Genders),
        request.DateOfBirth, request.DateOfCurrentConviction, request.DateAtStartOfFollowup,
        request.TotalNumberOfSanctionsForAllOffences, request.AgeAtFirstSanction, request.CurrentOffenceCode);

    public static Ogrs3Response Calculate(Ogrs3Request request) => ToResponse(Ogrs3Calculator.Calculate(ToInput(request)));

    public static Ogrs3Response ToResponse(Ogrs3Result result) => new(
        result.OneYearPercent,
        result.TwoYearPercent,
        result.Band is { } band ? BandName(band) : null,
        result.Refusals.Select(r => new PredictorError(r.Type, r.Fields)).ToList());

    public static string BandName(RiskBand band) => band switch
    {
        RiskBand.Low => "LOW",
        RiskBand.Medium => "MEDIUM",
        RiskBand.High => "HIGH",
        RiskBand.VeryHigh => "VERY_HIGH",
        _ => throw new ArgumentOutOfRangeException(nameof(band)),
    };
}
