using Waypoint.Domain.Tiering;

namespace Waypoint.Domain.Assessments;

/// <summary>How a question is answered, and so how it is shown, validated and scored.</summary>
public enum AnswerKind
{
    /// <summary>No problems (0), some problems (1), significant problems (2).</summary>
    Problem = 1,
    /// <summary>Yes (scored 2) or no (0), as OASys scores yes/no answers in a section total.</summary>
    YesNo,
    /// <summary>Yes or no that is a fact, not scored in the section total.</summary>
    Fact,
    /// <summary>Full (0), partial (1) or no (2) motivation.</summary>
    Motivation,
    /// <summary>Never (0), previously (1), currently (2).</summary>
    Injecting,
    RelationshipStatus,
    /// <summary>Tick any that apply (drugs used, or previous convictions); none ticked is a valid answer.</summary>
    Checklist,
    /// <summary>A whole number, 0 or more.</summary>
    Count,
    /// <summary>A date, optional when the question says it applies only sometimes.</summary>
    Date,
    /// <summary>Low, medium, high or very high risk of serious harm.</summary>
    Rosh,
    /// <summary>Free text.</summary>
    Text,
}

public sealed record AnswerOption(string Value, string Text);

/// <summary>
/// One question: its OASys reference, the words a practitioner sees, how it is answered, whether it must be answered for
/// the section to be complete, and which predictor or need calculation uses it (shown as a hint).
/// </summary>
public sealed record Question(string Key, string Reference, string Text, AnswerKind Kind, bool Required = true, string? UsedBy = null,
    IReadOnlyList<AnswerOption>? Options = null, string? RequiredWhen = null)
{
    public IReadOnlyList<AnswerOption> Choices => Options ?? Questionnaire.DefaultOptions(Kind);
}

public enum SectionKind
{
    /// <summary>Questions scored for the predictors or needs, plus an analysis.</summary>
    Needs = 1,
    RiskOfSeriousHarm,
}

public sealed record Section(string Key, string Title, SectionKind Kind, IReadOnlyList<Question> Questions, NeedSection? Need = null)
{
    public string AnalysisKey => $"{Key}.analysis";
}

/// <summary>
/// The risk and needs assessment's sections, modelled on OASys: each scored question carries the input name the
/// version 4 predictors read (predictors-v4.md) or counts towards its section's need severity (tiering.md).
/// </summary>
public static class Questionnaire
{
    public const string Yes = "YES";
    public const string No = "NO";

    public static readonly IReadOnlyList<AnswerOption> ProblemOptions =
        [new("NO_PROBLEMS", "No problems"), new("SOME_PROBLEMS", "Some problems"), new("SIGNIFICANT_PROBLEMS", "Significant problems")];

    public static readonly IReadOnlyList<AnswerOption> YesNoOptions = [new(Yes, "Yes"), new(No, "No")];

    public static readonly IReadOnlyList<AnswerOption> MotivationOptions =
        [new("FULL_MOTIVATION", "Full motivation"), new("PARTIAL_MOTIVATION", "Partial motivation"), new("NO_MOTIVATION", "No motivation")];

    public static readonly IReadOnlyList<AnswerOption> InjectingOptions = [new("NEVER", "Never"), new("PREVIOUSLY", "Previously"), new("CURRENTLY", "Currently")];

    public static readonly IReadOnlyList<AnswerOption> RelationshipOptions =
    [
        new("IN_RELATIONSHIP_LIVING_TOGETHER", "In a relationship, living together"),
        new("IN_RELATIONSHIP_NOT_LIVING_TOGETHER", "In a relationship, not living together"),
        new("NOT_IN_RELATIONSHIP", "Not in a relationship"),
    ];

    public static readonly IReadOnlyList<AnswerOption> RoshOptions = [new("LOW", "Low"), new("MEDIUM", "Medium"), new("HIGH", "High"), new("VERY_HIGH", "Very high")];

