using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Configurations;
using Waypoint.Data.Entities;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Govuk;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Cases;

/// <summary>
/// Referrals to rehabilitative services (accommodation, education and work, finance, dependency and recovery, wellbeing,
/// women's services, accredited programmes): why and when, then each step of progress and the outcome. Every referral
/// and change is a contact on the timeline; two people updating one referral at once do not overwrite each other.
/// </summary>
public class ReferralsModel(CaseAccessService access, WaypointDbContext db, CurrentUser user, TimeProvider clock) : CasePageModel(access)
{
    protected override string AuditWhat => "Referrals";

    public sealed record Row(Referral Referral, string ReferredBy);

    [BindProperty] public string? Service { get; set; }
    [BindProperty] public string? Provider { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public DateParts ReferredOn { get; set; } = new();
    [BindProperty] public int ReferralId { get; set; }
    [BindProperty] public int ReferralVersion { get; set; }
    [BindProperty] public string? Status { get; set; }
    [BindProperty] public string? Outcome { get; set; }

    public List<Row> Referrals { get; private set; } = [];
    public List<(string Text, string Href)> Errors { get; } = [];
    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Href == "#" + id).Text;
    public bool MayRecord => MayChange && user.StaffMemberId is not null
        && (User.IsInRole(Roles.Practitioner) || User.IsInRole(Roles.SeniorProbationOfficer) || User.IsInRole(Roles.HeadOfPdu));

    public static readonly ReferralStatus[] Finished = [ReferralStatus.Completed, ReferralStatus.Declined, ReferralStatus.Withdrawn];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        await LoadAsync(cancellationToken);
        ReferredOn = DateParts.From(Display.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!MayRecord)
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        ReferralService? service = Enum.TryParse<ReferralService>(Service, out var s) && Enum.IsDefined(s) ? s : null;
        if (service is null)
        {
            Errors.Add(("Select the service you are referring to", "#service"));
        }

        if (Provider?.Trim().Length > 200)
        {
            Errors.Add(("The provider must be 200 characters or fewer", "#provider"));
        }

        Require(Reason, "why you are referring", "reason");
        var on = ReferredOn.TryGetDate("the date of the referral", out var dateError);
        if (dateError is null && on > Display.Today)
        {
            dateError = "The date of the referral must be today or in the past";
        }

        if (dateError is not null)
        {
            Errors.Add((dateError, "#referred-day"));
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Referrals.Add(new Referral
        {
            PersonId = Case.Id, Service = service!.Value, Provider = string.IsNullOrWhiteSpace(Provider) ? null : Provider.Trim(), Reason = Reason!.Trim(),
            ReferredOn = on!.Value, ReferredByStaffMemberId = user.StaffMemberId!.Value, Status = ReferralStatus.Made, StatusOn = on.Value, CreatedAt = now,
        });
        db.Contacts.Add(new Contact
        {
            Id = Guid.CreateVersion7(now), OccurredAt = now, PersonId = Case.Id, Type = ContactType.Referral, AuthorStaffMemberId = user.StaffMemberId, CreatedAt = now,
            Notes = $"Referred to {ServiceName(service.Value).ToLowerInvariant()}{(string.IsNullOrWhiteSpace(Provider) ? "" : $" ({Provider.Trim()})")} on {Display.Date(on)}: {Reason.Trim()}",
        });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/cases/{Case.Crn}/referrals");
    }

    public async Task<IActionResult> OnPostProgressAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!MayRecord)
        {
            return Forbid();
        }

        var referral = await db.Referrals.AsTracking().SingleOrDefaultAsync(r => r.Id == ReferralId && r.PersonId == Case.Id, cancellationToken);
        if (referral is null)
        {
            return NotFound();
        }

        await LoadAsync(cancellationToken);
        ReferralStatus? status = Enum.TryParse<ReferralStatus>(Status, out var st) && Enum.IsDefined(st) && st != ReferralStatus.Made ? st : null;
        if (status is null)
        {
            Errors.Add(("Select what has happened", $"#status-{referral.Id}"));
        }

        if (Outcome?.Trim().Length > ReferralConfiguration.TextMaxLength)
        {
            Errors.Add(($"The note must be {ReferralConfiguration.TextMaxLength} characters or fewer", $"#outcome-{referral.Id}"));
        }
        else if (status is { } finished && Finished.Contains(finished) && string.IsNullOrWhiteSpace(Outcome))
        {
            Errors.Add(("Enter what came of the referral", $"#outcome-{referral.Id}"));
        }

        if (Finished.Contains(referral.Status))
        {
            Errors.Add(("This referral has already ended", $"#status-{referral.Id}"));
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Entry(referral).Property(r => r.Version).OriginalValue = ReferralVersion;
        referral.Status = status!.Value;
        referral.StatusOn = Display.Today;
        referral.Outcome = string.IsNullOrWhiteSpace(Outcome) ? referral.Outcome : Outcome.Trim();
        db.Contacts.Add(new Contact
        {
            Id = Guid.CreateVersion7(now), OccurredAt = now, PersonId = Case.Id, Type = ContactType.Referral, AuthorStaffMemberId = user.StaffMemberId, CreatedAt = now,
            Notes = $"Referral to {ServiceName(referral.Service).ToLowerInvariant()}: {StatusName(status.Value).ToLowerInvariant()}{(string.IsNullOrWhiteSpace(Outcome) ? "" : $". {Outcome.Trim()}")}",
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Errors.Add(("Someone else updated this referral at the same time. Check it and try again.", $"#status-{referral.Id}"));
            db.ChangeTracker.Clear();
            await LoadAsync(cancellationToken);
            return Page();
        }

        return Redirect($"/cases/{Case.Crn}/referrals");
    }

    public static string ServiceName(ReferralService service) => service switch
    {
        ReferralService.Accommodation => "Accommodation",
        ReferralService.EducationTrainingAndEmployment => "Education, training and employment",
        ReferralService.FinanceBenefitAndDebt => "Finance, benefit and debt",
        ReferralService.DependencyAndRecovery => "Dependency and recovery",
        ReferralService.PersonalWellbeing => "Personal wellbeing",
        ReferralService.WomensServices => "Women's services",
        ReferralService.AccreditedProgramme => "Accredited programme",
        _ => "Other service",
    };

    public static string StatusName(ReferralStatus status) => status switch
    {
        ReferralStatus.Made => "Referral made",
        ReferralStatus.Accepted => "Accepted by the service",
        ReferralStatus.Started => "Started",
        ReferralStatus.Completed => "Completed",
        ReferralStatus.Declined => "Declined by the service",
        _ => "Withdrawn",
    };

    private void Require(string? value, string what, string id)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Errors.Add(($"Enter {what}", $"#{id}"));
        }
        else if (value.Trim().Length > ReferralConfiguration.TextMaxLength)
        {
            Errors.Add(($"{char.ToUpperInvariant(what[0])}{what[1..]} must be {ReferralConfiguration.TextMaxLength} characters or fewer", $"#{id}"));
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.PersonId == Case.Id).OrderByDescending(r => r.ReferredOn).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);
        var ids = referrals.Select(r => r.ReferredByStaffMemberId).Distinct().ToList();
        var names = await db.StaffMembers.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FirstName + " " + s.LastName, cancellationToken);
        Referrals = referrals.Select(r => new Row(r, names.GetValueOrDefault(r.ReferredByStaffMemberId, "Unknown"))).ToList();
    }
}
