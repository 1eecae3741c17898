using System.Text.Json;

namespace Waypoint.Domain.Predictors.V4;

/// <summary>One assessment answer's term in a dynamic model, as the published coefficient data describes it.</summary>
public sealed record DynamicItem(string Input, string OasysQuestion, string ModelVariable, string Scoring, double Coefficient, string? Value, IReadOnlyList<string> Flags);

public sealed record ViolentHistoryTerms(double NeverViolentMale, double NeverViolentFemale, double OnceViolent, double PerViolentSanction, int ViolentRateOffset, double ViolentRate);

/// <summary>One logistic model (ARP, VRP or SVRP; static or dynamic) with every coefficient from the published data.</summary>
public sealed record LinearModel(
    string Predictor,
    ScoreType Version,
    double Intercept,
    double Female,
    IReadOnlyList<double> AgeMale,
    IReadOnlyList<double> AgeFemale,
    double FirstSanction,
    double SecondSanction,
    double PerSanctionOccasion,
    double GapMale,
    double GapFemale,
    IReadOnlyList<double> OffenceFreeMonths,
    int OffenceFreeMonthsCap,
    int CopasMinimumSanctions,
    int CopasOffset,
    double CopasMale,
    double CopasFemale,
    double? CopasSquaredMale,
    double? CopasSquaredFemale,
    ViolentHistoryTerms? Violent,
    IReadOnlyDictionary<string, double> OffenceCategory,
    IReadOnlyList<DynamicItem> DynamicItems);

public sealed record IicSrpRank(int Rank, string Condition, double Probability, V4Band Band);

/// <summary>
/// The OASys version 4 coefficients, loaded from predictors-v4-coefficients.json (embedded as data, unchanged from the
/// published reference) so a new model version is a data change, not a code change.
/// </summary>
public sealed class V4Coefficients
{
    private readonly Dictionary<(string, ScoreType), LinearModel> models;

    private V4Coefficients(Dictionary<(string, ScoreType), LinearModel> models, string modelVersion, double dcSrpIntercept, double dcSrpPerPoint,
        IReadOnlyList<IicSrpRank> iicSrp, double csrpFemaleSexualOffenderPoints)
    {
        this.models = models;
        ModelVersion = modelVersion;
        DcSrpIntercept = dcSrpIntercept;
        DcSrpPerPoint = dcSrpPerPoint;
        IicSrpHierarchy = iicSrp;
        CsrpFemaleSexualOffenderPercentagePoints = csrpFemaleSexualOffenderPoints;
    }

    private static readonly Lazy<V4Coefficients> Published = new(() =>
    {
        using var stream = EmbeddedData.Open("predictors-v4-coefficients.json");
        return Load(stream);
    });

    public static V4Coefficients Default => Published.Value;

    public string ModelVersion { get; }
    public double DcSrpIntercept { get; }
    public double DcSrpPerPoint { get; }
    public IReadOnlyList<IicSrpRank> IicSrpHierarchy { get; }
    public double CsrpFemaleSexualOffenderPercentagePoints { get; }

    public LinearModel Model(string predictor, ScoreType version) => models[(predictor, version)];

    public static V4Coefficients Load(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var predictors = root.GetProperty("predictors");
        var models = new Dictionary<(string, ScoreType), LinearModel>();
        foreach (var name in new[] { "ARP", "VRP", "SVRP" })
        {
            foreach (var version in new[] { ScoreType.Static, ScoreType.Dynamic })
            {
                var model = predictors.GetProperty(name).GetProperty(version == ScoreType.Static ? "static" : "dynamic");
                models[(name, version)] = ReadModel(name, version, model);
            }
        }

        var dc = predictors.GetProperty("DC-SRP").GetProperty("static").GetProperty("logistic");
        var iic = predictors.GetProperty("IIC-SRP").GetProperty("static").GetProperty("hierarchy").EnumerateArray()
            .Select(r => new IicSrpRank(r.GetProperty("rank").GetInt32(), r.GetProperty("condition").GetString()!,
                r.GetProperty("probability").GetDouble(), ParseBand(r.GetProperty("band").GetString()!)))
            .ToList();
        var csrp = predictors.GetProperty("CSRP").GetProperty("combined").GetProperty("femaleSexualOffenderPercentagePoints").GetDouble();
        return new V4Coefficients(models, root.GetProperty("source").GetProperty("modelVersion").GetString()!,
            dc.GetProperty("intercept").GetDouble(), dc.GetProperty("perPoint").GetDouble(), iic, csrp);
    }

