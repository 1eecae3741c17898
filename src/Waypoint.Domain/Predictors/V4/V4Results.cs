namespace Waypoint.Domain.Predictors.V4;

public enum ScoreType
{
    Static = 1,
    Dynamic,
}

public enum V4Band
{
    Low = 1,
    Medium,
    High,
    VeryHigh,
    NotApplicable,
}

/// <summary>
/// One version 4 predictor's result: a 2-year percentage to 2 decimals with its band (and, where the predictor has
/// them, score type, point score and flags), the terms behind it, and the errors (always a list, empty when none).
/// A result may carry a score and errors together: a static score with the dynamic answers that were missing.
/// </summary>
public sealed record V4PredictorResult(
    decimal? Score,
    V4Band? Band,
    IReadOnlyList<PredictorRefusal> Errors,
    IReadOnlyList<PredictorTerm> Terms,
    ScoreType? ScoreType = null,
    double? LinearPredictor = null,
    int? PointScore = null,
    bool? FemaleVersion = null,
    bool? HasSexualOffenceHistory = null,
    bool? RiskBandReductionApplied = null)
{
    public bool IsScored => Score is not null;

    public static V4PredictorResult Refused(IReadOnlyList<PredictorRefusal> errors) => new(null, null, errors, []);
}

/// <summary>All six predictors for one person on one date.</summary>
public sealed record V4Results(
    V4PredictorResult Arp,
    V4PredictorResult Vrp,
    V4PredictorResult Svrp,
    V4PredictorResult DcSrp,
    V4PredictorResult IicSrp,
    V4PredictorResult Csrp);
