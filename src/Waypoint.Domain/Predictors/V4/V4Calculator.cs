namespace Waypoint.Domain.Predictors.V4;

/// <summary>
/// The OASys version 4 actuarial predictors (ARP, VRP, SVRP, DC-SRP, IIC-SRP, CSRP) as predictors-v4.md specifies,
/// reading every coefficient from the published data. Pure: the same input and date always give the same result.
/// </summary>
public static class V4Calculator
{
    public const string Arp = "ARP";
    public const string Vrp = "VRP";
    public const string Svrp = "SVRP";

    private const string MissingMandatory = "MISSING_MANDATORY_INPUT";
    private const string MissingDynamic = "MISSING_DYNAMIC_INPUT";
    private const string Unexpected = "UNEXPECTED_ERROR";

    private enum StaticCheck
    {
        ConvictionBeforeBirth,
        FirstSanctionAfterConviction,
        ConvictionAfterAssessment,
        FirstSanctionRange,
        OffenceCode,
        SanctionsRange,
        ViolentRange,
        FollowupRequired,
        FollowupBeforeBirth,
        FollowupAge,
    }

    private static readonly StaticCheck[] ArpOrder =
    [
        StaticCheck.ConvictionBeforeBirth, StaticCheck.FirstSanctionAfterConviction, StaticCheck.ConvictionAfterAssessment,
        StaticCheck.FirstSanctionRange, StaticCheck.OffenceCode, StaticCheck.SanctionsRange, StaticCheck.FollowupRequired,
        StaticCheck.FollowupBeforeBirth, StaticCheck.FollowupAge,
    ];

    private static readonly StaticCheck[] VrpOrder =
    [
        StaticCheck.FirstSanctionRange, StaticCheck.SanctionsRange, StaticCheck.ViolentRange, StaticCheck.OffenceCode,
        StaticCheck.ConvictionBeforeBirth, StaticCheck.FirstSanctionAfterConviction, StaticCheck.ConvictionAfterAssessment,
        StaticCheck.FollowupRequired, StaticCheck.FollowupBeforeBirth, StaticCheck.FollowupAge,
    ];

    private static readonly StaticCheck[] SvrpOrder =
    [
        StaticCheck.SanctionsRange, StaticCheck.ViolentRange, StaticCheck.OffenceCode, StaticCheck.FirstSanctionRange,
        StaticCheck.ConvictionBeforeBirth, StaticCheck.FirstSanctionAfterConviction, StaticCheck.ConvictionAfterAssessment,
    ];

    private static readonly string[] SexualCounts =
        ["totalIndecentImageSanctions", "totalContactAdultSexualSanctions", "totalContactChildSexualSanctions", "totalNonContactSexualOffences"];

    /// <summary>All six predictors. <paramref name="today"/> stands in for a missing assessment date.</summary>
    public static V4Results Calculate(V4Input input, DateOnly today, V4Coefficients? coefficients = null, V4OffenceTable? offences = null)
    {
        coefficients ??= V4Coefficients.Default;
        offences ??= V4OffenceTable.Default;
        input = input.AssessmentDate is null ? input with { AssessmentDate = today } : input;
        var arp = CalculateLinear(Arp, input, coefficients, offences);
        var vrp = CalculateLinear(Vrp, input, coefficients, offences);
        var svrp = CalculateLinear(Svrp, input, coefficients, offences);
        var dc = CalculateDcSrp(input, coefficients);
        var iic = CalculateIicSrp(input, coefficients);
        return new V4Results(arp, vrp, svrp, dc, iic, CalculateCsrp(input, svrp, dc, iic, coefficients));
    }

    // ---------------------------------------------------------------- ARP, VRP, SVRP

    public static V4PredictorResult CalculateLinear(string predictor, V4Input input, V4Coefficients coefficients, V4OffenceTable offences)
    {
        var violent = predictor != Arp;
        var staticErrors = StaticErrors(predictor, input, offences);
        var dynamicErrors = DynamicErrors(predictor, input);
        if (staticErrors.Count > 0)
        {
            return V4PredictorResult.Refused([.. staticErrors, .. dynamicErrors]);
        }

        var version = dynamicErrors.Count == 0 ? ScoreType.Dynamic : ScoreType.Static;
        var model = coefficients.Model(predictor, version);
        var dob = input.DateOfBirth!.Value;
        var followup = input.DateAtStartOfFollowup ?? input.DateOfCurrentConviction!.Value;
        if (followup <= dob)
        {
            return V4PredictorResult.Refused([new PredictorRefusal(Unexpected, [])]);
        }

        var category = offences.CategoryOf(input.CurrentOffenceCode!)!;
        var terms = LinearTerms(model, input, followup, category, violent);
        var lp = terms.Sum(t => t.Contribution);
        var score = ToScore(Logistic(lp));
        var band = predictor switch
        {
            Arp => score == 0m ? (V4Band?)null : BandOf(score, 50m, 75m, 90m),
            Vrp => score == 0m ? null : BandOf(score, 30m, 60m, 80m),
            _ => BandOf(score, 1m, 3m, 6.9m),
        };
        if (band is null)
        {
            return V4PredictorResult.Refused([new PredictorRefusal(Unexpected, [])]);
        }

        return new V4PredictorResult(score, band, dynamicErrors, terms, version, lp);
    }

