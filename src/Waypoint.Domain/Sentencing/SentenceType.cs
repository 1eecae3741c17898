namespace Waypoint.Domain.Sentencing;

public enum SentenceType
{
    CommunityOrder = 1,
    SuspendedSentenceOrder,
    /// <summary>Custody followed by release on licence (and post-sentence supervision for short sentences).</summary>
    CustodyWithLicence,
}

public enum RequirementType
{
    RehabilitationActivity = 1,
    UnpaidWork,
    Curfew,
    Exclusion,
    Residence,
    AccreditedProgramme,
    DrugRehabilitation,
    AlcoholTreatment,
    MentalHealthTreatment,
}

public enum RequirementStatus
{
    NotStarted = 1,
    Active,
    Completed,
    Terminated,
}

public enum LicenceConditionKind
{
    Standard = 1,
    Additional,
}

public static class SentenceNames
{
    public static string Describe(SentenceType type) => type switch
    {
        SentenceType.CommunityOrder => "Community order",
        SentenceType.SuspendedSentenceOrder => "Suspended sentence order",
        SentenceType.CustodyWithLicence => "Licence",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static string Describe(RequirementType type) => type switch
    {
        RequirementType.RehabilitationActivity => "Rehabilitation activity requirement",
        RequirementType.UnpaidWork => "Unpaid work",
        RequirementType.Curfew => "Curfew",
        RequirementType.Exclusion => "Exclusion",
        RequirementType.Residence => "Residence",
        RequirementType.AccreditedProgramme => "Accredited programme",
        RequirementType.DrugRehabilitation => "Drug rehabilitation",
        RequirementType.AlcoholTreatment => "Alcohol treatment",
        RequirementType.MentalHealthTreatment => "Mental health treatment",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>The unit a requirement's length is measured in, used to say its progress in words.</summary>
    public static string Unit(RequirementType type) => type switch
    {
        RequirementType.RehabilitationActivity => "RAR days",
        RequirementType.UnpaidWork => "unpaid work hours",
        RequirementType.AccreditedProgramme => "programme sessions",
        RequirementType.Curfew or RequirementType.Exclusion or RequirementType.Residence => "days",
        _ => "months",
    };

    /// <summary>"62 of 150 unpaid work hours" — progress of a requirement in the words practitioners use.</summary>
    public static string DescribeProgress(RequirementType type, int length, int completed) =>
        $"{Math.Clamp(completed, 0, length)} of {length} {Unit(type)}";
}
