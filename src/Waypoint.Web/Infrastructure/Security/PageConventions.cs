using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Waypoint.Web.Infrastructure.Security;

/// <summary>The policy of every page, by folder and then by page. A page in no folder here fails the policy test.</summary>
public static class PageConventions
{
    public static void Apply(PageConventionCollection conventions)
    {
        conventions.AllowAnonymousToFolder("/Account");
        conventions.AllowAnonymousToPage("/Error");
        conventions.AuthorizePage("/Account/SignOut", Policies.SignedIn);
        conventions.AuthorizePage("/Index", Policies.SignedIn);

        conventions.AuthorizeFolder("/Caseload", Policies.ViewOwnCaseload);
        conventions.AuthorizeFolder("/Workload", Policies.ViewOwnCaseload);
        conventions.AuthorizeFolder("/Team", Policies.ViewTeamCaseload);
        conventions.AuthorizeFolder("/Search", Policies.SearchCases);
        conventions.AuthorizeFolder("/Audit", Policies.ViewAuditTrail);
        conventions.AuthorizeFolder("/History", Policies.ViewRecordHistory);

        conventions.AuthorizeFolder("/Cases", Policies.ViewCase);
        conventions.AuthorizePage("/Cases/EditPersonalDetails", Policies.EditPersonalDetails);
        conventions.AuthorizePage("/Cases/EditKeyDates", Policies.ChangeKeyDates);
        conventions.AuthorizePage("/Cases/Contacts/Add", Policies.AddCaseNote);
        conventions.AuthorizePage("/Cases/Contacts/Edit", Policies.AddCaseNote);
        conventions.AuthorizePage("/Cases/Assessments/Section", Policies.WriteAssessment);
        conventions.AuthorizePage("/Cases/AddRiskFlag", Policies.ChangeRiskFlags);
        conventions.AuthorizePage("/Cases/Assessments/SentencePlan", Policies.ViewCase);
        conventions.AuthorizeFolder("/Assessments", Policies.CountersignAssessment);
        conventions.AuthorizeFolder("/Admin", Policies.ConfigureService);
        conventions.AuthorizeFolder("/Allocations", Policies.AllocateCases);
        conventions.AuthorizePage("/Cases/Appointments/Book", Policies.ManageAppointments);
        conventions.AuthorizePage("/Cases/Appointments/Outcome", Policies.ManageAppointments);
        conventions.AuthorizePage("/Cases/Appointments/Commitments", Policies.ViewCase);
        conventions.AuthorizePage("/Cases/Reports", Policies.ViewCase);
        conventions.AuthorizePage("/Cases/Referrals", Policies.ViewCase);
        conventions.AuthorizePage("/Cases/Oversight", Policies.ViewCase);
        conventions.AuthorizePage("/Cases/Chronology", Policies.ViewCase);
        conventions.AuthorizePage("/Cases/Enforcement/Decide", Policies.DecideEnforcement);
        conventions.AuthorizeFolder("/Diary", Policies.ViewOwnCaseload);
        conventions.AuthorizeFolder("/Week", Policies.ViewOwnCaseload);
        conventions.AuthorizeFolder("/Oversight", Policies.ViewTeamCaseload);
        conventions.AuthorizePage("/Oversight/Workforce", Policies.ViewWorkforce);
        conventions.AuthorizeFolder("/Enforcement", Policies.CountersignEnforcement);
        // The person's one-time link: no account, and the page shows nothing but the one appointment.
        conventions.AllowAnonymousToFolder("/Reply");
    }
}