    private static List<PredictorRefusal> StaticErrors(string predictor, V4Input input, V4OffenceTable offences)
    {
        var errors = new List<PredictorRefusal>();
        var violent = predictor != Arp;
        var missing = new List<string>();
        if (input.AssessmentDate is null) missing.Add("assessmentDate");
        if (input.DateOfBirth is null) missing.Add("dateOfBirth");
        if (input.DateOfCurrentConviction is null) missing.Add("dateOfCurrentConviction");
        if (input.AgeAtFirstSanction is null) missing.Add("ageAtFirstSanction");
        if (input.Gender is null) missing.Add("gender");
        if (input.CurrentOffenceCode is null) missing.Add("currentOffenceCode");
        if (input.TotalNumberOfSanctionsForAllOffences is null) missing.Add("totalNumberOfSanctionsForAllOffences");
        if (violent && input.TotalNumberOfViolentSanctions is null) missing.Add("totalNumberOfViolentSanctions");
        if (missing.Count > 0)
        {
            errors.Add(new PredictorRefusal(MissingMandatory, missing));
        }

        var order = predictor switch { Arp => ArpOrder, Vrp => VrpOrder, _ => SvrpOrder };
        foreach (var check in order)
        {
            if (Check(check, input, offences) is { } error)
            {
                errors.Add(error);
            }
        }

        return errors;
    }

    private static PredictorRefusal? Check(StaticCheck check, V4Input input, V4OffenceTable offences)
    {
        var dob = input.DateOfBirth;
        var conviction = input.DateOfCurrentConviction;
        var n = input.TotalNumberOfSanctionsForAllOffences;
        var followup = input.DateAtStartOfFollowup;
        switch (check)
        {
            case StaticCheck.ConvictionBeforeBirth when dob is { } d && conviction is { } c && c <= d:
                return new("DATE_OF_CURRENT_CONVICTION_BEFORE_DATE_OF_BIRTH", ["dateOfCurrentConviction"]);
            case StaticCheck.FirstSanctionAfterConviction when dob is { } d && conviction is { } c && c > d
                && input.AgeAtFirstSanction is { } first && PredictorDates.CompletedAge(d, c) < first:
                return new("AGE_AT_FIRST_SANCTION_AFTER_AGE_AT_CURRENT_CONVICTION", ["dateOfCurrentConviction", "ageAtFirstSanction"]);
            case StaticCheck.ConvictionAfterAssessment when conviction is { } c && input.AssessmentDate is { } a && c > a.AddMonths(3):
                return new("DATE_OF_CURRENT_CONVICTION_WITHIN_THREE_MONTHS_OF_ASSESSMENT_DATE", ["dateOfCurrentConviction", "assessmentDate"]);
            case StaticCheck.FirstSanctionRange when input.AgeAtFirstSanction is < 0 or > 109:
                return new("AGE_AT_FIRST_SANCTION_OUT_OF_RANGE", ["ageAtFirstSanction"]);
            case StaticCheck.OffenceCode when input.CurrentOffenceCode is { } code:
                if (!V4OffenceTable.IsWellFormed(code))
                {
                    return new("OFFENCE_CODE_INCORRECT_FORMAT", ["currentOffenceCode"]);
                }

                return offences.CategoryOf(code) is null ? new("OFFENCE_CODE_MAPPING_NOT_FOUND", ["currentOffenceCode"]) : null;
            case StaticCheck.SanctionsRange when n is < 1 or > 999:
                return new("TOTAL_NUMBER_OF_SANCTIONS_OUT_OF_RANGE", ["totalNumberOfSanctionsForAllOffences"]);
            case StaticCheck.ViolentRange when input.TotalNumberOfViolentSanctions is { } v && (v < 0 || (n is { } total && v > total)):
                return new("VIOLENT_SANCTION_OUT_OF_RANGE", ["totalNumberOfViolentSanctions", "totalNumberOfSanctionsForAllOffences"]);
            case StaticCheck.FollowupRequired when followup is null && conviction is null:
                return new("DATE_OF_START_OF_FOLLOWUP_REQUIRED", ["dateAtStartOfFollowup"]);
            case StaticCheck.FollowupBeforeBirth when dob is { } d && followup is { } f && f <= d:
                return new("DATE_OF_START_OF_FOLLOWUP_BEFORE_DATE_OF_BIRTH", ["dateAtStartOfFollowup"]);
            case StaticCheck.FollowupAge when dob is { } d && followup is { } f && f > d && PredictorDates.CompletedAge(d, f) >= 110:
                return new("DATE_OF_START_OF_FOLLOWUP_OUT_OF_RANGE", ["dateAtStartOfFollowup"]);
            default:
                return null;
        }
    }

