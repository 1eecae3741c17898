using System.Globalization;
using System.Net.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Domain.People;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Govuk;

namespace Waypoint.Web.Pages.Cases;

/// <summary>
/// Edits a person's personal details. Every field is validated with a GOV.UK message; a save that races another
/// user's save is refused (optimistic concurrency on the person's version) and nothing is overwritten.
/// </summary>
public class EditPersonalDetailsModel(CaseAccessService access, WaypointDbContext db) : CasePageModel(access)
{
    public const int NameMaxLength = 100;

    protected override string AuditWhat => "Edit personal details";

    [BindProperty]
    public PersonalDetailsInput Input { get; set; } = new();

    public List<(string Text, string Href)> Errors { get; } = [];

    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Href == "#" + id).Text;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!MayChange)
        {
            return Forbid();
        }

        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == Case.Id, cancellationToken);
        Input = PersonalDetailsInput.From(person);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!MayChange)
        {
            return Forbid();
        }

        if (!int.TryParse(Input.Version, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return BadRequest();
        }

        var validated = Validate();
        if (Errors.Count > 0)
        {
            return Page();
        }

        var person = await db.People.SingleAsync(p => p.Id == Case.Id, cancellationToken);
        db.Entry(person).Property(p => p.Version).OriginalValue = version;
        validated.ApplyTo(person);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.People.AsNoTracking().SingleAsync(p => p.Id == Case.Id, cancellationToken);
            Input = PersonalDetailsInput.From(current);
            Errors.Add(("Someone else changed these details while you were editing. Nothing you entered was saved: check the current details below and make your changes again", "#first-name"));
            return Page();
        }

        return Redirect($"/cases/{Case.Crn}/personal-details?saved=true");
    }

    private ValidatedDetails Validate()
    {
        string? Required(string? value, string id, string message, int max, string tooLong)
        {
            var trimmed = value?.Trim();
            if (string.IsNullOrEmpty(trimmed))
            {
                Errors.Add((message, "#" + id));
                return null;
            }

            if (trimmed.Length > max)
            {
                Errors.Add((tooLong, "#" + id));
                return null;
            }

            return trimmed;
        }

        string? Optional(string? value, string id, int max, string tooLong)
        {
            var trimmed = value?.Trim();
            if (string.IsNullOrEmpty(trimmed))
            {
                return null;
            }

            if (trimmed.Length > max)
            {
                Errors.Add((tooLong, "#" + id));
            }

            return trimmed;
        }

        var first = Required(Input.FirstName, "first-name", "Enter a first name", NameMaxLength, $"First name must be {NameMaxLength} characters or fewer");
        var middle = Optional(Input.MiddleNames, "middle-names", 200, "Middle names must be 200 characters or fewer");
        var last = Required(Input.LastName, "last-name", "Enter a last name", NameMaxLength, $"Last name must be {NameMaxLength} characters or fewer");
        var preferred = Optional(Input.PreferredName, "preferred-name", NameMaxLength, $"Preferred name must be {NameMaxLength} characters or fewer");

        var dateOfBirth = Input.DateOfBirth.TryGetDate("date of birth", out var dobError);
        if (dobError is null && dateOfBirth is { } dob)
        {
            var today = Display.Today;
            if (dob >= today)
            {
                dobError = "Date of birth must be in the past";
            }
            else if (Display.Age(dob, today) < 10 || Display.Age(dob, today) > 110)
            {
                dobError = "Date of birth must give an age between 10 and 110";
            }
        }

        if (dobError is not null)
        {
            Errors.Add((dobError, "#date-of-birth-day"));
        }

        if (!Enum.TryParse<Gender>(Input.Gender, out var gender) || !Enum.IsDefined(gender))
        {
            Errors.Add(("Select a gender", "#gender"));
        }

        var genderIdentity = Optional(Input.GenderIdentity, "gender-identity", 100, "Gender identity must be 100 characters or fewer");
        if (!Enum.TryParse<Ethnicity>(Input.Ethnicity, out var ethnicity) || !Enum.IsDefined(ethnicity))
        {
            Errors.Add(("Select an ethnic group", "#ethnicity"));
        }

        var religion = Optional(Input.Religion, "religion", 100, "Religion or belief must be 100 characters or fewer");
        var disability = Optional(Input.Disability, "disability", 500, "Disability must be 500 characters or fewer");
        var nationality = Optional(Input.Nationality, "nationality", 100, "Nationality must be 100 characters or fewer");

        string? pnc = null;
        if (!string.IsNullOrWhiteSpace(Input.PncNumber))
        {
            if (PncNumber.TryParse(Input.PncNumber, out var parsedPnc))
            {
                pnc = parsedPnc.ToString();
            }
            else
            {
                Errors.Add(("Enter a PNC number in the correct format, like 2004/0046583U, with a check letter that matches", "#pnc-number"));
            }
        }

        var phone = Optional(Input.Phone, "phone", 30, "Phone number must be 30 characters or fewer");
        if (phone is not null && (phone.Count(char.IsAsciiDigit) is < 7 or > 15 || phone.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-'))))
        {
            Errors.Add(("Enter a phone number, like 07700 900 982 or +44 161 496 0000", "#phone"));
        }

        var email = Optional(Input.Email, "email", 200, "Email address must be 200 characters or fewer");
        if (email is not null && (!MailAddress.TryCreate(email, out var parsedEmail) || parsedEmail.Address != email || !email.Contains('.', StringComparison.Ordinal)))
        {
            Errors.Add(("Enter an email address in the correct format, like name@example.com", "#email"));
        }

        if (!Enum.TryParse<PreferredContactMethod>(Input.PreferredContactMethod, out var contactMethod) || !Enum.IsDefined(contactMethod))
        {
            Errors.Add(("Select how the person prefers to be contacted", "#preferred-contact"));
        }
        else if (contactMethod is PreferredContactMethod.Sms or PreferredContactMethod.Phone && phone is null)
        {
            Errors.Add(("Enter a phone number, or choose another way to contact the person", "#phone"));
        }
        else if (contactMethod == PreferredContactMethod.Email && email is null)
        {
            Errors.Add(("Enter an email address, or choose another way to contact the person", "#email"));
        }

        var language = Optional(Input.Language, "language", 100, "Language must be 100 characters or fewer");
        ViewData["HasErrors"] = Errors.Count > 0;
        return new ValidatedDetails(first!, middle, last!, preferred, dateOfBirth ?? default, gender, genderIdentity, ethnicity, religion, disability,
            nationality, pnc, phone, email, contactMethod, language, Input.InterpreterRequired);
    }

    private sealed record ValidatedDetails(
        string FirstName, string? MiddleNames, string LastName, string? PreferredName, DateOnly DateOfBirth, Gender Gender, string? GenderIdentity,
        Ethnicity Ethnicity, string? Religion, string? Disability, string? Nationality, string? PncNumber, string? Phone, string? Email,
        PreferredContactMethod PreferredContactMethod, string? Language, bool InterpreterRequired)
    {
        public void ApplyTo(Person person)
        {
            person.FirstName = FirstName;
            person.MiddleNames = MiddleNames;
            person.LastName = LastName;
            person.SearchFirstName = FirstName.ToUpperInvariant();
            person.SearchLastName = LastName.ToUpperInvariant();
            person.PreferredName = PreferredName;
            person.DateOfBirth = DateOfBirth;
            person.Gender = Gender;
            person.GenderIdentity = GenderIdentity;
            person.Ethnicity = Ethnicity;
            person.Religion = Religion;
            person.Disability = Disability;
            person.Nationality = Nationality;
            person.PncNumber = PncNumber;
            person.Phone = Phone;
            person.Email = Email;
            person.PreferredContactMethod = PreferredContactMethod;
            person.Language = Language;
            person.InterpreterRequired = InterpreterRequired;
        }
    }
}

/// <summary>The form as typed: kept as text so a mistake (or a tampered value) is shown back with a message, never a crash.</summary>
public sealed class PersonalDetailsInput
{
    public string? FirstName { get; set; }
    public string? MiddleNames { get; set; }
    public string? LastName { get; set; }
    public string? PreferredName { get; set; }
    public DateParts DateOfBirth { get; set; } = new();
    public string? Gender { get; set; }
    public string? GenderIdentity { get; set; }
    public string? Ethnicity { get; set; }
    public string? Religion { get; set; }
    public string? Disability { get; set; }
    public string? Nationality { get; set; }
    public string? PncNumber { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? PreferredContactMethod { get; set; }
    public string? Language { get; set; }
    public bool InterpreterRequired { get; set; }
    public string? Version { get; set; }

    public static PersonalDetailsInput From(Person p) => new()
    {
        FirstName = p.FirstName,
        MiddleNames = p.MiddleNames,
        LastName = p.LastName,
        PreferredName = p.PreferredName,
        DateOfBirth = DateParts.From(p.DateOfBirth),
        Gender = p.Gender.ToString(),
        GenderIdentity = p.GenderIdentity,
        Ethnicity = p.Ethnicity.ToString(),
        Religion = p.Religion,
        Disability = p.Disability,
        Nationality = p.Nationality,
        PncNumber = p.PncNumber,
        Phone = p.Phone,
        Email = p.Email,
        PreferredContactMethod = p.PreferredContactMethod.ToString(),
        Language = p.Language,
        InterpreterRequired = p.InterpreterRequired,
        Version = p.Version.ToString(CultureInfo.InvariantCulture),
    };
}
