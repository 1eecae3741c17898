using Microsoft.AspNetCore.Http.HttpResults;
using Waypoint.Domain.Predictors;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Api.V1;

/// <summary>Calculators that need no case record: the caller sends the inputs and gets the score with its refusals.</summary>
public static class PredictorsApi
{
    public static void MapPredictorsApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1/predictors").WithTags("Predictors");
        v1.MapPost("/ogrs3", CalculateOgrs3).RequireAuthorization(Policies.ApiCalculatePredictors).WithName("CalculateOgrs3").DisableAntiforgery();
    }

    private static Results<Ok<Ogrs3Response>, ValidationProblem> CalculateOgrs3(Ogrs3Request request)
    {
        var input = Ogrs3Contract.ToInput(request);
        if (input is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["gender"] = ["gender must be MALE or FEMALE."] });
        }

        return TypedResults.Ok(Ogrs3Contract.ToResponse(Ogrs3Calculator.Calculate(input)));
    }
}