    private static List<PredictorRefusal> DynamicErrors(string predictor, V4Input input)
    {
        var errors = new List<PredictorRefusal>();
        var missing = new List<string>();
        void Need(string name, object? value)
        {
            if (value is null) missing.Add(name);
        }

        if (predictor == Svrp)
        {
            Need("didOffenceInvolveCarryingOrUsingWeapon", input.DidOffenceInvolveCarryingOrUsingWeapon);
            Need("suitabilityOfAccommodation", input.SuitabilityOfAccommodation);
            Need("isUnemployed", input.IsUnemployed);
            Need("currentAlcoholUseProblems", input.CurrentAlcoholUseProblems);
            Need("temperControl", input.TemperControl);
            Need("proCriminalAttitudes", input.ProCriminalAttitudes);
            Need("previousConvictions", input.PreviousConvictions);
        }
        else
        {
            Need("suitabilityOfAccommodation", input.SuitabilityOfAccommodation);
            Need("isUnemployed", input.IsUnemployed);
            Need("currentRelationshipWithPartner", input.CurrentRelationshipWithPartner);
            Need("evidenceOfDomesticAbuse", input.EvidenceOfDomesticAbuse);
            Need("currentRelationshipStatus", input.CurrentRelationshipStatus);
            Need("regularOffendingActivities", input.RegularOffendingActivities);
            if (predictor == Vrp)
            {
                Need("motivationToTackleDrugMisuse", input.MotivationToTackleDrugMisuse);
            }

            Need("currentAlcoholUseProblems", input.CurrentAlcoholUseProblems);
            Need("excessiveAlcoholUse", input.ExcessiveAlcoholUse);
            Need("impulsivityProblems", input.ImpulsivityProblems);
            if (predictor == Vrp)
            {
                Need("temperControl", input.TemperControl);
            }
            else
            {
                Need("proCriminalAttitudes", input.ProCriminalAttitudes);
            }
        }

        if (missing.Count > 0)
        {
            errors.Add(new PredictorRefusal(MissingDynamic, missing));
        }

        if (predictor != Svrp && input.MotivationToTackleDrugMisuse is null)
        {
            var used = DrugFlags(input.Drugs)
                .Where(f => f.Value && (predictor == Arp ? f.Name != "hasMethadoneUsage" : f.Name != "hasHeroinUsage"))
                .Select(f => f.Name)
                .ToList();
            if (used.Count > 0)
            {
                errors.Add(new PredictorRefusal("MOTIVATION_TO_TACKLE_DRUG_MISUSE_INCONSISTENT", used));
            }
        }

        return errors;
    }

    /// <summary>The drug grid as (input name, used) pairs in the order predictors-v4.md lists them.</summary>
    public static IEnumerable<(string Name, bool Value)> DrugFlags(DrugUse drugs) =>
    [
        ("hasHeroinUsage", drugs.Heroin == true),
        ("hasMethadoneUsage", drugs.Methadone == true),
        ("hasOtherOpiateUsage", drugs.OtherOpiate == true),
        ("hasCrackCocaineUsage", drugs.CrackCocaine == true),
        ("hasPowderCocaineUsage", drugs.PowderCocaine == true),
        ("hasMisusedPrescriptionDrugUsage", drugs.MisusedPrescriptionDrug == true),
        ("hasBenzodiazepinesUsage", drugs.Benzodiazepines == true),
        ("hasCannabisUsage", drugs.Cannabis == true),
        ("hasSteroidsUsage", drugs.Steroids == true),
        ("hasOtherDrugsUsage", drugs.OtherDrugs == true),
        ("hasKetamineUsage", drugs.Ketamine == true),
        ("hasSpiceUsage", drugs.Spice == true),
        ("hasHallucinogensUsage", drugs.Hallucinogens == true),
        ("hasSolventsUsage", drugs.Solvents == true),
    ];

