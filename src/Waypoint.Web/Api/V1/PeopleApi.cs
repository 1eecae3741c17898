using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Configurations;
using Waypoint.Data.Entities;
using Waypoint.Domain.Sentencing;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Api.V1;

public sealed record PersonResponse(
    string Crn, string FirstName, string? MiddleNames, string LastName, DateOnly DateOfBirth, string Gender,
    string Ethnicity, string? PncNumber, string PreferredContactMethod, ResponsibleOfficerResponse? ResponsibleOfficer,
    IReadOnlyList<SentenceResponse> Sentences, IReadOnlyList<RegistrationResponse> Registrations);

public sealed record ResponsibleOfficerResponse(string Name, string Team);

public sealed record SentenceResponse(string Type, DateOnly SentenceDate, int LengthMonths, DateOnly StartDate, DateOnly? ExpectedEndDate, DateOnly? ReleaseDate, DateOnly? LicenceExpiryDate);

public sealed record RegistrationResponse(string Type, string Description, DateOnly StartDate, DateOnly? NextReviewDate);

public sealed record ContactResponse(Guid Id, DateTime OccurredAt, string Type, string? Outcome, string Notes, bool IsSensitive, string? RecordedBy);

public sealed record ContactPage(IReadOnlyList<ContactResponse> Items, int Page, int PageSize, int TotalItems);

public sealed record NewContactRequest(
    [property: Required] string? Type,
    [property: Required, MaxLength(ContactConfiguration.MaxNotesLength)] string? Notes,
    DateTime? OccurredAt,
    bool IsSensitive);

/// <summary>
/// Version 1 of the people API. Operations share the page's access service, so limited-access and audit rules
/// are the same here as on the pages. Errors are RFC 9457 problem details.
/// </summary>
public static class PeopleApi
{
    private const int MaxPageSize = 100;