    public static readonly IReadOnlyList<AnswerOption> DrugOptions =
    [
        new("hasHeroinUsage", "Heroin"), new("hasMethadoneUsage", "Methadone (not prescribed)"), new("hasOtherOpiateUsage", "Other opiates"),
        new("hasCrackCocaineUsage", "Crack cocaine"), new("hasPowderCocaineUsage", "Powder cocaine"),
        new("hasMisusedPrescriptionDrugUsage", "Misused prescribed drugs"), new("hasBenzodiazepinesUsage", "Benzodiazepines"),
        new("hasCannabisUsage", "Cannabis"), new("hasSteroidsUsage", "Steroids"), new("hasKetamineUsage", "Ketamine"), new("hasSpiceUsage", "Spice"),
        new("hasHallucinogensUsage", "Hallucinogens"), new("hasSolventsUsage", "Solvents"), new("hasOtherDrugsUsage", "Other drugs"),
    ];

    public static readonly IReadOnlyList<AnswerOption> PreviousConvictionOptions =
    [
        new("HOMICIDE", "Murder or other homicide"), new("WOUNDING_GBH", "Wounding or GBH"), new("KIDNAPPING", "Kidnapping or false imprisonment"),
        new("FIREARMS", "Firearms offence"), new("ROBBERY", "Robbery"), new("AGGRAVATED_BURGLARY", "Aggravated burglary"),
        new("WEAPON", "Possession of an offensive weapon"), new("CRIMINAL_DAMAGE", "Criminal damage endangering life"), new("ARSON", "Arson"),
    ];

    public static IReadOnlyList<AnswerOption> DefaultOptions(AnswerKind kind) => kind switch
    {
        AnswerKind.Problem => ProblemOptions,
        AnswerKind.YesNo or AnswerKind.Fact => YesNoOptions,
        AnswerKind.Motivation => MotivationOptions,
        AnswerKind.Injecting => InjectingOptions,
        AnswerKind.RelationshipStatus => RelationshipOptions,
        AnswerKind.Rosh => RoshOptions,
        _ => [],
    };

    private const string V4All = "ARP, VRP and SVRP";

