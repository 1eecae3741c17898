using Bogus;
using Waypoint.Data.Entities;
using Waypoint.Domain.Access;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.People;
using Waypoint.Domain.Sentencing;
using Person = Waypoint.Data.Entities.Person;

namespace Waypoint.Data.DemoData;

/// <summary>Settings for generated data. Same seed, options and reference date give the same data.</summary>
public sealed record DemoDataOptions(int People = 4000, int Seed = 20261122, DateOnly? Today = null)
{
    public DateOnly ReferenceDate => Today ?? DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>How many probation regions the people are spread over (at most <see cref="DemoRegions.All"/>).</summary>
    public int Regions { get; init; } = 1;

    /// <summary>Case-holders per team; unset, teams hold about eight as the demo region's do.</summary>
    public int? HoldersPerTeam { get; init; }

    /// <summary>
    /// The fuller record a service accumulates, for load runs: about 60 contacts and 16 past appointments per person
    /// (appointments and letters, texts, calls and notes between them), each with its audit entry, sealed into the chain.
    /// </summary>
    public bool DenseHistory { get; init; }

    /// <summary>
    /// Staff who hold no cases, in every team (case administration and business support): the national profile's
    /// 10,000 staff of whom about 4,000 hold cases.
    /// </summary>
    public int AdministratorsPerTeam { get; init; }

    /// <summary>
    /// With dense history, about one person in this many has been supervised almost without a break for ten years
    /// (earlier orders, ended, with their contacts), and the demo practitioner holds one such person: a timeline of
    /// over 50 pages for load runs. Zero: none.
    /// </summary>
    public int LongHistoryOneIn { get; init; }

    /// <summary>The named sizes: demo (first start; 4,000 people), region (25,000) and national (250,000 in 12 regions).</summary>
    public static readonly IReadOnlyList<string> Profiles = ["demo", "region", "national"];

    public static DemoDataOptions ForProfile(string profile, int? people, int seed) => profile.ToLowerInvariant() switch
    {
        "demo" => new DemoDataOptions(people ?? 4000, seed),
        "region" => new DemoDataOptions(people ?? 25_000, seed) { DenseHistory = true },
        "national" => new DemoDataOptions(people ?? 250_000, seed) { Regions = DemoRegions.All.Count, HoldersPerTeam = 4, AdministratorsPerTeam = 5, DenseHistory = true, LongHistoryOneIn = 2000 },
        _ => throw new ArgumentException($"Unknown profile '{profile}': use {string.Join(", ", Profiles)}.", nameof(profile)),
    };
}

/// <summary>A probation region of England and Wales as the generator draws it: codes, its PDUs' areas and postcodes.</summary>
public sealed record DemoRegion(string Code, string Name, char CrnLetter, string PostcodeArea, string[] Areas);

public static class DemoRegions
{
    /// <summary>The twelve regions; the first is the demo region every profile starts with.</summary>
    public static readonly IReadOnlyList<DemoRegion> All =
    [
        new("N50", "Greater Manchester", 'N', "M", ["Manchester North", "Manchester South", "Bolton", "Wigan", "Salford", "Stockport", "Oldham", "Trafford", "Bury", "Tameside"]),
        new("N51", "North East", 'A', "NE", ["Newcastle", "Gateshead", "Sunderland", "Durham", "Darlington", "Teesside", "Northumberland", "North Tyneside", "South Tyneside", "Hartlepool"]),
        new("N52", "Yorkshire and the Humber", 'B', "LS", ["Leeds", "Bradford", "Sheffield", "Hull", "York", "Wakefield", "Doncaster", "Kirklees", "Calderdale", "Rotherham"]),
        new("N53", "North West", 'C', "L", ["Liverpool", "Sefton", "Wirral", "Preston", "Blackburn", "Blackpool", "Cumbria", "Warrington", "Cheshire East", "Lancaster"]),
        new("N54", "East Midlands", 'D', "NG", ["Nottingham", "Derby", "Leicester", "Lincoln", "Northampton", "Mansfield", "Chesterfield", "Boston", "Kettering", "Loughborough"]),
        new("N55", "West Midlands", 'E', "B", ["Birmingham North", "Birmingham South", "Coventry", "Wolverhampton", "Walsall", "Dudley", "Sandwell", "Stoke-on-Trent", "Worcester", "Hereford"]),
        new("N56", "East of England", 'F', "NR", ["Norwich", "Ipswich", "Cambridge", "Peterborough", "Luton", "Bedford", "Chelmsford", "Southend", "Colchester", "Stevenage"]),
        new("N57", "Wales", 'G', "CF", ["Cardiff", "Swansea", "Newport", "Wrexham", "Bangor", "Carmarthen", "Merthyr Tydfil", "Bridgend", "Aberystwyth", "Llandudno"]),
        new("N58", "South West", 'H', "BS", ["Bristol", "Plymouth", "Exeter", "Gloucester", "Swindon", "Bournemouth", "Taunton", "Truro", "Bath", "Weymouth"]),
        new("N59", "South Central", 'J', "SO", ["Southampton", "Portsmouth", "Reading", "Oxford", "Milton Keynes", "Aylesbury", "Basingstoke", "Slough", "Isle of Wight", "Winchester"]),
        new("N60", "Kent, Surrey and Sussex", 'K', "ME", ["Maidstone", "Canterbury", "Medway", "Brighton", "Crawley", "Guildford", "Hastings", "Ashford", "Woking", "Worthing"]),
        new("N61", "London", 'L', "E", ["Camden and Islington", "Hackney", "Lambeth", "Southwark", "Croydon", "Ealing", "Newham", "Barnet", "Westminster", "Tower Hamlets"]),
    ];
}

