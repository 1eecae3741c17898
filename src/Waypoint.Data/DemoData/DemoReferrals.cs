using Microsoft.EntityFrameworkCore;
using Waypoint.Data.Entities;

namespace Waypoint.Data.DemoData;

/// <summary>Demo referrals: about a third of allocated people referred to a service in the last year, each at a stage that fits its age.</summary>
public static class DemoReferrals
{
    private static readonly (ReferralService Service, string Provider, string Reason)[] Kinds =
    [
        (ReferralService.Accommodation, "Local accommodation service", "No settled address since release; sofa-surfing with friends."),
        (ReferralService.EducationTrainingAndEmployment, "Employment and skills hub", "Wants to get back into work; no qualifications beyond school."),
        (ReferralService.FinanceBenefitAndDebt, "Citizens' advice partnership", "Rent arrears and a benefit claim stopped."),
        (ReferralService.DependencyAndRecovery, "Community drug and alcohol service", "Alcohol use linked to the offence."),
        (ReferralService.PersonalWellbeing, "Wellbeing service", "Low mood and isolation; asked for support."),
        (ReferralService.AccreditedProgramme, "Building Choices", "Programme requirement on the order."),
    ];

    public static async Task AddAsync(WaypointDbContext db, DemoDataOptions options, CancellationToken cancellationToken)
    {
        var random = new Random(options.Seed + 13);
        var today = options.ReferenceDate;
        var now = DateTime.UtcNow;
        var people = await db.People.AsNoTracking().Where(p => p.ResponsibleStaffMemberId != null).OrderBy(p => p.Id)
            .Select(p => new { p.Id, StaffId = p.ResponsibleStaffMemberId!.Value }).ToListAsync(cancellationToken);
        foreach (var batch in people.Chunk(2000))
        {
            foreach (var person in batch)
            {
                if (random.NextDouble() >= 0.33)
                {
                    continue;
                }

                var kind = Kinds[random.Next(Kinds.Length)];
                var referredOn = today.AddDays(-random.Next(1, 360));
                var age = today.DayNumber - referredOn.DayNumber;
                var status = age switch
                {
                    < 14 => ReferralStatus.Made,
                    < 40 => random.NextDouble() < 0.8 ? ReferralStatus.Accepted : ReferralStatus.Declined,
                    < 120 => random.NextDouble() < 0.85 ? ReferralStatus.Started : ReferralStatus.Withdrawn,
                    _ => random.NextDouble() < 0.7 ? ReferralStatus.Completed : ReferralStatus.Withdrawn,
                };
                db.Referrals.Add(new Referral
                {
                    PersonId = person.Id, Service = kind.Service, Provider = kind.Provider, Reason = kind.Reason, ReferredOn = referredOn, ReferredByStaffMemberId = person.StaffId,
                    Status = status, StatusOn = status == ReferralStatus.Made ? referredOn : referredOn.AddDays(Math.Min(age, 10 + random.Next(0, 30))),
                    Outcome = status switch
                    {
                        ReferralStatus.Completed => "Completed the work agreed with the service.",
                        ReferralStatus.Declined => "The service could not take the referral: outside its criteria.",
                        ReferralStatus.Withdrawn => "Withdrawn: the person no longer wanted the service.",
                        _ => null,
                    },
                    CreatedAt = now,
                });
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