    private static List<PredictorTerm> LinearTerms(LinearModel model, V4Input input, DateOnly followup, string category, bool violent)
    {
        var female = input.Gender == PredictorGender.Female;
        var dob = input.DateOfBirth!.Value;
        var n = input.TotalNumberOfSanctionsForAllOffences!.Value;
        var ageAtConviction = PredictorDates.CompletedAge(dob, input.DateOfCurrentConviction!.Value);
        var y = ageAtConviction - input.AgeAtFirstSanction!.Value;
        var afu = PredictorDates.CompletedAge(dob, followup);
        var assessment = input.AssessmentDate!.Value;
        var terms = new List<PredictorTerm>
        {
            new("Starting point", $"{model.Predictor} {(model.Version == ScoreType.Static ? "static" : "dynamic")} model intercept (2 years)", model.Intercept),
        };
        if (female)
        {
            terms.Add(new("Gender", "Female", model.Female));
        }

        terms.Add(new("Age", $"Aged {afu} at the start of follow-up", Polynomial(female ? model.AgeFemale : model.AgeMale, afu)));
        terms.Add(new("Current offence", $"Offence category: {CategoryWords(category)}", model.OffenceCategory[category]));
        if (n == 1)
        {
            terms.Add(new("First sanction", "This is the person's first sanction", model.FirstSanction));
        }
        else if (n == 2)
        {
            terms.Add(new("Second sanction", "This is the person's second sanction", model.SecondSanction));
        }

        terms.Add(new("Number of sanctions", $"{n} sanction occasions, including this one", model.PerSanctionOccasion * n));
        if (n == 2)
        {
            terms.Add(new("Years between sanctions", $"{y} years between the first sanction and this one", (female ? model.GapFemale : model.GapMale) * y));
        }

        if (assessment >= followup)
        {
            var months = Math.Min(model.OffenceFreeMonthsCap, PredictorDates.WholeMonths(followup, assessment));
            terms.Add(new("Offence-free time", $"{months} months in the community since the start of follow-up (at most {model.OffenceFreeMonthsCap} count)",
                Polynomial(model.OffenceFreeMonths, months)));
        }
        else
        {
            terms.Add(new("Offence-free time", "Not yet at risk in the community on the assessment date", 0));
        }

        if (n >= model.CopasMinimumSanctions)
        {
            var rate = Math.Log(n / (double)(y + model.CopasOffset));
            terms.Add(new("Rate of offending (Copas rate)", $"{n} sanctions over {y} years since the first", (female ? model.CopasFemale : model.CopasMale) * rate));
            if ((female ? model.CopasSquaredFemale : model.CopasSquaredMale) is { } squared)
            {
                terms.Add(new("Rate of offending, squared", "The Copas rate's curve", squared * rate * rate));
            }
        }

        if (violent && model.Violent is { } v)
        {
            var violentSanctions = input.TotalNumberOfViolentSanctions!.Value;
            if (violentSanctions == 0)
            {
                terms.Add(new("Never violent", "No sanction for a violent offence", female ? v.NeverViolentFemale : v.NeverViolentMale));
            }
            else if (violentSanctions == 1)
            {
                terms.Add(new("Once violent", "One sanction for a violent offence", v.OnceViolent));
            }

            terms.Add(new("Violent sanctions", $"{violentSanctions} sanctions for violent offences", v.PerViolentSanction * violentSanctions));
            if (violentSanctions >= 1)
            {
                terms.Add(new("Rate of violent offending", $"{violentSanctions} violent sanctions over {y} years since the first sanction",
                    v.ViolentRate * Math.Log(violentSanctions / (double)(y + v.ViolentRateOffset))));
            }
        }

        if (model.Version == ScoreType.Dynamic)
        {
            foreach (var item in model.DynamicItems)
            {
                if (DynamicTerm(item, input) is { } term)
                {
                    terms.Add(term);
                }
            }
        }

        return terms;
    }

    private static PredictorTerm? DynamicTerm(DynamicItem item, V4Input input)
    {
        var livingTogether = input.CurrentRelationshipStatus == RelationshipStatus.InRelationshipLivingTogether;
        switch (item.Scoring)
        {
            case "problemLevel":
                var level = ProblemLevelOf(item.Input, input) ?? ProblemLevel.None;
                return level == ProblemLevel.None ? null
                    : new($"{AnswerWords(item.Input)} ({item.OasysQuestion})", LevelWords(level), (int)level * item.Coefficient);
            case "motivationLevel":
                var motivation = input.MotivationToTackleDrugMisuse ?? MotivationLevel.Full;
                return motivation == MotivationLevel.Full ? null
                    : new($"Motivation to tackle drug misuse ({item.OasysQuestion})", motivation == MotivationLevel.Partial ? "Partial motivation" : "No motivation",
                        (int)motivation * item.Coefficient);
            case "twoIfTrue":
                return BoolOf(item.Input, input) == true ? new($"{AnswerWords(item.Input)} ({item.OasysQuestion})", "Yes", 2 * item.Coefficient) : null;
            case "oneIfTrue":
                return BoolOf(item.Input, input) == true ? new($"{AnswerWords(item.Input)} ({item.OasysQuestion})", "Yes", item.Coefficient) : null;
            case "oneIfLivingTogether":
                return livingTogether ? new("Lives with a partner (6.8)", "In a relationship and living together", item.Coefficient) : null;
            case "partnerProblemLevelIfLivingTogether":
                var partner = input.CurrentRelationshipWithPartner ?? ProblemLevel.None;
                return livingTogether && partner != ProblemLevel.None
                    ? new("Relationship problems while living together (6.4 × 6.8)", LevelWords(partner), (int)partner * item.Coefficient)
                    : null;
            case "oneIfAnyTrue":
                var used = item.Flags.Where(f => BoolOf(f, input) == true).ToList();
                return used.Count > 0 ? new("Other drugs used (section 8)", string.Join(", ", used.Select(AnswerWords)), item.Coefficient) : null;
            case "oneIfListContains":
                var wanted = V4Contract.PreviousConvictionTypes[item.Value!];
                return input.PreviousConvictions?.Contains(wanted) == true
                    ? new("Previous conviction", $"Ever convicted of {PreviousConvictionWords(wanted)}", item.Coefficient)
                    : null;
            default:
                throw new InvalidOperationException($"Unknown scoring kind {item.Scoring} for {item.Input}.");
        }
    }