/// <summary>The organisation of a generated region, and each case-holder's share of the caseload.</summary>
public sealed record DemoOrganisation(Region Region, List<StaffMember> Staff, List<StaffMember> Holders, double[] Shares)
{
    /// <summary>The probation officer expected to hold the most cases: the demo practitioner account.</summary>
    public StaffMember BusiestOfficer => Holders.Zip(Shares).Where(h => h.First.Grade == Grade.Po).MaxBy(h => h.Second).First;
}

public sealed record DemoPeopleBatch(List<Person> People, List<(Person Person, Contact Contact)> Contacts, List<PersonLink> Links);

/// <summary>The generated region, ready to be written in batches.</summary>
public sealed class DemoDataSet
{
    public required Region Region { get; init; }
    public required List<StaffMember> Staff { get; init; }
    public required List<Person> People { get; init; }
    public required List<PersonLink> Links { get; init; }
    /// <summary>Contacts with the person they belong to: written after the people, once their ids are known.</summary>
    public required List<(Person Person, Contact Contact)> Contacts { get; init; }
}

/// <summary>
/// Creates a realistic probation region deterministically (fixed seed, Bogus en_GB): the organisation, staff in a
/// realistic grade mix, people on probation with sentences, requirements, licence conditions, registrations and
/// 6-18 months of contact history, and caseloads that vary widely as they do in practice.
/// </summary>
public sealed partial class DemoDataGenerator(DemoDataOptions options, int regionIndex = 0)
{
    // Sentence mix of the caseload: community orders, suspended sentence orders, licences.
    public static readonly (SentenceType Type, double Weight)[] SentenceMix =
    [
        (SentenceType.CommunityOrder, 0.55),
        (SentenceType.SuspendedSentenceOrder, 0.15),
        (SentenceType.CustodyWithLicence, 0.30),
    ];

    // Close to the published ethnicity breakdown of the England and Wales probation caseload (about 80% White).
    public static readonly (Ethnicity Ethnicity, double Weight)[] EthnicityMix =
    [
        (Ethnicity.WhiteBritish, 0.72), (Ethnicity.WhiteIrish, 0.01), (Ethnicity.WhiteGypsyOrIrishTraveller, 0.01),
        (Ethnicity.WhiteRoma, 0.005), (Ethnicity.WhiteOther, 0.055),
        (Ethnicity.BlackAfrican, 0.025), (Ethnicity.BlackCaribbean, 0.03), (Ethnicity.BlackOther, 0.015),
        (Ethnicity.AsianPakistani, 0.025), (Ethnicity.AsianIndian, 0.01), (Ethnicity.AsianBangladeshi, 0.008),
        (Ethnicity.AsianChinese, 0.002), (Ethnicity.AsianOther, 0.01),
        (Ethnicity.MixedWhiteAndBlackCaribbean, 0.018), (Ethnicity.MixedWhiteAndBlackAfrican, 0.005),
        (Ethnicity.MixedWhiteAndAsian, 0.005), (Ethnicity.MixedOther, 0.007),
        (Ethnicity.OtherArab, 0.004), (Ethnicity.OtherAnyOther, 0.01), (Ethnicity.NotStated, 0.01),
    ];

    private static readonly (string Code, string Description)[] CommonOffences =
    [
        ("00801", "Assault occasioning actual bodily harm"),
        ("10501", "Common assault"),
        ("02800", "Burglary in a dwelling"),
        ("03000", "Burglary in a building other than a dwelling"),
        ("04600", "Theft from a shop"),
        ("04900", "Other theft"),
        ("03401", "Robbery"),
        ("05800", "Criminal damage"),
        ("09201", "Drug supply offence"),
        ("80301", "Driving with excess alcohol"),
        ("06600", "Public order offence"),
        ("04800", "Taking a motor vehicle without consent"),
        ("05401", "Handling stolen goods"),
        ("05101", "Fraud offence"),
        ("00839", "Sexual offence against an adult"),
    ];

    private static readonly string[] Courts =
    [
        "Manchester Crown Court (Minshull Street)", "Manchester Magistrates' Court", "Bolton Crown Court",
        "Salford Magistrates' Court", "Stockport Magistrates' Court", "Wigan and Leigh Magistrates' Court",
    ];

    private static readonly string[] SupervisionNotes =
    [
        "Discussed progress against sentence plan objectives. Reports settled accommodation and attending the job centre as agreed.",
        "Reviewed licence conditions and reminded of reporting instructions. No concerns raised.",
        "Talked through recent difficulties with alcohol use; agreed referral to the community alcohol service.",
        "Attended on time. Explored triggers for past offending using the thinking skills worksheet.",
        "Home visit completed. Address appears suitable; partner present and engaged well.",
        "Reported losing benefits after a missed appointment at the job centre. Gave details of the advice service.",
        "Completed the unpaid work induction and health and safety briefing.",
        "Discussed relationship with partner and checked in about child contact arrangements.",
        "Attended with a support worker. Mood appears low; agreed to contact the GP this week.",
        "Reviewed progress with the rehabilitative activity; completed session on consequential thinking.",
    ];

    private static readonly (RegistrationType Type, double Rate)[] RegistrationRates =
    [
        (RegistrationType.DomesticAbusePerpetrator, 0.24), (RegistrationType.ChildProtectionConcerns, 0.10),
        (RegistrationType.RiskToStaff, 0.05), (RegistrationType.RiskToKnownAdult, 0.08),
        (RegistrationType.SuicideSelfHarm, 0.10), (RegistrationType.HateCrime, 0.01),
        (RegistrationType.StreetGangs, 0.02), (RegistrationType.IntegratedOffenderManagement, 0.06),
    ];

    /// <summary>The furthest back generated contacts go.</summary>
    public const int HistoryMonths = 36;

