namespace Waypoint.Domain.Predictors.V4;

/// <summary>OASys 8.8: motivation to tackle drug misuse, scored 0 full, 1 partial, 2 none.</summary>
public enum MotivationLevel
{
    Full = 0,
    Partial = 1,
    None = 2,
}

/// <summary>OASys 6.8: current relationship status.</summary>
public enum RelationshipStatus
{
    InRelationshipLivingTogether = 1,
    InRelationshipNotLivingTogether = 2,
    NotInRelationship = 3,
}

public enum SupervisionStatus
{
    Custody = 1,
    Community,
    Remand,
}

/// <summary>Offending history: ever convicted of these (the serious violence predictor's history items).</summary>
public enum PreviousConvictionType
{
    Homicide = 1,
    WoundingGbh,
    Kidnapping,
    Firearms,
    Robbery,
    AggravatedBurglary,
    Weapon,
    CriminalDamage,
    Arson,
}

/// <summary>The section 8 drug-use grid: one flag per drug (missing counts as not used).</summary>
public sealed record DrugUse(
    bool? Heroin = null,
    bool? Methadone = null,
    bool? OtherOpiate = null,
    bool? CrackCocaine = null,
    bool? PowderCocaine = null,
    bool? MisusedPrescriptionDrug = null,
    bool? Benzodiazepines = null,
    bool? Cannabis = null,
    bool? Steroids = null,
    bool? OtherDrugs = null,
    bool? Ketamine = null,
    bool? Spice = null,
    bool? Hallucinogens = null,
    bool? Solvents = null);

/// <summary>
/// Everything the OASys version 4 predictors read. Each value is optional so a missing one is reported, never guessed;
/// names follow predictors-v4.md.
/// </summary>
public sealed record V4Input
{
    public DateOnly? AssessmentDate { get; init; }
    public PredictorGender? Gender { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public DateOnly? DateOfCurrentConviction { get; init; }
    public DateOnly? DateAtStartOfFollowup { get; init; }
    public int? TotalNumberOfSanctionsForAllOffences { get; init; }
    public int? AgeAtFirstSanction { get; init; }
    public string? CurrentOffenceCode { get; init; }
    public int? TotalNumberOfViolentSanctions { get; init; }

    // Dynamic items (assessment answers).
    public bool? DidOffenceInvolveCarryingOrUsingWeapon { get; init; }
    public ProblemLevel? SuitabilityOfAccommodation { get; init; }
    public bool? IsUnemployed { get; init; }
    public ProblemLevel? CurrentRelationshipWithPartner { get; init; }
    public bool? EvidenceOfDomesticAbuse { get; init; }
    public RelationshipStatus? CurrentRelationshipStatus { get; init; }
    public ProblemLevel? RegularOffendingActivities { get; init; }
    public MotivationLevel? MotivationToTackleDrugMisuse { get; init; }
    public DrugUse Drugs { get; init; } = new();
    public ProblemLevel? CurrentAlcoholUseProblems { get; init; }
    public ProblemLevel? ExcessiveAlcoholUse { get; init; }
    public ProblemLevel? ImpulsivityProblems { get; init; }
    public ProblemLevel? TemperControl { get; init; }
    public ProblemLevel? ProCriminalAttitudes { get; init; }
    public IReadOnlyList<PreviousConvictionType>? PreviousConvictions { get; init; }

    // Sexual offending.
    public bool? HasEverCommittedSexualOffence { get; init; }
    public SupervisionStatus? SupervisionStatus { get; init; }
    public int? TotalContactAdultSexualSanctions { get; init; }
    public int? TotalContactChildSexualSanctions { get; init; }
    public int? TotalNonContactSexualOffences { get; init; }
    public int? TotalIndecentImageSanctions { get; init; }
    public DateOnly? DateOfMostRecentSexualOffence { get; init; }
    public bool? IsCurrentOffenceAgainstVictimStranger { get; init; }
    public DateOnly? MostRecentOffenceDate { get; init; }
}
