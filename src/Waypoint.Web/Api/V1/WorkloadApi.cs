using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Allocations;
using Waypoint.Data.Risk;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.Workload;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Api.V1;

public sealed record PractitionerWorkloadResponse(string StaffCode, string Name, string Grade, int TotalPoints, int AvailablePoints, decimal CapacityPercent, int Cases,
    decimal ReductionHours, int UntieredCases);

public sealed record TeamWorkloadResponse(string Team, string Name, decimal CapacityPercent, int TotalPoints, int AvailablePoints, IReadOnlyList<PractitionerWorkloadResponse> Practitioners);

public sealed record UnallocatedCaseResponse(string Crn, string? Tier, string? ProtectChangeTier, string? Rosh, bool Mappa, string? SentenceType, DateOnly? WaitingSince,
    int WorkingDaysWaiting, int TargetWorkingDays, bool Breached, bool InductionBooked);

public sealed record AllocationRequest(string? Crn, string? StaffCode, string? DecidedByStaffCode, string? Rationale, string? Reason, string? NotesToPractitioner, string? CoWorkerStaffCode);

public sealed record AllocationResponse(string Crn, string StaffCode, string Practitioner, bool OutsidePolicy, decimal WorkloadBefore, decimal WorkloadAfter);

/// <summary>Workload and allocation for other services: a team's live workload, a PDU's queue, and making an allocation.</summary>
public static class WorkloadApi
{
    public static void MapWorkloadApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1").WithTags("Workload");
        v1.MapGet("/teams/{code}/workload", TeamWorkload).RequireAuthorization(Policies.ApiReadWorkload).WithName("GetTeamWorkload");
        v1.MapGet("/pdus/{code}/unallocated", Unallocated).RequireAuthorization(Policies.ApiReadWorkload).WithName("GetUnallocatedCases");
        v1.MapPost("/allocations", Allocate).RequireAuthorization(Policies.ApiWriteAllocations).WithName("Allocate").DisableAntiforgery();
    }

    private static async Task<Results<Ok<TeamWorkloadResponse>, ProblemHttpResult>> TeamWorkload(string code, WaypointDbContext db, CancellationToken ct)
    {
        var team = await db.Teams.AsNoTracking().Where(t => t.Code == code).Select(t => new { t.Id, t.Code, t.Name }).SingleOrDefaultAsync(ct);
        if (team is null)
        {
            return TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"No team has code {code}.");
        }

        var holders = await db.StaffMembers.AsNoTracking().Where(s => s.TeamId == team.Id && s.IsActive && (s.Grade == Grade.Po || s.Grade == Grade.Pso || s.Grade == Grade.Pqip))
            .Select(s => new { s.Id, s.StaffCode }).ToListAsync(ct);
        var workloads = await WorkloadRecalculator.ReadAsync(db, holders.Select(h => h.Id).ToList(), Display.Today, ct);
        var codes = holders.ToDictionary(h => h.Id, h => h.StaffCode);
        return TypedResults.Ok(new TeamWorkloadResponse(team.Code, team.Name,
            WorkloadCalculator.Aggregate(workloads.Select(w => (w.Result.TotalPoints, w.Result.AvailablePoints))),
            workloads.Sum(w => w.Result.TotalPoints), workloads.Sum(w => w.Result.AvailablePoints),
            workloads.OrderBy(w => w.Name).Select(w => new PractitionerWorkloadResponse(codes[w.StaffMemberId], w.Name, GradeNames.Describe(w.Grade), w.Result.TotalPoints,
                w.Result.AvailablePoints, w.Percent, w.Cases, w.ReductionHours, w.Result.UntieredCases)).ToList()));
    }

    private static async Task<Results<Ok<List<UnallocatedCaseResponse>>, ProblemHttpResult>> Unallocated(string code, WaypointDbContext db, CaseAccessService access, CancellationToken ct)
    {
        var pduId = await db.Pdus.AsNoTracking().Where(p => p.Code == code).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct);
        if (pduId is null)
        {
            return TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"No PDU has code {code}.");
        }

        var queue = await AllocationService.QueueAsync(db, pduId.Value, Display.Today, ct);
        var hidden = await access.HiddenAmongAsync(queue.Select(c => (c.PersonId, c.LimitedAccess)), ct);
        return TypedResults.Ok(queue.Where(c => !hidden.Contains(c.PersonId)).Select(c => new UnallocatedCaseResponse(c.Crn, c.Tier, c.ProtectChangeTier,
            c.Rosh?.ToString(), c.Mappa, c.SentenceType?.ToString(), c.WaitingSince, c.WorkingDaysWaiting, c.TargetDays, c.Breached, c.InductionBooked)).ToList());
    }

    private static async Task<Results<Created<AllocationResponse>, ProblemHttpResult, ValidationProblem>> Allocate(AllocationRequest request, CaseAccessService access,
        WaypointDbContext db, AllocationPolicy policy, CancellationToken ct)
    {
        var opened = await access.OpenAsync(request.Crn, "API: allocation", ct);
        if (PeopleApi.Refused(opened) is { } problem)
        {
            return problem;
        }

        var errors = new Dictionary<string, string[]>();
        var today = Display.Today;
        var allocating = (await AllocationService.CaseAsync(db, opened.Case!.Crn, today, ct))!;
        var staff = await db.StaffMembers.AsNoTracking().Where(s => s.StaffCode == request.StaffCode).Select(s => new { s.Id, s.TeamId }).SingleOrDefaultAsync(ct);
        var decider = await db.StaffMembers.AsNoTracking().Where(s => s.StaffCode == request.DecidedByStaffCode && (s.Grade == Grade.Spo || s.Grade == Grade.HeadOfPdu))
            .Select(s => new { s.Id, Name = s.FirstName + " " + s.LastName }).SingleOrDefaultAsync(ct);
        var coWorker = request.CoWorkerStaffCode is null ? null
            : await db.StaffMembers.AsNoTracking().Where(s => s.StaffCode == request.CoWorkerStaffCode).Select(s => (int?)s.Id).SingleOrDefaultAsync(ct);
        if (decider is null)
        {
            errors["decidedByStaffCode"] = ["Give the staff code of the senior probation officer or head of PDU who made the decision."];
        }

        if (request.CoWorkerStaffCode is not null && coWorker is null)
        {
            errors["coWorkerStaffCode"] = ["No member of staff has this code."];
        }

        AllocationCandidate? candidate = null;
        if (staff is null)
        {
            errors["staffCode"] = ["No member of staff has this code."];
        }
        else
        {
            candidate = (await AllocationService.CandidatesAsync(db, allocating, [staff.TeamId], today, ct, policy)).FirstOrDefault(c => c.StaffMemberId == staff.Id);
            if (candidate is null)
            {
                errors["staffCode"] = ["This practitioner may not be offered the case (not a practitioner, on the exclusion list, or without the vetting a ViSOR case needs)."];
            }
        }

        var outside = candidate is not null && !candidate.Policy.WithinPolicy;
        var rationale = request.Rationale?.Trim();
        if (string.IsNullOrEmpty(rationale))
        {
            errors["rationale"] = ["A rationale is required."];
        }
        else if (outside && rationale.Length < Pages.Allocations.DecideModel.MinimumOutsidePolicyRationale)
        {
            errors["rationale"] = [$"This allocation is outside the policy ({candidate!.Policy.Reason}): give at least {Pages.Allocations.DecideModel.MinimumOutsidePolicyRationale} characters."];
        }

        var reallocation = allocating.CurrentStaffId is not null;
        if (reallocation && !AllocationService.ReallocationReasons.Contains(request.Reason))
        {
            errors["reason"] = [$"A reallocation needs a reason: {string.Join(", ", AllocationService.ReallocationReasons)}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await AllocationService.AllocateAsync(db, new AllocationDecision(allocating.PersonId, staff!.Id, decider!.Id, rationale!, outside, coWorker,
            request.NotesToPractitioner?.Trim() is { Length: > 0 } notes ? notes : null, reallocation ? $"Reallocation: {request.Reason}" : "Initial allocation", decider.Name),
            DateTime.UtcNow, ct);
        return TypedResults.Created($"/api/v1/people/{allocating.Crn}", new AllocationResponse(allocating.Crn, request.StaffCode!, candidate!.Name, outside, candidate.WorkloadNow, candidate.WorkloadAfter));
    }
}
