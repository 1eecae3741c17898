using System.Text.Json.Serialization;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.Predictors;

namespace Waypoint.Domain.Workload;

public sealed record WorkloadCaseRequest(string? Type, string? Tier, bool? T2a, string? Inactive, int? Count);

public sealed record WorkloadReportRequest(string? Type, int? Count);

/// <summary>The workload calculator's request (docs/api.md): exact camelCase names.</summary>
public sealed record WorkloadRequest(
    string? Grade,
    decimal? ContractedHours,
    decimal? ReductionHours,
    int? NominalTarget,
    decimal? DefaultHours,
    IReadOnlyList<WorkloadCaseRequest>? Cases,
    IReadOnlyList<WorkloadReportRequest>? Reports,
    WorkloadCaseRequest? CandidateCase,
    DateOnly? OnDate);

public sealed record WorkloadLineResponse(string Kind, string Description, int Count, int PointsEach, int Points, string Reason);

public sealed record WorkloadResponse(
    int TotalPoints,
    int AvailablePoints,
    decimal CapacityPercent,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? PotentialCapacityPercent,
    IReadOnlyList<WorkloadLineResponse> Breakdown,
    int UntieredCases);

public sealed record WorkloadErrorResponse(IReadOnlyList<PredictorError> Errors);

/// <summary>One mapping between the external workload contract and the calculator; invalid input is a result with errors.</summary>
public static class WorkloadContract
{
    public const int MaxCount = 999;

    private static readonly Dictionary<string, Grade> Grades = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PO"] = Grade.Po, ["PSO"] = Grade.Pso, ["PQiP"] = Grade.Pqip, ["SPO"] = Grade.Spo,
    };

    private static readonly Dictionary<string, WorkloadCaseType> CaseTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["community"] = WorkloadCaseType.Community, ["licence"] = WorkloadCaseType.Licence, ["custody"] = WorkloadCaseType.Custody,
    };

    private static readonly Dictionary<string, InactiveReason> InactiveReasons = new(StringComparer.OrdinalIgnoreCase)
    {
        ["warrant"] = InactiveReason.Warrant, ["upw-only"] = InactiveReason.UpwOnly, ["overdue-termination"] = InactiveReason.OverdueTermination,
    };

    private static readonly Dictionary<string, ReportType> ReportTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["standard"] = ReportType.Standard, ["fast"] = ReportType.Fast,
    };

    /// <summary>Calculates with the weight set in force on <c>onDate</c> (default today) among <paramref name="sets"/>.</summary>
    public static object Calculate(WorkloadRequest request, DateOnly today, IEnumerable<WeightSet>? sets = null)
    {
        var errors = new List<PredictorError>();
        var input = ToInput(request, errors);
        if (input is null)
        {
            return new WorkloadErrorResponse(errors);
        }

        var weights = WeightSet.InForce(sets ?? [WeightSet.Default], request.OnDate ?? today);
        var result = WorkloadCalculator.Calculate(input, weights);
        return new WorkloadResponse(result.TotalPoints, result.AvailablePoints, result.CapacityPercent, result.PotentialCapacityPercent,
            result.Breakdown.Select(l => new WorkloadLineResponse(l.Kind, l.Description, l.Count, l.PointsEach, l.Points, l.Reason)).ToList(),
            result.UntieredCases);
    }

    public static WorkloadInput? ToInput(WorkloadRequest r, List<PredictorError> errors)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(r.Grade)) missing.Add("grade");
        if (r.ContractedHours is null) missing.Add("contractedHours");
        if (missing.Count > 0)
        {
            errors.Add(new PredictorError("MISSING_MANDATORY_INPUT", missing));
        }

        Grade? grade = null;
        if (!string.IsNullOrWhiteSpace(r.Grade))
        {
            if (Grades.TryGetValue(r.Grade.Trim(), out var g))
            {
                grade = g;
            }
            else
            {
                errors.Add(new PredictorError("GRADE_NOT_RECOGNISED", ["grade"]));
            }
        }

        if (r.ContractedHours is < 0 or > WeightSet.MaxHours)
        {
            errors.Add(new PredictorError("CONTRACTED_HOURS_OUT_OF_RANGE", ["contractedHours"]));
        }

        if (r.ReductionHours is < 0 || (r.ReductionHours is { } reduction && r.ContractedHours is { } contracted && reduction > contracted))
        {
            errors.Add(new PredictorError("REDUCTION_HOURS_OUT_OF_RANGE", ["reductionHours"]));
        }

        if (r.NominalTarget is < 0 or > 99_999)
        {
            errors.Add(new PredictorError("NOMINAL_TARGET_OUT_OF_RANGE", ["nominalTarget"]));
        }

        if (r.DefaultHours is < 0 or > WeightSet.MaxHours)
        {
            errors.Add(new PredictorError("DEFAULT_HOURS_OUT_OF_RANGE", ["defaultHours"]));
        }

        var cases = (r.Cases ?? []).Select((c, i) => ReadCase(c, $"cases[{i}]", errors)).ToList();
        var reports = new List<WorkloadReport>();
        foreach (var (report, i) in (r.Reports ?? []).Select((x, i) => (x, i)))
        {
            var ok = true;
            if (report.Type is null || !ReportTypes.TryGetValue(report.Type.Trim(), out var type))
            {
                errors.Add(new PredictorError("REPORT_TYPE_NOT_RECOGNISED", [$"reports[{i}].type"]));
                ok = false;
                type = default;
            }

            if (report.Count is < 0 or > MaxCount)
            {
                errors.Add(new PredictorError("COUNT_OUT_OF_RANGE", [$"reports[{i}].count"]));
                ok = false;
            }

            if (ok)
            {
                reports.Add(new WorkloadReport(type, report.Count ?? 1));
            }
        }

        var candidate = r.CandidateCase is { } cc ? ReadCase(cc, "candidateCase", errors) : null;
        if (errors.Count > 0)
        {
            return null;
        }

        return new WorkloadInput(grade!.Value, r.ContractedHours!.Value, cases!, reports, r.ReductionHours ?? 0m, r.NominalTarget, r.DefaultHours, candidate);
    }

    private static WorkloadCase? ReadCase(WorkloadCaseRequest c, string path, List<PredictorError> errors)
    {
        var before = errors.Count;
        if (c.Type is null || !CaseTypes.TryGetValue(c.Type.Trim(), out var type))
        {
            errors.Add(new PredictorError("CASE_TYPE_NOT_RECOGNISED", [$"{path}.type"]));
            type = default;
        }

        string? tier = null;
        if (c.Tier is not null)
        {
            tier = c.Tier.Trim().ToUpperInvariant();
            var letters = tier.EndsWith('S') ? tier[..^1] : tier;
            if (!WeightSet.ProtectChangeTiers.Contains(letters))
            {
                errors.Add(new PredictorError("TIER_NOT_RECOGNISED", [$"{path}.tier"]));
            }
        }

        InactiveReason? inactive = null;
        if (c.Inactive is not null)
        {
            if (InactiveReasons.TryGetValue(c.Inactive.Trim(), out var reason))
            {
                inactive = reason;
            }
            else
            {
                errors.Add(new PredictorError("INACTIVE_REASON_NOT_RECOGNISED", [$"{path}.inactive"]));
            }
        }

        if (c.Count is < 0 or > MaxCount)
        {
            errors.Add(new PredictorError("COUNT_OUT_OF_RANGE", [$"{path}.count"]));
        }

        return errors.Count > before ? null : new WorkloadCase(type, tier, c.T2a ?? false, inactive, c.Count ?? 1);
    }
}