    private readonly Faker faker = new("en_GB") { Random = new Randomizer(options.Seed + (regionIndex * 7919)) };
    private readonly DateOnly today = options.ReferenceDate;
    private readonly DemoRegion region = DemoRegions.All[regionIndex];

    /// <summary>This region's share of the people.</summary>
    public int PeopleInRegion => (options.People / options.Regions) + (regionIndex < options.People % options.Regions ? 1 : 0);

    private string[] RegionCourts => regionIndex == 0 ? Courts : [.. region.Areas.Take(4).Select(a => $"{a} Magistrates' Court"), $"{region.Areas[0]} Crown Court"];

    private string[] Towns => regionIndex == 0 ? ["Salford", "Bury", "Oldham", "Rochdale", "Stockport", "Sale", "Manchester", "Ashton-under-Lyne"] : region.Areas;

    private string NewPostcode() => $"{region.PostcodeArea}{faker.Random.Int(1, 29)} {faker.Random.Int(1, 9)}{faker.Random.String2(2, "ABDEFGHJLNPQRSTUWXYZ")}";

    /// <summary>Generates the whole region in memory (used for the demo and by tests).</summary>
    public DemoDataSet Generate()
    {
        var organisation = GenerateOrganisation();
        var people = new List<Person>(PeopleInRegion);
        var contacts = new List<(Person, Contact)>(PeopleInRegion * 25);
        var links = new List<PersonLink>();
        foreach (var batch in GeneratePeople(organisation, 1000))
        {
            people.AddRange(batch.People);
            contacts.AddRange(batch.Contacts);
            links.AddRange(batch.Links);
        }

        return new DemoDataSet { Region = organisation.Region, Staff = organisation.Staff, People = people, Links = links, Contacts = contacts };
    }

    /// <summary>The region, its PDUs and teams, and staff in a realistic grade mix, scaled to the caseload.</summary>
    public DemoOrganisation GenerateOrganisation()
    {
        var region = new Region { Code = this.region.Code, Name = this.region.Name };
        string[] pduNames = this.region.Areas;
        string[] teamNames = regionIndex == 0 ? ["Salford", "Bury", "Oldham", "Rochdale", "Stockport", "Trafford", "Wythenshawe", "Tameside"] : [];
        var staff = new List<StaffMember>();
        var staffNumber = 0;
        // Staff scale with the caseload: teams of about eight practitioners (or the profile's number) holding about 62 people each.
        var people = PeopleInRegion;
        int teamCount, pduCount, holdersPerTeam;
        if (options.HoldersPerTeam is { } perTeam)
        {
            holdersPerTeam = perTeam;
            teamCount = Math.Max(2, (int)Math.Round(people / 62.5 / perTeam));
            pduCount = Math.Max(2, (int)Math.Round(teamCount / 9.0));
        }
        else
        {
            teamCount = Math.Max(8, (int)Math.Round(people / 62.0 / 8));
            pduCount = Math.Max(2, (teamCount + 7) / 8);
            holdersPerTeam = Math.Max(3, (int)Math.Round(people / 62.0 / teamCount));
        }

        for (var p = 0; p < pduCount; p++)
        {
            var pdu = new Pdu { Code = $"{region.Code}{(char)('A' + p % 26)}{(p >= 26 ? (p / 26).ToString(System.Globalization.CultureInfo.InvariantCulture) : "")}", Name = p < pduNames.Length ? pduNames[p] : $"PDU {p + 1}", Region = region };
            region.Pdus.Add(pdu);
            var teamsHere = teamCount / pduCount + (p < teamCount % pduCount ? 1 : 0);
            for (var t = 0; t < teamsHere; t++)
            {
                var index = region.Pdus.Sum(x => x.Teams.Count);
                var name = index < teamNames.Length ? teamNames[index] : $"{pdu.Name} {t + 1}";
                var team = new Team { Code = $"{pdu.Code}T{t + 1}", Name = $"{name} Probation Team", Pdu = pdu };
                pdu.Teams.Add(team);
                staff.Add(NewStaff(team, Grade.Spo, ref staffNumber));
                for (var i = 0; i < holdersPerTeam; i++)
                {
                    // Grade mix in a typical team: half POs, a third PSOs, the rest trainees.
                    var roll = faker.Random.Double();
                    var grade = roll < 0.5 ? Grade.Po : roll < 0.82 ? Grade.Pso : Grade.Pqip;
                    staff.Add(NewStaff(team, grade, ref staffNumber));
                }

                for (var i = 0; i < options.AdministratorsPerTeam; i++)
                {
                    staff.Add(NewStaff(team, Grade.Administrator, ref staffNumber));
                }
            }

            staff.Add(NewStaff(pdu.Teams[0], Grade.HeadOfPdu, ref staffNumber));
            staff.Add(NewStaff(pdu.Teams[0], Grade.Administrator, ref staffNumber));
        }

        var holders = staff.Where(s => GradeNames.HoldsCases(s.Grade)).ToList();
        // Caseloads vary widely: each practitioner gets a share drawn around their grade's usual load.
        var shares = holders.Select(h => h.Grade switch
        {
            Grade.Po => faker.Random.Double(0.9, 1.7),
            Grade.Pso => faker.Random.Double(0.7, 1.3),
            _ => faker.Random.Double(0.35, 0.6),
        } * (double)(h.ContractedHours / 37m)).ToArray();
        if (options.DenseHistory && regionIndex == 0)
        {
            // Load runs need a practitioner at the top of the range: the demo practitioner is given about 120 people.
            var busiest = Array.IndexOf([.. holders], new DemoOrganisation(region, staff, holders, shares).BusiestOfficer);
            var allocated = people * 0.96;
            var others = shares.Sum() - shares[busiest];
            shares[busiest] = 120 * others / Math.Max(1, allocated - 120);
        }

        return new DemoOrganisation(region, staff, holders, shares);
    }

