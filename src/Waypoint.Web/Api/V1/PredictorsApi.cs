using Waypoint.Domain.Contracts;
using Waypoint.Domain.Predictors;
using Waypoint.Domain.Predictors.V4;
using Waypoint.Domain.Tiering;
using Waypoint.Domain.Workload;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Api.V1;

/// <summary>
/// Calculators that need no case record: the caller sends the inputs (one JSON object, or an array of them) and gets
/// the same document the CLI prints, with 200 even when a score is refused. Only unreadable JSON is a 400 problem.
/// </summary>
public static class PredictorsApi
{
    public static void MapPredictorsApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1/predictors").WithTags("Predictors");
        v1.MapPost("/ogrs3", (HttpRequest request) => RunAsync(request, json => JsonContract.Run<Ogrs3Request, Ogrs3Response>(json, Ogrs3Contract.Calculate)))
            .RequireAuthorization(Policies.ApiCalculatePredictors).WithName("CalculateOgrs3").DisableAntiforgery()
            .Accepts<Ogrs3Request>("application/json").Produces<Ogrs3Response>().ProducesProblem(StatusCodes.Status400BadRequest);
        v1.MapPost("/v4", (HttpRequest request, TimeProvider clock) => RunAsync(request,
                json => JsonContract.Run<V4Request, V4Response>(json, r => V4Contract.Calculate(r, DateOnly.FromDateTime(clock.GetLocalNow().DateTime)))))
            .RequireAuthorization(Policies.ApiCalculatePredictors).WithName("CalculateV4Predictors").DisableAntiforgery()
            .Accepts<V4Request>("application/json").Produces<V4Response>().ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapPost("/api/v1/tiering/calculate", (HttpRequest request, TimeProvider clock) => RunAsync(request,
                json => JsonContract.Run<TierRequest, object>(json, r => TierContract.Calculate(r, DateOnly.FromDateTime(clock.GetLocalNow().DateTime)))))
            .WithTags("Tiering").RequireAuthorization(Policies.ApiCalculateTier).WithName("CalculateTier").DisableAntiforgery()
            .Accepts<TierRequest>("application/json").Produces<TierResponse>().ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapPost("/api/v1/workload/calculate", async (HttpRequest request, TimeProvider clock, Waypoint.Data.WaypointDbContext db) =>
            {
                var sets = await Waypoint.Data.Risk.WorkloadRecalculator.WeightSetsAsync(db, request.HttpContext.RequestAborted);
                return await RunAsync(request, json => JsonContract.Run<WorkloadRequest, object>(json, r => WorkloadContract.Calculate(r, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), sets)));
            })
            .WithTags("Workload").RequireAuthorization(Policies.ApiCalculateWorkload).WithName("CalculateWorkload").DisableAntiforgery()
            .Accepts<WorkloadRequest>("application/json").Produces<WorkloadResponse>().ProducesProblem(StatusCodes.Status400BadRequest);
    }

    /// <summary>Runs a contract calculator over the raw body so that arrays and objects are both accepted.</summary>
    public static async Task<IResult> RunAsync(HttpRequest request, Func<string, string> run)
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        try
        {
            return Results.Content(run(json), "application/json");
        }
        catch (ContractInputException ex)
        {
            return Results.Problem(title: "The request body could not be read", detail: ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