    public static void MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1").WithTags("People");
        v1.MapGet("/people/{crn}", GetPerson).RequireAuthorization(Policies.ApiReadPeople).WithName("GetPerson");
        v1.MapGet("/people/{crn}/contacts", GetContacts).RequireAuthorization(Policies.ApiReadContacts).WithName("GetContacts");
        v1.MapPost("/people/{crn}/contacts", AddContact).RequireAuthorization(Policies.ApiWriteContacts).WithName("AddContact").DisableAntiforgery();
    }

    private static async Task<Results<Ok<PersonResponse>, ProblemHttpResult>> GetPerson(string crn, CaseAccessService access, WaypointDbContext db, CancellationToken ct)
    {
        var opened = await access.OpenAsync(crn, "API: person", ct);
        if (Refused(opened) is { } problem)
        {
            return problem;
        }

        var id = opened.Case!.Id;
        var person = await db.People.AsNoTracking().Where(p => p.Id == id).Select(p => new
        {
            p.Crn, p.FirstName, p.MiddleNames, p.LastName, p.DateOfBirth, p.Gender, p.Ethnicity, p.PncNumber, p.PreferredContactMethod,
            Officer = p.ResponsibleStaffMember == null ? null : new ResponsibleOfficerResponse(p.ResponsibleStaffMember.FirstName + " " + p.ResponsibleStaffMember.LastName, p.ResponsibleTeam!.Name),
        }).SingleAsync(ct);
        var sentences = await db.Sentences.AsNoTracking().Where(s => s.Event.PersonId == id && s.Event.IsActive)
            .Select(s => new SentenceResponse(s.Type.ToString(), s.SentenceDate, s.LengthMonths, s.StartDate, s.ExpectedEndDate, s.ReleaseDate, s.LicenceExpiryDate))
            .ToListAsync(ct);
        var registrations = (await db.Registrations.AsNoTracking().Where(r => r.PersonId == id && r.EndedOn == null)
                .Select(r => new { r.Type, r.MappaCategory, r.MappaLevel, r.StartDate, r.NextReviewDate }).ToListAsync(ct))
            .Select(r => new RegistrationResponse(r.Type.ToString(), RegistrationNames.Describe(r.Type, r.MappaCategory, r.MappaLevel), r.StartDate, r.NextReviewDate))
            .ToList();
        return TypedResults.Ok(new PersonResponse(person.Crn, person.FirstName, person.MiddleNames, person.LastName, person.DateOfBirth,
            person.Gender.ToString(), person.Ethnicity.ToString(), person.PncNumber, person.PreferredContactMethod.ToString(), person.Officer, sentences, registrations));
    }

    private static async Task<Results<Ok<ContactPage>, ProblemHttpResult>> GetContacts(
        string crn, CaseAccessService access, WaypointDbContext db, CancellationToken ct, [FromQuery] int page = 1, [FromQuery] int pageSize = 20)
    {
        if (page < 1 || pageSize is < 1 or > MaxPageSize || (long)(page - 1) * pageSize > int.MaxValue)
        {
            return TypedResults.Problem(statusCode: 400, title: "Invalid paging", detail: $"page must be 1 or more and pageSize between 1 and {MaxPageSize}.");
        }

        var opened = await access.OpenAsync(crn, "API: contacts", ct);
        if (Refused(opened) is { } problem)
        {
            return problem;
        }

        var id = opened.Case!.Id;
        var query = db.Contacts.AsNoTracking().Where(c => c.PersonId == id);
        var total = await query.CountAsync(ct);
        var items = await query.TagWith(LiteralPagingInterceptor.Tag).OrderByDescending(c => c.OccurredAt).ThenByDescending(c => c.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(c => new ContactResponse(c.Id, c.OccurredAt, c.Type.ToString(), c.Outcome == null ? null : c.Outcome.ToString(), c.Notes, c.IsSensitive,
                c.Author == null ? c.RecordedByClient : c.Author.FirstName + " " + c.Author.LastName))
            .ToListAsync(ct);
        return TypedResults.Ok(new ContactPage(items, page, pageSize, total));
    }

    private static async Task<Results<Created<ContactResponse>, ValidationProblem, ProblemHttpResult>> AddContact(
        string crn, NewContactRequest request, CaseAccessService access, WaypointDbContext db, CurrentUser user, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<ContactType>(request.Type, ignoreCase: true, out var type) || !Enum.IsDefined(type))
        {
            errors["type"] = [$"type must be one of: {string.Join(", ", Enum.GetNames<ContactType>())}."];
        }

        if (string.IsNullOrWhiteSpace(request.Notes))
        {
            errors["notes"] = ["notes must not be empty."];
        }
        else if (request.Notes.Length > ContactConfiguration.MaxNotesLength)
        {
            errors["notes"] = [$"notes must be {ContactConfiguration.MaxNotesLength} characters or fewer."];
        }

        var now = DateTime.UtcNow;
        var occurredAt = request.OccurredAt?.ToUniversalTime() ?? now;
        if (occurredAt > now.AddMinutes(5))
        {
            errors["occurredAt"] = ["occurredAt must not be in the future."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The contact could not be recorded");
        }

        var opened = await access.OpenAsync(crn, "API: add contact", ct);
        if (Refused(opened) is { } problem)
        {
            return problem;
        }

        var contact = new Contact
        {
            Id = Guid.CreateVersion7(now),
            OccurredAt = occurredAt,
            PersonId = opened.Case!.Id,
            Type = type,
            Notes = request.Notes!.Trim(),
            IsSensitive = request.IsSensitive,
            CreatedAt = now,
            RecordedByClient = user.DisplayName,
        };
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(ct);
        var response = new ContactResponse(contact.Id, contact.OccurredAt, contact.Type.ToString(), null, contact.Notes, contact.IsSensitive, contact.RecordedByClient);
        return TypedResults.Created($"/api/v1/people/{opened.Crn}/contacts/{contact.Id}", response);
    }

    internal static ProblemHttpResult? Refused(CaseOpenResult opened) => opened.Status switch
    {
        CaseOpenStatus.NotFound when opened.Crn is null => TypedResults.Problem(statusCode: 400, title: "Invalid CRN", detail: "A CRN is one letter followed by six digits, like X123456."),
        CaseOpenStatus.NotFound => TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"No person on probation has CRN {opened.Crn}."),
        CaseOpenStatus.Restricted => TypedResults.Problem(statusCode: 403, title: "This case is restricted", detail: $"Case {opened.Crn} is restricted.", extensions: new Dictionary<string, object?> { ["crn"] = opened.Crn }),
        _ => null,
    };
}