    /// <summary>
    /// People on probation in batches, so a national-size run never holds the whole caseload in memory. Limited-access
    /// cases and links between people are made within each batch.
    /// </summary>
    public IEnumerable<DemoPeopleBatch> GeneratePeople(DemoOrganisation organisation, int batchSize)
    {
        var shareTotal = organisation.Shares.Sum();
        // Load runs read a long timeline on the demo practitioner's caseload: the first of their people old enough gets one.
        var longHistoryHolder = options.DenseHistory && options.LongHistoryOneIn > 0 && regionIndex == 0 ? organisation.BusiestOfficer : null;
        for (var start = 0; start < PeopleInRegion; start += batchSize)
        {
            var count = Math.Min(batchSize, PeopleInRegion - start);
            var people = new List<Person>(count);
            var contacts = new List<(Person, Contact)>(count * 25);
            for (var i = start; i < start + count; i++)
            {
                // 4% wait for allocation; the rest are spread by share.
                StaffMember? practitioner = null;
                if (faker.Random.Double() >= 0.04)
                {
                    var pick = faker.Random.Double() * shareTotal;
                    var index = 0;
                    while (index < organisation.Shares.Length - 1 && pick > organisation.Shares[index])
                    {
                        pick -= organisation.Shares[index];
                        index++;
                    }

                    practitioner = organisation.Holders[index];
                }

                var longHistory = options.DenseHistory && options.LongHistoryOneIn > 0 && practitioner is not null
                    && (faker.Random.Int(1, options.LongHistoryOneIn) == 1 || practitioner == longHistoryHolder);
                var person = NewPerson(i + 1, practitioner, organisation.Staff, contacts, longHistory);
                if (practitioner == longHistoryHolder && person.Events.Count > 1)
                {
                    longHistoryHolder = null;
                }

                people.Add(person);
            }

            AddRestrictions(people, start, organisation.Staff);
            yield return new DemoPeopleBatch(people, contacts, NewLinks(people, start));
        }
    }

    private StaffMember NewStaff(Team team, Grade grade, ref int number)
    {
        number++;
        var gender = faker.Random.Bool(0.7f) ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male;
        var first = faker.Name.FirstName(gender);
        var last = faker.Name.LastName();
        var member = new StaffMember
        {
            StaffCode = $"{region.Code}{number:D4}",
            Team = team,
            FirstName = first,
            LastName = last,
            Email = $"{first}.{last}.{number}{(regionIndex == 0 ? "" : region.Code)}@justice.example".ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal),
            Grade = grade,
            ContractedHours = faker.Random.Double() < 0.8 ? 37m : faker.PickRandom(22.5m, 30m, 18.5m),
            TraineeStartDate = grade == Grade.Pqip ? today.AddMonths(-faker.Random.Int(1, 20)) : null,
            VettingLevel = faker.Random.Double() < 0.3 ? VettingLevel.SecurityCheck : VettingLevel.CounterTerrorismCheck,
            VettingGranted = today.AddMonths(-faker.Random.Int(1, 60)),
        };
        member.VettingExpires = member.VettingGranted.Value.AddYears(member.VettingLevel == VettingLevel.SecurityCheck ? 10 : 5);
        if (grade is Grade.Po or Grade.Spo or Grade.HeadOfPdu)
        {
            member.Qualifications.Add(new StaffQualification
            {
                Qualification = "Professional Qualification in Probation",
                AwardedOn = today.AddYears(-faker.Random.Int(1, 20)),
                EvidenceSeen = true,
            });
        }