    private static LinearModel ReadModel(string name, ScoreType version, JsonElement model)
    {
        static double[] Numbers(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();

        var age = model.GetProperty("ageAtStartOfFollowupPolynomial");
        var gap = model.GetProperty("secondSanctionYearsSinceFirst");
        var ofm = model.GetProperty("offenceFreeMonthsPolynomial");
        var copas = model.GetProperty("copasRate");
        double? squaredMale = null, squaredFemale = null;
        if (copas.TryGetProperty("squared", out var squared))
        {
            squaredMale = squared.GetProperty("male").GetDouble();
            squaredFemale = squared.GetProperty("female").GetDouble();
        }

        ViolentHistoryTerms? violent = null;
        if (model.TryGetProperty("violentHistory", out var v))
        {
            var never = v.GetProperty("neverViolent");
            var rate = v.GetProperty("violentRate");
            violent = new ViolentHistoryTerms(never.GetProperty("male").GetDouble(), never.GetProperty("female").GetDouble(),
                v.GetProperty("onceViolent").GetProperty("coefficient").GetDouble(), v.GetProperty("perViolentSanction").GetDouble(),
                rate.GetProperty("careerYearsOffset").GetInt32(), rate.GetProperty("coefficient").GetDouble());
        }

        var categories = model.GetProperty("offenceCategory").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal);
        var items = new List<DynamicItem>();
        if (model.TryGetProperty("dynamicItems", out var dynamicItems))
        {
            items.AddRange(dynamicItems.EnumerateArray().Select(i => new DynamicItem(
                i.GetProperty("input").GetString()!,
                i.GetProperty("oasysQuestion").GetString()!,
                i.GetProperty("modelVariable").GetString()!,
                i.GetProperty("scoring").GetString()!,
                i.GetProperty("coefficient").GetDouble(),
                i.TryGetProperty("value", out var value) ? value.GetString() : null,
                i.TryGetProperty("flags", out var flags) ? flags.EnumerateArray().Select(f => f.GetString()!).ToList() : [])));
        }

        return new LinearModel(name, version,
            model.GetProperty("intercept").GetDouble(),
            model.GetProperty("female").GetDouble(),
            Numbers(age.GetProperty("male")), Numbers(age.GetProperty("female")),
            model.GetProperty("firstSanction").GetDouble(),
            model.GetProperty("secondSanction").GetDouble(),
            model.GetProperty("perSanctionOccasion").GetDouble(),
            gap.GetProperty("male").GetDouble(), gap.GetProperty("female").GetDouble(),
            Numbers(ofm.GetProperty("coefficients")), ofm.GetProperty("cap").GetInt32(),
            copas.GetProperty("appliesWhenTotalSanctionsAtLeast").GetInt32(), copas.GetProperty("careerYearsOffset").GetInt32(),
            copas.GetProperty("linear").GetProperty("male").GetDouble(), copas.GetProperty("linear").GetProperty("female").GetDouble(),
            squaredMale, squaredFemale, violent, categories, items);
    }

    private static V4Band ParseBand(string band) => band switch
    {
        "LOW" => V4Band.Low,
        "MEDIUM" => V4Band.Medium,
        "HIGH" => V4Band.High,
        "VERY_HIGH" => V4Band.VeryHigh,
        _ => throw new FormatException($"Unknown band {band}."),
    };
}