    private static ProblemLevel? ProblemLevelOf(string name, V4Input input) => name switch
    {
        "suitabilityOfAccommodation" => input.SuitabilityOfAccommodation,
        "currentRelationshipWithPartner" => input.CurrentRelationshipWithPartner,
        "regularOffendingActivities" => input.RegularOffendingActivities,
        "currentAlcoholUseProblems" => input.CurrentAlcoholUseProblems,
        "excessiveAlcoholUse" => input.ExcessiveAlcoholUse,
        "impulsivityProblems" => input.ImpulsivityProblems,
        "temperControl" => input.TemperControl,
        "proCriminalAttitudes" => input.ProCriminalAttitudes,
        _ => throw new InvalidOperationException($"{name} is not a problem-level answer."),
    };

    private static bool? BoolOf(string name, V4Input input) => name switch
    {
        "isUnemployed" => input.IsUnemployed,
        "evidenceOfDomesticAbuse" => input.EvidenceOfDomesticAbuse,
        "didOffenceInvolveCarryingOrUsingWeapon" => input.DidOffenceInvolveCarryingOrUsingWeapon,
        _ => DrugFlag(name, input.Drugs),
    };

    private static bool DrugFlag(string name, DrugUse drugs) => name switch
    {
        "hasHeroinUsage" => drugs.Heroin == true,
        "hasMethadoneUsage" => drugs.Methadone == true,
        "hasOtherOpiateUsage" => drugs.OtherOpiate == true,
        "hasCrackCocaineUsage" => drugs.CrackCocaine == true,
        "hasPowderCocaineUsage" => drugs.PowderCocaine == true,
        "hasMisusedPrescriptionDrugUsage" => drugs.MisusedPrescriptionDrug == true,
        "hasBenzodiazepinesUsage" => drugs.Benzodiazepines == true,
        "hasCannabisUsage" => drugs.Cannabis == true,
        "hasSteroidsUsage" => drugs.Steroids == true,
        "hasOtherDrugsUsage" => drugs.OtherDrugs == true,
        "hasKetamineUsage" => drugs.Ketamine == true,
        "hasSpiceUsage" => drugs.Spice == true,
        "hasHallucinogensUsage" => drugs.Hallucinogens == true,
        "hasSolventsUsage" => drugs.Solvents == true,
        _ => throw new InvalidOperationException($"{name} is not a yes/no answer."),
    };

    private static string AnswerWords(string input) => input switch
    {
        "suitabilityOfAccommodation" => "Suitability of accommodation",
        "isUnemployed" => "Unemployed",
        "currentRelationshipWithPartner" => "Relationship with partner",
        "evidenceOfDomesticAbuse" => "Evidence of domestic abuse (as perpetrator)",
        "regularOffendingActivities" => "Regular activities encourage offending",
        "currentAlcoholUseProblems" => "Current alcohol use",
        "excessiveAlcoholUse" => "Binge drinking",
        "impulsivityProblems" => "Impulsivity",
        "temperControl" => "Temper control",
        "proCriminalAttitudes" => "Pro-criminal attitudes",
        "didOffenceInvolveCarryingOrUsingWeapon" => "Weapon carried or used in the offence",
        "hasHeroinUsage" => "Heroin",
        "hasMethadoneUsage" => "Methadone (not prescribed)",
        "hasOtherOpiateUsage" => "Other opiates",
        "hasCrackCocaineUsage" => "Crack cocaine",
        "hasPowderCocaineUsage" => "Powder cocaine",
        "hasMisusedPrescriptionDrugUsage" => "Misused prescribed drugs",
        "hasBenzodiazepinesUsage" => "Benzodiazepines",
        "hasCannabisUsage" => "Cannabis",
        "hasSteroidsUsage" => "Steroids",
        "hasOtherDrugsUsage" => "Other drugs",
        "hasKetamineUsage" => "Ketamine",
        "hasSpiceUsage" => "Spice",
        "hasHallucinogensUsage" => "Hallucinogens",
        "hasSolventsUsage" => "Solvents",
        _ => input,
    };

    private static string LevelWords(ProblemLevel level) => level switch
    {
        ProblemLevel.Some => "Some problems",
        ProblemLevel.Significant => "Significant problems",
        _ => "No problems",
    };

    public static string PreviousConvictionWords(PreviousConvictionType type) => type switch
    {
        PreviousConvictionType.Homicide => "homicide",
        PreviousConvictionType.WoundingGbh => "wounding or GBH",
        PreviousConvictionType.Kidnapping => "kidnapping",
        PreviousConvictionType.Firearms => "a firearms offence",
        PreviousConvictionType.Robbery => "robbery",
        PreviousConvictionType.AggravatedBurglary => "aggravated burglary",
        PreviousConvictionType.Weapon => "a weapons offence",
        PreviousConvictionType.CriminalDamage => "criminal damage endangering life",
        PreviousConvictionType.Arson => "arson",
        _ => type.ToString(),
    };