    public static readonly IReadOnlyList<Section> Sections =
    [
        new("offending", "Offending history and current offence", SectionKind.Needs,
        [
            new("didOffenceInvolveCarryingOrUsingWeapon", "2.2", "Did the current offence involve carrying or using a weapon?", AnswerKind.Fact, UsedBy: "SVRP"),
            new("isCurrentOffenceAgainstVictimStranger", "2.4", "Was the victim of the current offence a stranger?", AnswerKind.Fact, UsedBy: "DC-SRP"),
            new("totalNumberOfViolentSanctions", "1.x", "How many sanction occasions included a violent offence (including the current one)?", AnswerKind.Count, UsedBy: "VRP and SVRP"),
            new("previousConvictions", "1.x", "Has the person ever been convicted of any of these?", AnswerKind.Checklist, UsedBy: "SVRP", Options: PreviousConvictionOptions),
            new("hasEverCommittedSexualOffence", "1.x", "Has the person ever committed a sexual offence (including the current one)?", AnswerKind.Fact, UsedBy: "DC-SRP, IIC-SRP and CSRP"),
            new("totalContactAdultSexualSanctions", "1.x", "Sanctions for contact sexual offences against adults", AnswerKind.Count, UsedBy: "DC-SRP and IIC-SRP", RequiredWhen: "hasEverCommittedSexualOffence"),
            new("totalContactChildSexualSanctions", "1.x", "Sanctions for contact sexual offences against children", AnswerKind.Count, UsedBy: "DC-SRP and IIC-SRP", RequiredWhen: "hasEverCommittedSexualOffence"),
            new("totalNonContactSexualOffences", "1.x", "Non-contact sexual offences (not indecent images)", AnswerKind.Count, UsedBy: "DC-SRP and IIC-SRP", RequiredWhen: "hasEverCommittedSexualOffence"),
            new("totalIndecentImageSanctions", "1.x", "Sanctions for indecent images", AnswerKind.Count, UsedBy: "IIC-SRP", RequiredWhen: "hasEverCommittedSexualOffence"),
            new("dateOfMostRecentSexualOffence", "1.x", "Date of the most recent sexual offence", AnswerKind.Date, UsedBy: "DC-SRP", RequiredWhen: "hasEverCommittedSexualOffence"),
        ]),
        new("accommodation", "Accommodation", SectionKind.Needs,
        [
            new("noFixedAbode", "3.3", "Is the person of no fixed abode or in transient accommodation?", AnswerKind.YesNo),
            new("suitabilityOfAccommodation", "3.4", "Suitability of accommodation", AnswerKind.Problem, UsedBy: V4All),
            new("permanenceOfAccommodation", "3.5", "Permanence of accommodation", AnswerKind.Problem),
            new("suitabilityOfLocation", "3.6", "Suitability of the location of accommodation", AnswerKind.Problem),
        ], NeedSection.Accommodation),
        new("employability", "Education, training and employability", SectionKind.Needs,
        [
            new("isUnemployed", "4.2", "Is the person unemployed (or will be on release)?", AnswerKind.YesNo, UsedBy: V4All),
            new("employmentHistory", "4.3", "Employment history", AnswerKind.Problem),
            new("workRelatedSkills", "4.4", "Work-related skills", AnswerKind.Problem),
            new("attitudeToEmployment", "4.5", "Attitude to employment", AnswerKind.Problem),
        ], NeedSection.EducationTrainingEmployability),
        new("finance", "Finance", SectionKind.Needs,
        [
            new("financialSituation", "5.2", "Financial situation", AnswerKind.Problem),
            new("financialManagement", "5.5", "Financial management and budgeting", AnswerKind.Problem),
        ], NeedSection.FinancialManagement),
        new("relationships", "Relationships", SectionKind.Needs,
        [
            new("relationshipsWithFamily", "6.1", "Current relationships with close family", AnswerKind.Problem),
            new("experienceOfChildhood", "6.3", "Experience of childhood", AnswerKind.Problem),
            new("currentRelationshipWithPartner", "6.4", "Current relationship with partner", AnswerKind.Problem, UsedBy: "ARP and VRP"),
            new("evidenceOfDomesticAbuse", "6.7", "Is there evidence of domestic abuse, as perpetrator?", AnswerKind.YesNo, UsedBy: "ARP and VRP"),
            new("currentRelationshipStatus", "6.8", "Current relationship status", AnswerKind.RelationshipStatus, UsedBy: "ARP and VRP"),
            new("parentingResponsibilities", "6.9", "Does the person have parenting or caring responsibilities?", AnswerKind.Fact, UsedBy: "tier (women)"),
        ], NeedSection.Relationships),
        new("lifestyle", "Lifestyle and associates", SectionKind.Needs,
        [
            new("regularOffendingActivities", "7.2", "Do regular activities encourage offending?", AnswerKind.Problem, UsedBy: "ARP and VRP"),
            new("easilyInfluenced", "7.3", "Easily influenced by criminal associates", AnswerKind.Problem),
            new("recklessBehaviour", "7.5", "Reckless or risk-taking behaviour", AnswerKind.Problem),
        ], NeedSection.LifestyleAndAssociates),
        new("drugs", "Drug misuse", SectionKind.Needs,
        [
            new("drugsUsed", "8.1", "Which drugs has the person misused recently?", AnswerKind.Checklist, UsedBy: "ARP and VRP", Options: DrugOptions),
            new("currentDrugMisuse", "8.4", "Current level of drug misuse", AnswerKind.Problem),
            new("injectingDrugs", "8.6", "Has the person injected drugs?", AnswerKind.Injecting),
            new("motivationToTackleDrugMisuse", "8.8", "Motivation to tackle drug misuse", AnswerKind.Motivation, UsedBy: "ARP and VRP"),
            new("drugsMajorActivity", "8.9", "Is using and obtaining drugs a major activity?", AnswerKind.Problem),
        ], NeedSection.DrugMisuse),
        new("alcohol", "Alcohol misuse", SectionKind.Needs,
        [
            new("currentAlcoholUseProblems", "9.1", "Is current use of alcohol a problem?", AnswerKind.Problem, UsedBy: V4All),
            new("excessiveAlcoholUse", "9.2", "Binge drinking or excessive use of alcohol", AnswerKind.Problem, UsedBy: "ARP and VRP"),
            new("pastAlcoholMisuse", "9.3", "Frequency and level of alcohol misuse in the past", AnswerKind.Problem),
            new("alcoholViolence", "9.5", "Violent behaviour related to alcohol use", AnswerKind.Problem),
        ], NeedSection.AlcoholMisuse),
        new("wellbeing", "Emotional wellbeing", SectionKind.Needs,
        [
            new("copingDifficulties", "10.1", "Difficulties coping", AnswerKind.Problem),
            new("selfHarm", "10.6", "Any current or previous self-harm or suicide attempts?", AnswerKind.YesNo),
            new("psychiatricTreatment", "10.7", "Current or previous psychiatric treatment?", AnswerKind.YesNo),
        ], NeedSection.EmotionalWellbeing),
        new("thinking", "Thinking and behaviour", SectionKind.Needs,
        [
            new("impulsivityProblems", "11.2", "Impulsivity", AnswerKind.Problem, UsedBy: "ARP and VRP"),
            new("temperControl", "11.4", "Temper control", AnswerKind.Problem, UsedBy: "VRP and SVRP"),
            new("problemSolving", "11.6", "Problem-solving skills", AnswerKind.Problem),
            new("awarenessOfConsequences", "11.7", "Awareness of consequences", AnswerKind.Problem),
            new("understandsOthersViews", "11.8", "Understands other people's views", AnswerKind.Problem),
        ], NeedSection.ThinkingAndBehaviour),
        new("attitudes", "Attitudes", SectionKind.Needs,
        [
            new("proCriminalAttitudes", "12.1", "Pro-criminal attitudes", AnswerKind.Problem, UsedBy: "ARP and SVRP"),
            new("attitudeToStaff", "12.3", "Attitude towards staff", AnswerKind.Problem),
            new("attitudeToSupervision", "12.4", "Attitude towards supervision or licence", AnswerKind.Problem),
            new("motivationToAddressOffending", "12.8", "Motivation to address offending behaviour", AnswerKind.Problem),
        ], NeedSection.Attitudes),
        new("health", "Health", SectionKind.Needs,
        [
            new("healthConcerns", "13.1", "Are there physical or mental health conditions that affect supervision?", AnswerKind.Fact),
        ]),
        new("rosh", "Risk of serious harm", SectionKind.RiskOfSeriousHarm,
        [
            new("roshPublic", "R10.6", "Risk to the public", AnswerKind.Rosh),
            new("roshKnownAdult", "R10.6", "Risk to a known adult", AnswerKind.Rosh),
            new("roshChildren", "R10.6", "Risk to children", AnswerKind.Rosh),
            new("roshStaff", "R10.6", "Risk to staff", AnswerKind.Rosh),
            new("roshPrisoners", "R10.6", "Risk to prisoners (only while in custody)", AnswerKind.Rosh, Required: false),
            new("roshWhoIsAtRisk", "R10.1", "Who is at risk", AnswerKind.Text),
            new("roshNatureOfRisk", "R10.2", "What is the nature of the risk", AnswerKind.Text),
            new("roshWhenMostLikely", "R10.3", "When is the risk likely to be greatest", AnswerKind.Text),
            new("roshIncreaseFactors", "R10.4", "What circumstances are likely to increase the risk", AnswerKind.Text),
            new("roshReduceFactors", "R10.5", "What factors are likely to reduce the risk", AnswerKind.Text),
        ]),
    ];

    public static Section? Find(string key) => Sections.FirstOrDefault(s => s.Key == key);

    public static Question? FindQuestion(string key) => Sections.SelectMany(s => s.Questions).FirstOrDefault(q => q.Key == key);

    /// <summary>The groups the risk of serious harm is judged for, in the order they are shown.</summary>
    public static readonly IReadOnlyList<(string Key, string Group)> RoshGroups =
        [("roshPublic", "Public"), ("roshKnownAdult", "Known adult"), ("roshChildren", "Children"), ("roshStaff", "Staff"), ("roshPrisoners", "Prisoners")];
}