        team.Staff.Add(member);
        return member;
    }

    private Person NewPerson(int number, StaffMember? practitioner, List<StaffMember> staff, List<(Person, Contact)> contacts, bool longHistory = false)
    {
        var isMale = faker.Random.Double() < 0.89;
        var first = faker.Name.FirstName(isMale ? Bogus.DataSets.Name.Gender.Male : Bogus.DataSets.Name.Gender.Female);
        var last = faker.Name.LastName();
        var age = faker.Random.Double() < 0.7 ? faker.Random.Int(21, 45) : faker.Random.Int(18, 72);
        var ethnicity = Pick(EthnicityMix);
        var contactMethod = faker.Random.Double() switch { < 0.72 => PreferredContactMethod.Sms, < 0.84 => PreferredContactMethod.Email, < 0.94 => PreferredContactMethod.Phone, _ => PreferredContactMethod.Letter };
        var person = new Person
        {
            Crn = Crn.FromSequence(region.CrnLetter, number).Value,
            FirstName = first,
            MiddleNames = faker.Random.Double() < 0.4 ? faker.Name.FirstName() : null,
            LastName = last,
            SearchFirstName = first.ToUpperInvariant(),
            SearchLastName = last.ToUpperInvariant(),
            DateOfBirth = today.AddYears(-age).AddDays(-faker.Random.Int(0, 364)),
            Gender = isMale ? Gender.Male : Gender.Female,
            Ethnicity = ethnicity,
            Religion = faker.PickRandom("No religion", "Christian", "Muslim", "Not stated", "Sikh", "Hindu", "Other"),
            Disability = faker.Random.Double() < 0.18 ? faker.PickRandom("Dyslexia", "Mental health condition (depression)", "Reduced mobility", "ADHD", "Hearing impairment") : null,
            Nationality = ethnicity is Ethnicity.WhiteOther or Ethnicity.WhiteRoma ? faker.PickRandom("Polish", "Romanian", "Lithuanian", "British") : "British",
            PncNumber = faker.Random.Double() < 0.92 ? PncNumber.Create(faker.Random.Int(1995, 2025), faker.Random.Int(1, 999_999)).ToString() : null,
            Phone = contactMethod is PreferredContactMethod.Letter ? null : $"07{faker.Random.Int(100, 999)} {faker.Random.Int(100000, 999999)}",
            Email = contactMethod is PreferredContactMethod.Email ? $"{first}.{last}{number}{(regionIndex == 0 ? "" : region.CrnLetter)}@mail.example".ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal) : null,
            PreferredContactMethod = contactMethod,
            Language = faker.Random.Double() < 0.04 ? faker.PickRandom("Polish", "Romanian", "Urdu", "Arabic") : "English",
            ResponsibleStaffMember = practitioner,
            ResponsibleTeam = practitioner?.Team ?? staff[faker.Random.Int(0, staff.Count - 1)].Team, // waiting cases wait in a team of the PDU
        };
        person.InterpreterRequired = person.Language != "English" && faker.Random.Bool(0.6f);
        if (faker.Random.Double() < 0.15)
        {
            person.Aliases.Add(new PersonAlias { FirstName = faker.Name.FirstName(), LastName = last });
        }

        var noFixedAbode = faker.Random.Double() < 0.04;
        person.Addresses.Add(new Address
        {
            Status = AddressStatus.Main,
            AccommodationType = noFixedAbode ? AccommodationType.NoFixedAbode : faker.PickRandom(AccommodationType.RentedSocial, AccommodationType.RentedPrivate, AccommodationType.LivingWithFamilyOrFriends, AccommodationType.OwnerOccupier, AccommodationType.ApprovedPremises, AccommodationType.SupportedHousing),
            Line1 = noFixedAbode ? null : faker.Address.StreetAddress(),
            Town = noFixedAbode ? null : faker.PickRandom(Towns),
            Postcode = noFixedAbode ? null : regionIndex == 0 ? $"M{faker.Random.Int(1, 46)} {faker.Random.Int(1, 9)}{faker.Random.String2(2, "ABDEFGHJLNPQRSTUWXYZ")}" : NewPostcode(),
            From = today.AddMonths(-faker.Random.Int(1, 48)),
        });
        if (faker.Random.Double() < 0.35)
        {
            person.Addresses.Add(new Address
            {
                Status = AddressStatus.Previous,
                AccommodationType = AccommodationType.RentedPrivate,
                Line1 = faker.Address.StreetAddress(),
                Town = regionIndex == 0 ? "Manchester" : region.Areas[0],
                Postcode = regionIndex == 0 ? $"M{faker.Random.Int(1, 46)} {faker.Random.Int(1, 9)}{faker.Random.String2(2, "ABDEFGHJLNPQRSTUWXYZ")}" : NewPostcode(),
                From = person.Addresses[0].From.AddMonths(-faker.Random.Int(6, 60)),
                To = person.Addresses[0].From.AddDays(-1),
            });
        }

        var sentence = NewEvent(person);
        AddRegistrations(person, staff, sentence);

        // Criminal history from the record: most people on probation have several earlier sanctions.
        var ageAtConviction = Domain.Predictors.Ogrs3Calculator.AgeOn(person.DateOfBirth, sentence.Event.ConvictionDate);
        var firstTimer = faker.Random.Double() < 0.15;
        person.AgeAtFirstSanction = firstTimer ? ageAtConviction : faker.Random.Int(Math.Min(12, ageAtConviction), Math.Min(ageAtConviction, faker.Random.Double() < 0.7 ? 21 : 40));
        person.TotalSanctions = firstTimer ? 1 : Math.Max(2, (int)Math.Round((ageAtConviction - person.AgeAtFirstSanction.Value + 1) * faker.Random.Double(0.2, 1.6)));

        if (practitioner is not null)
        {
            var allocatedFrom = sentence.StartDate.AddDays(faker.Random.Int(1, 6));
            if (faker.Random.Double() < 0.3)
            {
                // A handover part-way through the order: the history keeps both.
                var previous = faker.PickRandom(staff.Where(s => GradeNames.HoldsCases(s.Grade) && s != practitioner).ToList());
                var handover = allocatedFrom.AddDays(Math.Max(1, (today.DayNumber - allocatedFrom.DayNumber) / 2));
                person.Allocations.Add(new Allocation { StaffMember = previous, Team = previous.Team, From = allocatedFrom, To = handover.AddDays(-1), Reason = "Initial allocation" });
                person.Allocations.Add(new Allocation { StaffMember = practitioner, Team = practitioner.Team, From = handover, Reason = faker.PickRandom("Practitioner left the team", "Workload balancing", "Change of address to another area") });
            }
            else
            {
                person.Allocations.Add(new Allocation { StaffMember = practitioner, Team = practitioner.Team, From = allocatedFrom, Reason = "Initial allocation" });
            }

            AddContacts(person, practitioner, sentence, contacts);
            if (longHistory)
            {
                AddEarlierOrders(person, practitioner, sentence, contacts);
            }
        }

        AddAssessmentAndTier(person, staff);

        return person;
    }

    private Sentence NewEvent(Person person)
    {
        var type = Pick(SentenceMix);
        var offence = faker.PickRandom(CommonOffences);
        var length = type switch
        {
            SentenceType.CommunityOrder => faker.PickRandom(12, 12, 18, 24, 24, 36),
            SentenceType.SuspendedSentenceOrder => faker.PickRandom(12, 18, 24),
            _ => faker.PickRandom(6, 9, 12, 18, 24, 30, 36, 48, 60, 72),
        };

        // A current sentence: in the community for 1 to 20 months so far.
        var monthsIn = faker.Random.Int(1, 20);
        DateOnly sentenceDate;
        KeyDates keyDates;
        if (type == SentenceType.CustodyWithLicence)
        {
            var probe = KeyDateRules.Derive(type, today, length);
            var custodyDays = probe.ReleaseDate!.Value.DayNumber - today.DayNumber;
            sentenceDate = today.AddDays(-custodyDays).AddMonths(-Math.Min(monthsIn, 10));
            keyDates = KeyDateRules.Derive(type, sentenceDate, length);
        }
        else
        {
            sentenceDate = today.AddMonths(-Math.Min(monthsIn, length - 1));
            keyDates = KeyDateRules.Derive(type, sentenceDate, length);
        }

        var ev = new ConvictionEvent
        {
            EventNumber = 1,
            Court = faker.PickRandom(RegionCourts),
            ConvictionDate = sentenceDate.AddDays(-faker.Random.Int(0, 28)),
            IsActive = true,
        };
        ev.Offences.Add(new Offence { OffenceCode = offence.Code, Description = offence.Description, IsMain = true, OffenceDate = sentenceDate.AddMonths(-faker.Random.Int(2, 10)) });
        var sentence = new Sentence
        {
            Type = type,
            SentenceDate = sentenceDate,
            LengthMonths = length,
            StartDate = keyDates.StartDate,
            ExpectedEndDate = keyDates.ExpectedEndDate,
            ReleaseDate = keyDates.ReleaseDate,
            LicenceExpiryDate = keyDates.LicenceExpiryDate,
            SentenceExpiryDate = keyDates.SentenceExpiryDate,
            PostSentenceSupervisionEndDate = keyDates.PostSentenceSupervisionEndDate,
            Event = ev,
        };
        ev.Sentence = sentence;
        person.Events.Add(ev);

        var communityStart = sentence.ReleaseDate ?? sentence.StartDate;
        var elapsedShare = Math.Clamp((today.DayNumber - communityStart.DayNumber) / (double)Math.Max(1, (sentence.ExpectedEndDate ?? today).DayNumber - communityStart.DayNumber), 0, 1);
        if (type == SentenceType.CustodyWithLicence)
        {
            foreach (var (code, description) in StandardLicenceConditions.All)
            {
                sentence.LicenceConditions.Add(new LicenceCondition { Kind = LicenceConditionKind.Standard, Code = code, Description = description });
            }

            foreach (var extra in faker.PickRandom(AdditionalConditions, faker.Random.Int(0, 3)))
            {
                sentence.LicenceConditions.Add(new LicenceCondition { Kind = LicenceConditionKind.Additional, Code = extra.Code, Description = extra.Description, FreeText = extra.FreeText(faker) });
            }
        }
        else
        {
            var count = faker.Random.Int(1, 3);
            var chosen = new HashSet<RequirementType>();
            while (chosen.Count < count)
            {
                chosen.Add(faker.Random.Double() switch
                {
                    < 0.40 => RequirementType.RehabilitationActivity,
                    < 0.70 => RequirementType.UnpaidWork,
                    < 0.78 => RequirementType.Curfew,
                    < 0.84 => RequirementType.AccreditedProgramme,
                    < 0.89 => RequirementType.DrugRehabilitation,
                    < 0.93 => RequirementType.AlcoholTreatment,
                    < 0.96 => RequirementType.MentalHealthTreatment,
                    < 0.98 => RequirementType.Exclusion,
                    _ => RequirementType.Residence,
                });
            }

            foreach (var requirementType in chosen)
            {
                var requirementLength = requirementType switch
                {
                    RequirementType.RehabilitationActivity => faker.PickRandom(10, 15, 20, 25, 30),
                    RequirementType.UnpaidWork => faker.PickRandom(60, 80, 100, 120, 150, 200, 250),
                    RequirementType.AccreditedProgramme => faker.PickRandom(19, 23, 26),
                    RequirementType.Curfew => faker.PickRandom(60, 90, 120),
                    RequirementType.Exclusion or RequirementType.Residence => faker.PickRandom(90, 180),
                    _ => faker.PickRandom(6, 9, 12),
                };
                var completed = (int)Math.Round(requirementLength * elapsedShare * faker.Random.Double(0.5, 1.1));
                var status = completed >= requirementLength ? RequirementStatus.Completed : completed == 0 ? RequirementStatus.NotStarted : RequirementStatus.Active;
                sentence.Requirements.Add(new Requirement
                {
                    Type = requirementType,
                    Length = requirementLength,
                    Completed = Math.Min(completed, requirementLength),
                    Status = status,
                    StartDate = sentence.StartDate,
                    Details = requirementType == RequirementType.Curfew ? "19:00 to 07:00, electronically monitored" : null,
                });
            }
        }

        return sentence;
    }

    private static readonly (ContactType Type, string Notes)[] BetweenContacts =
    [
        (ContactType.CaseNote, "Text message reminder sent for the next appointment."),
        (ContactType.Letter, "Letter confirming the next appointment posted to the main address."),
        (ContactType.PhoneCall, "Phoned to check how the week went; no concerns raised."),
        (ContactType.PhoneCall, "Call from the person's support worker with an update on the housing application."),
        (ContactType.Email, "Email from the police offender manager: no new intelligence."),
        (ContactType.CaseNote, "Checked the address with the housing provider; tenancy confirmed."),
        (ContactType.Email, "Job centre confirmed attendance at the work coach appointment."),
        (ContactType.CaseNote, "Reviewed the record before supervision; sentence plan objectives due for review next month."),
    ];

    private static readonly (string Code, string Description, Func<Faker, string> FreeText)[] AdditionalConditions =
    [
        ("NOCONTACT", "Not to contact or associate with a named person", f => $"Not to contact {f.Name.FullName()} directly or indirectly without prior approval"),
        ("EXCLUSION", "Not to enter an exclusion zone", f => $"Not to enter the area of {f.PickRandom("Moss Side", "Salford Quays", "Eccles town centre")} marked on the attached map"),
        ("CURFEW", "Curfew at the approved address", _ => "Remain at the approved address between 21:00 and 06:00 daily"),
        ("DRUGTEST", "Submit to drug testing", _ => "Provide samples for testing for Class A drugs as directed"),
        ("RESIDE-AP", "Reside at approved premises", _ => "Reside at the approved premises and comply with its rules"),
        ("PROGRAMME", "Attend a programme", _ => "Attend and engage with the Building Better Relationships programme"),
    ];

    private void AddRegistrations(Person person, List<StaffMember> staff, Sentence sentence)
    {
        var addedBy = person.ResponsibleStaffMember ?? staff[0];
        var mainOffence = sentence.Event.Offences[0].OffenceCode;
        var mappaChance = mainOffence == "00839" ? 0.9 : sentence.Type == SentenceType.CustodyWithLicence ? 0.08 : 0.01;
        if (faker.Random.Double() < mappaChance)
        {
            var category = mainOffence == "00839" ? 1 : faker.Random.Double() < 0.85 ? 2 : 3;
            var level = faker.Random.Double() switch { < 0.85 => 1, < 0.97 => 2, _ => 3 };
            person.Registrations.Add(new Registration
            {
                Type = RegistrationType.Mappa, MappaCategory = category, MappaLevel = level,
                StartDate = sentence.StartDate, NextReviewDate = today.AddDays(faker.Random.Int(-10, 120)),
                Notes = level > 1 ? "Managed through multi-agency meetings; police and children's services attend." : "Managed by the lead agency under ordinary agency management.",
                AddedBy = addedBy,
            });
            if (category == 1 && faker.Random.Double() < 0.8)
            {
                person.Registrations.Add(new Registration
                {
                    Type = RegistrationType.VisorRecord, StartDate = sentence.StartDate, NextReviewDate = today.AddMonths(faker.Random.Int(1, 6)),
                    Notes = "ViSOR nominal record held; police offender manager is the named contact.", AddedBy = addedBy,
                });
            }
        }

        foreach (var (type, rate) in RegistrationRates)
        {
            if (faker.Random.Double() < rate)
            {
                person.Registrations.Add(new Registration
                {
                    Type = type,
                    StartDate = sentence.StartDate.AddDays(faker.Random.Int(0, 60)),
                    NextReviewDate = today.AddDays(faker.Random.Int(-20, 180)),
                    Notes = type switch
                    {
                        RegistrationType.DomesticAbusePerpetrator => "Police call-out history with current partner. Domestic abuse enquiry completed.",
                        RegistrationType.ChildProtectionConcerns => "Children's services involved; child in need plan in place.",
                        RegistrationType.RiskToStaff => "Verbal threats to reception staff at the office. See a manager before booking home visits.",
                        RegistrationType.SuicideSelfHarm => "History of self-harm. Check on wellbeing at each contact.",
                        _ => null,
                    },
                    AddedBy = addedBy,
                });
            }
        }
    }

    private void AddContacts(Person person, StaffMember practitioner, Sentence sentence, List<(Person, Contact)> contacts)
    {
        var communityStart = sentence.ReleaseDate ?? sentence.StartDate;
        var historyMonths = options.DenseHistory ? faker.Random.Int(12, HistoryMonths) : faker.Random.Int(6, 18);
        var from = communityStart > today.AddMonths(-historyMonths) ? communityStart : today.AddMonths(-historyMonths);
        AddContactsBetween(person, practitioner, from, today, weeklyThroughout: false, contacts);

        person.NextAppointmentAt = faker.Random.Double() < 0.85
            ? today.AddDays(faker.Random.Int(0, 20)).ToDateTime(new TimeOnly(faker.Random.Int(9, 16), 0), DateTimeKind.Utc)
            : null;
    }

    /// <summary>
    /// A person supervised almost without a break for ten years before this sentence: back-to-back community orders,
    /// each ended, seen weekly throughout, with the same practitioner (an allocation covering them). Someone too young
    /// to have had ten years of supervision as an adult gets none.
    /// </summary>
    private void AddEarlierOrders(Person person, StaffMember practitioner, Sentence current, List<(Person, Contact)> contacts)
    {
        var until = current.SentenceDate.AddMonths(-1);
        var start = until.AddYears(-10);
        if (person.DateOfBirth.AddYears(18) > start)
        {
            return;
        }

        var first = start;
        var number = 1;
        while (start.AddMonths(6) < until)
        {
            var length = faker.PickRandom(12, 18, 24);
            var end = start.AddMonths(length) < until ? start.AddMonths(length) : until;
            var offence = faker.PickRandom(CommonOffences);
            var ev = new ConvictionEvent { EventNumber = number++, Court = faker.PickRandom(RegionCourts), ConvictionDate = start.AddDays(-faker.Random.Int(0, 28)), IsActive = false };
            ev.Offences.Add(new Offence { OffenceCode = offence.Code, Description = offence.Description, IsMain = true, OffenceDate = start.AddMonths(-faker.Random.Int(2, 10)) });
            ev.Sentence = new Sentence
            {
                Type = SentenceType.CommunityOrder, SentenceDate = start, LengthMonths = length, StartDate = start,
                ExpectedEndDate = start.AddMonths(length), TerminatedOn = end, Event = ev,
            };
            person.Events.Add(ev); // after the current event, which stays first
            AddContactsBetween(person, practitioner, start, end, weeklyThroughout: true, contacts);
            start = end.AddDays(faker.Random.Int(7, 30));
        }

        if (number > 1)
        {
            current.Event.EventNumber = number;
            person.Allocations.Add(new Allocation { StaffMember = practitioner, Team = practitioner.Team, From = first, To = until, Reason = "Earlier orders" });
        }
    }

    /// <summary>Supervision contacts from one date to another: appointments, and with dense history the contacts between them.</summary>
    private void AddContactsBetween(Person person, StaffMember practitioner, DateOnly from, DateOnly to, bool weeklyThroughout, List<(Person, Contact)> contacts)
    {
        var cursor = from.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
        var end = to.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        while (cursor < end)
        {
            var type = faker.Random.Double() switch { < 0.65 => ContactType.OfficeVisit, < 0.75 => ContactType.HomeVisit, < 0.88 => ContactType.PhoneCall, _ => ContactType.CaseNote };
            var outcome = type == ContactType.CaseNote ? (ContactOutcome?)null : faker.Random.Double() switch { < 0.84 => ContactOutcome.AttendedAndComplied, < 0.91 => ContactOutcome.FailedToAttend, < 0.97 => ContactOutcome.AcceptableAbsence, _ => ContactOutcome.Rescheduled };
            var at = cursor.AddMinutes(faker.Random.Int(0, 6 * 60 / 15) * 15);
            contacts.Add((person, new Contact
            {
                Id = Guid.CreateVersion7(at),
                OccurredAt = at,
                PersonId = 0,
                Type = type,
                AuthorStaffMemberId = null,
                Author = practitioner,
                Outcome = outcome,
                Notes = outcome == ContactOutcome.FailedToAttend ? "Did not attend. Text message sent asking for contact within 2 working days." : faker.PickRandom(SupervisionNotes),
                IsSensitive = faker.Random.Double() < 0.04,
                CreatedAt = at.AddHours(1),
            }));
            if (options.DenseHistory)
            {
                // Between appointments: reminders, letters, calls with the person and with other agencies, notes.
                for (var extra = faker.Random.Int(0, 3); extra > 0; extra--)
                {
                    var (extraType, note) = faker.PickRandom(BetweenContacts);
                    var extraAt = at.AddDays(faker.Random.Int(1, 6)).AddMinutes(faker.Random.Int(0, 7 * 60 / 15) * 15);
                    if (extraAt < end)
                    {
                        contacts.Add((person, new Contact
                        {
                            Id = Guid.CreateVersion7(extraAt), OccurredAt = extraAt, PersonId = 0, Type = extraType, Author = practitioner,
                            Notes = note, CreatedAt = extraAt.AddMinutes(20),
                        }));
                    }
                }
            }

            // Seen weekly early in the order, then less often.
            var weeks = weeklyThroughout || (cursor - from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)).TotalDays < 84 ? 1 : faker.PickRandom(1, 2, 2, 3, 4);
            cursor = cursor.Date.AddDays(7 * weeks + faker.Random.Int(-2, 2)).AddHours(10);
        }
    }

    private void AddRestrictions(List<Person> people, int offset, List<StaffMember> staff)
    {
        // A small share of cases are limited-access: a relative on the staff, or a high-profile case.
        var holders = staff.Where(s => GradeNames.HoldsCases(s.Grade)).ToList();
        for (var i = 0; i < people.Count; i++)
        {
            if ((offset + i) % 211 != 0)
            {
                continue;
            }

            var person = people[i];
            var excluded = faker.PickRandom(holders.Where(h => h != person.ResponsibleStaffMember).ToList());
            person.AccessEntries.Add(new CaseAccessEntry { StaffMember = excluded, Kind = CaseAccessListKind.Exclusion, Reason = "Staff member is a neighbour of the person", AddedAt = DateTime.UtcNow });
            person.HasExclusions = true;
        }

        for (var i = 0; i < people.Count; i++)
        {
            if ((offset + i) % 503 != 97)
            {
                continue;
            }

            var person = people[i];
            if (person.ResponsibleStaffMember is null)
            {
                continue;
            }

            person.AccessEntries.Add(new CaseAccessEntry { StaffMember = person.ResponsibleStaffMember, Kind = CaseAccessListKind.Restriction, Reason = "High-profile case: named staff only", AddedAt = DateTime.UtcNow });
            var spo = staff.First(s => s.Team == person.ResponsibleTeam && s.Grade == Grade.Spo);
            person.AccessEntries.Add(new CaseAccessEntry { StaffMember = spo, Kind = CaseAccessListKind.Restriction, Reason = "Team manager", AddedAt = DateTime.UtcNow });
            person.HasRestrictions = true;
        }
    }

    private List<PersonLink> NewLinks(List<Person> people, int offset)
    {
        var links = new List<PersonLink>();
        for (var i = 0; i + 1 < people.Count; i++)
        {
            if ((offset + i) % 37 != 5)
            {
                continue;
            }

            var a = people[i];
            var b = people[faker.Random.Int(0, people.Count - 1)];
            if (a == b || links.Any(l => l.Person == a && l.LinkedPerson == b))
            {
                continue;
            }

            var type = faker.PickRandom(PersonLinkType.Partner, PersonLinkType.FamilyMember, PersonLinkType.CoDefendant, PersonLinkType.HouseholdMember, PersonLinkType.Associate);
            links.Add(new PersonLink { Person = a, LinkedPerson = b, LinkType = type });
            links.Add(new PersonLink { Person = b, LinkedPerson = a, LinkType = type });
        }

        return links;
    }

    private T Pick<T>((T Value, double Weight)[] weighted)
    {
        var roll = faker.Random.Double() * weighted.Sum(w => w.Weight);
        foreach (var (value, weight) in weighted)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        return weighted[^1].Value;
    }
}