    public static string CategoryWords(string category)
    {
        var words = category.Replace("HARRASSMENT", "HARASSMENT").Replace('_', ' ').ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static double Polynomial(IReadOnlyList<double> coefficients, int x)
    {
        var sum = 0.0;
        var power = 1.0;
        foreach (var c in coefficients)
        {
            power *= x;
            sum += c * power;
        }

        return sum;
    }

    // ---------------------------------------------------------------- DC-SRP

    public static V4PredictorResult CalculateDcSrp(V4Input input, V4Coefficients coefficients)
    {
        var female = input.Gender == PredictorGender.Female;
        var history = input.HasEverCommittedSexualOffence;
        var skip = female || history == false;
        var errors = new List<PredictorRefusal>();
        var missing = new List<string>();
        if (input.Gender is null) missing.Add("gender");
        if (input.SupervisionStatus is null) missing.Add("supervisionStatus");
        if (history is null) missing.Add("hasEverCommittedSexualOffence");
        if (input.DateOfBirth is null) missing.Add("dateOfBirth");
        if (input.DateAtStartOfFollowup is null) missing.Add("dateAtStartOfFollowup");
        if (input.TotalNumberOfSanctionsForAllOffences is null) missing.Add("totalNumberOfSanctionsForAllOffences");
        if (missing.Count > 0)
        {
            errors.Add(new PredictorRefusal(MissingMandatory, missing));
        }

        if (!skip)
        {
            AddMissingCountsError(errors, input);
            if (input.TotalNumberOfSanctionsForAllOffences is < 1 or > 999)
            {
                errors.Add(new PredictorRefusal("TOTAL_NUMBER_OF_SANCTIONS_OUT_OF_RANGE", ["totalNumberOfSanctionsForAllOffences"]));
            }

            AddCountsError(errors, input);
        }

        if (input.Gender == PredictorGender.Male && history == true)
        {
            if (input.DateOfMostRecentSexualOffence is not { } recent)
            {
                errors.Add(new PredictorRefusal(MissingMandatory, ["dateOfMostRecentSexualOffence"]));
            }
            else if (input.DateOfBirth is { } born && recent <= born)
            {
                errors.Add(new PredictorRefusal("DATE_OF_MOST_RECENT_SEXUAL_OFFENCE_BEFORE_DATE_OF_BIRTH", ["dateOfMostRecentSexualOffence"]));
            }
            else if (input.DateOfBirth is { } b && PredictorDates.CompletedAge(b, recent) >= 110)
            {
                errors.Add(new PredictorRefusal("DATE_OF_MOST_RECENT_SEXUAL_OFFENCE_OUT_OF_RANGE", ["dateOfMostRecentSexualOffence"]));
            }
        }

        if (!skip && input.DateOfBirth is { } dob && input.DateAtStartOfFollowup is { } f && f > dob && PredictorDates.CompletedAge(dob, f) >= 110)
        {
            errors.Add(new PredictorRefusal("DATE_OF_START_OF_FOLLOWUP_OUT_OF_RANGE", ["dateAtStartOfFollowup"]));
        }

        AddInconsistentHistoryError(errors, input);
        if (errors.Count > 0)
        {
            return V4PredictorResult.Refused(errors);
        }

        if (skip)
        {
            return new V4PredictorResult(0.00m, V4Band.NotApplicable, [], [], FemaleVersion: female, HasSexualOffenceHistory: history);
        }

        var birth = input.DateOfBirth!.Value;
        var followup = input.DateAtStartOfFollowup!.Value;
        if (followup <= birth)
        {
            return V4PredictorResult.Refused([new PredictorRefusal(Unexpected, [])]);
        }

        var afu = PredictorDates.CompletedAge(birth, followup);
        var terms = new List<PredictorTerm>();
        void Points(string name, string words, int points) => terms.Add(new PredictorTerm(name, words, points));
        var adult = input.TotalContactAdultSexualSanctions!.Value;
        var child = input.TotalContactChildSexualSanctions!.Value;
        var nonContact = input.TotalNonContactSexualOffences!.Value;
        Points("Contact sexual sanctions against adults", $"{adult}", Math.Min(adult, 3) * 5);
        Points("Contact sexual sanctions against children", $"{child}", Math.Min(child, 3) * 3);
        Points("Non-contact sexual offences", $"{nonContact}", Math.Min(nonContact, 3) * 2);
        Points("Age at the start of follow-up", $"Aged {afu}", afu >= 60 ? 0 : 14 - Math.Max(0, (afu - 18) / 3));
        var ageAtRecent = input.DateOfMostRecentSexualOffence is { } r ? PredictorDates.CompletedAge(birth, r) : (int?)null;
        Points("Age at the most recent sexual offence", ageAtRecent is { } a ? $"Aged {a}" : "No date",
            ageAtRecent switch { >= 18 => 10, >= 16 => 5, _ => 0 });
        var n = input.TotalNumberOfSanctionsForAllOffences!.Value;
        Points("Any earlier sanction", $"{n} sanctions in all", n >= 2 ? 6 : 0);
        Points("Victim a stranger", input.IsCurrentOffenceAgainstVictimStranger == true ? "Yes" : "No", input.IsCurrentOffenceAgainstVictimStranger == true ? 4 : 0);
        var total = (int)terms.Sum(t => t.Contribution);
        if (total == 0)
        {
            return new V4PredictorResult(0.00m, V4Band.Low, [], terms, PointScore: 0, FemaleVersion: false, HasSexualOffenceHistory: history);
        }

        var score = ToScore(Logistic(coefficients.DcSrpIntercept + (coefficients.DcSrpPerPoint * total)));
        var band = total switch { <= 21 => V4Band.Low, <= 29 => V4Band.Medium, <= 35 => V4Band.High, _ => V4Band.VeryHigh };
        var assessment = input.AssessmentDate!.Value;
        bool FiveYearsClear(DateOnly? date) => date is not { } d || (d <= assessment && PredictorDates.WholeYears(d, assessment) >= 5);
        var reduced = input.Gender == PredictorGender.Male
            && input.SupervisionStatus != Predictors.V4.SupervisionStatus.Custody
            && band != V4Band.Low
            && FiveYearsClear(input.MostRecentOffenceDate)
            && FiveYearsClear(input.DateOfMostRecentSexualOffence)
            && FiveYearsClear(followup);
        if (reduced)
        {
            terms.Add(new PredictorTerm("Risk reduction", $"Five years or more in the community without offending: band lowered from {band} by one level", 0));
            band -= 1;
        }

        return new V4PredictorResult(score, band, [], terms, PointScore: total, FemaleVersion: false, HasSexualOffenceHistory: history,
            RiskBandReductionApplied: reduced);
    }

    private static void AddMissingCountsError(List<PredictorRefusal> errors, V4Input input)
    {
        var counts = SexualCountValues(input);
        var missing = SexualCounts.Where((_, i) => counts[i] is null).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new PredictorRefusal(MissingMandatory, missing));
        }
    }

    /// <summary>No sexual sanctions at all, or more sexual sanctions than sanctions (checked only when the total is given).</summary>
    private static void AddCountsError(List<PredictorRefusal> errors, V4Input input)
    {
        var counts = SexualCountValues(input);
        if (counts.All(c => c == 0))
        {
            errors.Add(new PredictorRefusal("SEXUAL_REOFFENDING_PREDICTOR_NO_SANCTIONS", SexualCounts));
        }
        else if (input.TotalNumberOfSanctionsForAllOffences is { } n && counts.Sum(c => c ?? 0) > n)
        {
            errors.Add(new PredictorRefusal("TOTAL_NUMBER_OF_SEXUAL_SANCTIONS_OUT_OF_RANGE", SexualCounts));
        }
    }

    private static void AddInconsistentHistoryError(List<PredictorRefusal> errors, V4Input input)
    {
        if (input.Gender == PredictorGender.Female || input.HasEverCommittedSexualOffence == true)
        {
            return;
        }

        var counts = SexualCountValues(input);
        var nonZero = SexualCounts.Where((_, i) => counts[i] is > 0).ToList();
        if (nonZero.Count > 0)
        {
            errors.Add(new PredictorRefusal("SEXUAL_REOFFENDING_PREDICTOR_INCONSISTENT_INPUT", ["hasEverCommittedSexualOffence", .. nonZero]));
        }
    }

    private static int?[] SexualCountValues(V4Input input) =>
        [input.TotalIndecentImageSanctions, input.TotalContactAdultSexualSanctions, input.TotalContactChildSexualSanctions, input.TotalNonContactSexualOffences];

    // ---------------------------------------------------------------- IIC-SRP

    public static V4PredictorResult CalculateIicSrp(V4Input input, V4Coefficients coefficients)
    {
        var errors = new List<PredictorRefusal>();
        var missing = new List<string>();
        if (input.Gender is null) missing.Add("gender");
        if (input.HasEverCommittedSexualOffence is null) missing.Add("hasEverCommittedSexualOffence");
        if (missing.Count > 0)
        {
            errors.Add(new PredictorRefusal(MissingMandatory, missing));
        }

        var female = input.Gender == PredictorGender.Female;
        if (!female && input.HasEverCommittedSexualOffence != false)
        {
            AddMissingCountsError(errors, input);
            AddCountsError(errors, input);
        }

        AddInconsistentHistoryError(errors, input);
        if (errors.Count > 0)
        {
            return V4PredictorResult.Refused(errors);
        }

        var history = input.HasEverCommittedSexualOffence;
        if (history != true)
        {
            return new V4PredictorResult(0.00m, V4Band.NotApplicable, [], [], FemaleVersion: female, HasSexualOffenceHistory: history);
        }

        if (female)
        {
            return new V4PredictorResult(0.00m, V4Band.Low, [], [new PredictorTerm("Female version", "Women with a sexual-offence history score 0", 0)],
                FemaleVersion: true, HasSexualOffenceHistory: true);
        }

        var images = input.TotalIndecentImageSanctions!.Value;
        var child = input.TotalContactChildSexualSanctions!.Value;
        var rank = images >= 2 ? 1
            : images == 1 ? 2
            : child >= 2 ? 3
            : child == 1 ? 4
            : input.TotalNonContactSexualOffences != 0 && input.TotalContactAdultSexualSanctions != 0 ? 5
            : 6;
        var row = coefficients.IicSrpHierarchy.Single(r => r.Rank == rank);
        var words = rank switch
        {
            1 => "Two or more indecent-image sanctions",
            2 => "One indecent-image sanction",
            3 => "Two or more contact sexual sanctions against children",
            4 => "One contact sexual sanction against a child",
            5 => "Both non-contact sexual offences and contact sexual sanctions against adults",
            _ => "No history that the hierarchy scores",
        };
        return new V4PredictorResult(ToScore(row.Probability), row.Band, [], [new PredictorTerm($"Hierarchy rank {rank}", words, row.Probability)],
            FemaleVersion: false, HasSexualOffenceHistory: true);
    }

    // ---------------------------------------------------------------- CSRP

    public static V4PredictorResult CalculateCsrp(V4Input input, V4PredictorResult svrp, V4PredictorResult dcSrp, V4PredictorResult iicSrp, V4Coefficients coefficients)
    {
        var failing = new List<string>();
        if (dcSrp.Errors.Count > 0) failing.Add("DIRECT_CONTACT_SEXUAL_REOFFENDING_PREDICTOR");
        if (iicSrp.Errors.Count > 0) failing.Add("IMAGES_AND_INDIRECT_CONTACT_SEXUAL_REOFFENDING_PREDICTOR");
        if (svrp.Errors.Any(e => e.Type != MissingDynamic)) failing.Add("SERIOUS_VIOLENT_REOFFENDING_PREDICTOR");
        var missing = new List<string>();
        if (input.Gender is null) missing.Add("gender");
        if (input.HasEverCommittedSexualOffence is null) missing.Add("hasEverCommittedSexualOffence");
        if (failing.Count > 0 || missing.Count > 0)
        {
            var errors = new List<PredictorRefusal> { new("COMPONENT_VALIDATION_ERROR", failing) };
            if (missing.Count > 0)
            {
                errors.Add(new PredictorRefusal(MissingMandatory, missing));
            }

            return V4PredictorResult.Refused(errors);
        }

        var female = input.Gender == PredictorGender.Female;
        var history = input.HasEverCommittedSexualOffence!.Value;
        var terms = new List<PredictorTerm>
        {
            new("Serious violent reoffending (SVRP)", $"{svrp.Score:0.00}%", (double)svrp.Score!.Value),
            new("Direct contact sexual reoffending (DC-SRP)", dcSrp.Band == V4Band.NotApplicable ? "Not applicable" : $"{dcSrp.Score:0.00}%", (double)dcSrp.Score!.Value),
            new("Images and indirect contact sexual reoffending (IIC-SRP)", iicSrp.Band == V4Band.NotApplicable ? "Not applicable" : $"{iicSrp.Score:0.00}%", (double)iicSrp.Score!.Value),
        };
        var sum = svrp.Score.Value + dcSrp.Score.Value + iicSrp.Score.Value;
        if (female && history)
        {
            var constant = (decimal)coefficients.CsrpFemaleSexualOffenderPercentagePoints;
            terms.Add(new PredictorTerm("Women with a sexual-offence history", $"{constant:0.00}% added", (double)constant));
            sum += constant;
        }

        var score = Clamp(Math.Round(sum, 2, MidpointRounding.AwayFromZero));
        return new V4PredictorResult(score, BandOf(score, 1m, 3m, 6.9m), [], terms, svrp.ScoreType, FemaleVersion: female,
            HasSexualOffenceHistory: history, RiskBandReductionApplied: dcSrp.RiskBandReductionApplied);
    }

    // ---------------------------------------------------------------- shared arithmetic

    public static double Logistic(double value) => Math.Exp(value) / (1.0 + Math.Exp(value));

    /// <summary>100·p rounded half away from zero to 2 decimals; at or below 0 is 0.00, at or above 100 is 99.99.</summary>
    public static decimal ToScore(double probability) => Clamp((decimal)Math.Round(100.0 * probability, 2, MidpointRounding.AwayFromZero));

    private static decimal Clamp(decimal score) => score <= 0m ? 0.00m : score >= 100m ? 99.99m : Math.Round(score, 2) + 0.00m;

    private static V4Band BandOf(decimal score, decimal medium, decimal high, decimal veryHigh) =>
        score >= veryHigh ? V4Band.VeryHigh : score >= high ? V4Band.High : score >= medium ? V4Band.Medium : V4Band.Low;
}
