using Microsoft.AspNetCore.Authorization;
using Waypoint.Data;

namespace Waypoint.Web.Infrastructure.Security;

/// <summary>
/// Every page and endpoint names one of these policies (a test fails any that does not). Names say what the
/// user is doing in probation terms; the roles that may do it are decided here and nowhere else.
/// </summary>
public static class Policies
{
    public const string ViewCase = nameof(ViewCase);
    public const string SearchCases = nameof(SearchCases);
    public const string ViewOwnCaseload = nameof(ViewOwnCaseload);
    public const string ViewTeamCaseload = nameof(ViewTeamCaseload);
    public const string AddCaseNote = nameof(AddCaseNote);
    public const string EditPersonalDetails = nameof(EditPersonalDetails);
    public const string ChangeKeyDates = nameof(ChangeKeyDates);
    public const string ViewRecordHistory = nameof(ViewRecordHistory);
    public const string ViewAuditTrail = nameof(ViewAuditTrail);
    public const string SignedIn = nameof(SignedIn);
    public const string WriteAssessment = nameof(WriteAssessment);
    public const string ChangeRiskFlags = nameof(ChangeRiskFlags);
    public const string ConfigureService = nameof(ConfigureService);
    public const string AllocateCases = nameof(AllocateCases);
    public const string CountersignAssessment = nameof(CountersignAssessment);
    public const string Anonymous = nameof(Anonymous);
    public const string ManageAppointments = nameof(ManageAppointments);
    public const string DecideEnforcement = nameof(DecideEnforcement);
    public const string CountersignEnforcement = nameof(CountersignEnforcement);
    public const string ViewWorkforce = nameof(ViewWorkforce);
    public const string ApiReadAppointments = nameof(ApiReadAppointments);
    public const string ApiWriteAppointments = nameof(ApiWriteAppointments);

    public const string ApiReadPeople = nameof(ApiReadPeople);
    public const string ApiReadContacts = nameof(ApiReadContacts);
    public const string ApiWriteContacts = nameof(ApiWriteContacts);
    public const string ApiCalculatePredictors = nameof(ApiCalculatePredictors);
    public const string ApiCalculateTier = nameof(ApiCalculateTier);
    public const string ApiCalculateWorkload = nameof(ApiCalculateWorkload);
    public const string ApiReadWorkload = nameof(ApiReadWorkload);
    public const string ApiWriteAllocations = nameof(ApiWriteAllocations);

    public static readonly string[] CaseWorkers = [Roles.Practitioner, Roles.SeniorProbationOfficer, Roles.HeadOfPdu, Roles.Administrator];

    public static void Register(AuthorizationOptions options)
    {
        // Deny by default: anything that forgets a policy still needs a signed-in user, and a test fails it.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();

        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Anonymous, p => p.RequireAssertion(_ => true));
        options.AddPolicy(ViewCase, p => p.RequireRole(CaseWorkers));
        options.AddPolicy(SearchCases, p => p.RequireRole(CaseWorkers));
        options.AddPolicy(ViewOwnCaseload, p => p.RequireRole(Roles.Practitioner));
        options.AddPolicy(ViewTeamCaseload, p => p.RequireRole(Roles.SeniorProbationOfficer, Roles.HeadOfPdu));
        options.AddPolicy(AddCaseNote, p => p.RequireRole(Roles.Practitioner, Roles.SeniorProbationOfficer, Roles.HeadOfPdu));
        options.AddPolicy(EditPersonalDetails, p => p.RequireRole(CaseWorkers));
        options.AddPolicy(ChangeKeyDates, p => p.RequireRole(CaseWorkers));
        options.AddPolicy(ViewRecordHistory, p => p.RequireRole([.. CaseWorkers, Roles.Auditor]));
        options.AddPolicy(ViewAuditTrail, p => p.RequireRole(Roles.Auditor));
        options.AddPolicy(ChangeRiskFlags, p => p.RequireRole(CaseWorkers));
        options.AddPolicy(ConfigureService, p => p.RequireRole(Roles.Administrator));
        options.AddPolicy(AllocateCases, p => p.RequireRole(Roles.SeniorProbationOfficer, Roles.HeadOfPdu));
        options.AddPolicy(WriteAssessment, p => p.RequireRole(Roles.Practitioner, Roles.SeniorProbationOfficer, Roles.HeadOfPdu));
        options.AddPolicy(CountersignAssessment, p => p.RequireRole(Roles.SeniorProbationOfficer, Roles.HeadOfPdu));
        options.AddPolicy(ManageAppointments, p => p.RequireRole(Roles.Practitioner, Roles.SeniorProbationOfficer, Roles.HeadOfPdu));
        options.AddPolicy(DecideEnforcement, p => p.RequireRole(Roles.Practitioner, Roles.SeniorProbationOfficer, Roles.HeadOfPdu));
        options.AddPolicy(CountersignEnforcement, p => p.RequireRole(Roles.SeniorProbationOfficer, Roles.HeadOfPdu));
        options.AddPolicy(ViewWorkforce, p => p.RequireRole(Roles.HeadOfPdu));
        options.AddPolicy(Api.V1.AppointmentsApi.NotifyCallbackPolicy, p => p.RequireAssertion(context =>
            context.Resource is HttpContext http && Api.V1.AppointmentsApi.IsNotifyCallback(http, http.RequestServices.GetRequiredService<Notifications.NotificationSettings>())));
        options.AddPolicy(ApiReadAppointments, p => ApiScope(p, "appointments:read"));
        options.AddPolicy(ApiWriteAppointments, p => ApiScope(p, "appointments:write"));

        options.AddPolicy(ApiReadPeople, p => ApiScope(p, "people:read"));
        options.AddPolicy(ApiReadContacts, p => ApiScope(p, "contacts:read"));
        options.AddPolicy(ApiWriteContacts, p => ApiScope(p, "contacts:write"));
        options.AddPolicy(ApiCalculatePredictors, p => ApiScope(p, "predictors:calculate"));
        options.AddPolicy(ApiCalculateTier, p => ApiScope(p, "tiering:calculate"));
        options.AddPolicy(ApiCalculateWorkload, p => ApiScope(p, "workload:calculate"));
        options.AddPolicy(ApiReadWorkload, p => ApiScope(p, "workload:read"));
        options.AddPolicy(ApiWriteAllocations, p => ApiScope(p, "allocations:write"));
    }

    private static void ApiScope(AuthorizationPolicyBuilder policy, string scope) =>
        policy.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser().RequireClaim(ApiKeyAuthentication.ScopeClaim, scope);
}
