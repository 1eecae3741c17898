namespace Waypoint.Domain.Predictors;

public enum PredictorGender
{
    Male = 1,
    Female,
}

public enum RiskBand
{
    Low = 1,
    Medium,
    High,
    VeryHigh,
}

/// <summary>OGRS3's inputs, each optional so that a missing one is reported rather than guessed.</summary>
public sealed record Ogrs3Input(
    PredictorGender? Gender,
    DateOnly? DateOfBirth,
    DateOnly? DateOfCurrentConviction,
    DateOnly? DateAtStartOfFollowup,
    int? TotalNumberOfSanctionsForAllOffences,
    int? AgeAtFirstSanction,
    string? CurrentOffenceCode);

/// <summary>One term of the score, with what it is in plain words and how much it adds to the linear predictor.</summary>
public sealed record PredictorTerm(string Name, string Explanation, double Contribution);

public sealed record PredictorRefusal(string Type, IReadOnlyList<string> Fields);

/// <summary>A score (1-year and 2-year percentages, band, and the terms behind it) or the reasons it was refused.</summary>
public sealed record Ogrs3Result(
    int? OneYearPercent, int? TwoYearPercent, RiskBand? Band, double? OneYearProbability, double? TwoYearProbability,
    double? LinearPredictor, IReadOnlyList<PredictorTerm> Terms, IReadOnlyList<PredictorRefusal> Refusals)
{
    public bool IsScored => Refusals.Count == 0;
}

/// <summary>
/// The Offender Group Reconviction Scale, version 3 (MoJ Research Summary 7/09), with the coefficients OASys uses.
/// A pure function: the same inputs always give the same score, and each term's contribution is returned.
/// </summary>
public static class Ogrs3Calculator
{
    public const double OneYearIntercept = 1.40256;
    public const double TwoYearIntercept = 2.1217;
    public const double CopasCoefficient = 1.25112;
    public const double FirstSanction = 0.12614;
    public const double RepeatSanction = 0.46306;

    /// <summary>Age band lower bounds at the start of follow-up, with the male and female coefficients.</summary>
    public static IReadOnlyList<(int FromAge, string Band, double Male, double Female)> AgeGender { get; } =
    [
        (16, "16-17", -0.0616, -0.9592),
        (18, "18-20", -0.6251, -0.8975),
        (21, "21-24", -1.0515, -1.0285),
        (25, "25-29", -1.1667, -1.0528),
        (30, "30-34", -1.326, -1.1291),
        (35, "35-39", -1.368, -1.4219),
        (40, "40-49", -1.4997, -1.5247),
        (50, "50+", -2.0253, -2.4498),
    ];

    public static Ogrs3Result Calculate(Ogrs3Input input, Ogrs3OffenceTable? table = null)
    {
        table ??= Ogrs3OffenceTable.Default;
        var refusals = new List<PredictorRefusal>();
        var missing = new List<string>();
        if (input.Gender is null) missing.Add("gender");
        if (input.DateOfBirth is null) missing.Add("dateOfBirth");
        if (input.DateOfCurrentConviction is null) missing.Add("dateOfCurrentConviction");
        if (input.DateAtStartOfFollowup is null) missing.Add("dateAtStartOfFollowup");
        if (input.TotalNumberOfSanctionsForAllOffences is null) missing.Add("totalNumberOfSanctionsForAllOffences");
        if (input.AgeAtFirstSanction is null) missing.Add("ageAtFirstSanction");
        if (string.IsNullOrWhiteSpace(input.CurrentOffenceCode)) missing.Add("currentOffenceCode");
        if (missing.Count > 0)
        {
            refusals.Add(new PredictorRefusal("MISSING_MANDATORY_INPUT", missing));
        }

        if (input.TotalNumberOfSanctionsForAllOffences is < 1)
        {
            refusals.Add(new PredictorRefusal("TOTAL_NUMBER_OF_SANCTIONS_OUT_OF_RANGE", ["totalNumberOfSanctionsForAllOffences"]));
        }

        int? ageAtConviction = null;
        int? ageAtFollowup = null;
        if (input.DateOfBirth is { } dob)
        {
            if (input.DateOfCurrentConviction is { } conviction)
            {
                if (conviction <= dob)
                {
                    refusals.Add(new PredictorRefusal("DATE_OF_CURRENT_CONVICTION_BEFORE_DATE_OF_BIRTH", ["dateOfCurrentConviction", "dateOfBirth"]));
                }
                else
                {
                    ageAtConviction = AgeOn(dob, conviction);
                }
            }

            if (input.DateAtStartOfFollowup is { } followup)
            {
                if (followup <= dob)
                {
                    refusals.Add(new PredictorRefusal("DATE_OF_START_OF_FOLLOWUP_BEFORE_DATE_OF_BIRTH", ["dateAtStartOfFollowup", "dateOfBirth"]));
                }
                else
                {
                    ageAtFollowup = AgeOn(dob, followup);
                }
            }
        }

        if (ageAtConviction is < 10)
        {
            refusals.Add(new PredictorRefusal("AGE_AT_CURRENT_CONVICTION_UNDER_10", ["dateOfCurrentConviction", "dateOfBirth"]));
        }

        if (input.AgeAtFirstSanction is { } first && ageAtConviction is { } atConviction && first > atConviction)
        {
            refusals.Add(new PredictorRefusal("AGE_AT_FIRST_SANCTION_AFTER_AGE_AT_CURRENT_CONVICTION", ["ageAtFirstSanction"]));
        }

        if (ageAtFollowup is < 16)
        {
            refusals.Add(new PredictorRefusal("AGE_AT_START_OF_FOLLOWUP_UNDER_16", ["dateAtStartOfFollowup", "dateOfBirth"]));
        }

        Ogrs3OffenceGroup? group = null;
        if (!string.IsNullOrWhiteSpace(input.CurrentOffenceCode))
        {
            var code = Ogrs3OffenceTable.Normalise(input.CurrentOffenceCode);
            if (code is null)
            {
                refusals.Add(new PredictorRefusal("OFFENCE_CODE_INCORRECT_FORMAT", ["currentOffenceCode"]));
            }
            else
            {
                var entry = table.Find(code);
                if (entry is null || entry.Problem == Ogrs3OffenceCodeProblem.NoOgrs3Group)
                {
                    refusals.Add(new PredictorRefusal("OFFENCE_CODE_MAPPING_NOT_FOUND", ["currentOffenceCode"]));
                }
                else if (entry.Problem == Ogrs3OffenceCodeProblem.NeedDetailsOfExactOffence)
                {
                    refusals.Add(new PredictorRefusal("NEED_DETAILS_OF_EXACT_OFFENCE", ["currentOffenceCode"]));
                }
                else
                {
                    group = entry.Group;
                }
            }
        }

        if (refusals.Count > 0)
        {
            return new Ogrs3Result(null, null, null, null, null, null, [], refusals);
        }

        var gender = input.Gender!.Value;
        var sanctions = input.TotalNumberOfSanctionsForAllOffences!.Value;
        var yearsSinceFirst = ageAtConviction!.Value - input.AgeAtFirstSanction!.Value;
        var age = AgeGender.Last(a => ageAtFollowup!.Value >= a.FromAge);
        var ageTerm = gender == PredictorGender.Male ? age.Male : age.Female;
        var sanctionTerm = sanctions == 1 ? FirstSanction : RepeatSanction;
        var copas = CopasCoefficient * Math.Log(sanctions / (10.0 + yearsSinceFirst));
        var terms = new List<PredictorTerm>
        {
            new("Age and gender", $"{(gender == PredictorGender.Male ? "Male" : "Female")}, aged {ageAtFollowup} at the start of follow-up (band {age.Band})", ageTerm),
            new("Sanction history", sanctions == 1 ? "This is the first sanction" : $"{sanctions} sanctions in all, including this one", sanctionTerm),
            new("Rate of offending (Copas rate)", $"{sanctions} sanctions over {yearsSinceFirst} years since the first, at age {input.AgeAtFirstSanction}", copas),
            new("Current offence", $"Offence group: {group!.Name}", group.Coefficient),
        };
        var x = terms.Sum(t => t.Contribution);
        var p1 = Logistic(OneYearIntercept + x);
        var p2 = Logistic(TwoYearIntercept + x);
        var twoYear = ToPercent(p2);
        return new Ogrs3Result(ToPercent(p1), twoYear, BandOf(twoYear), p1, p2, x, terms, []);
    }

    /// <summary>Completed whole years on the day (a birthday-based age).</summary>
    public static int AgeOn(DateOnly dateOfBirth, DateOnly on)
    {
        var age = on.Year - dateOfBirth.Year;
        return dateOfBirth.AddYears(age) > on ? age - 1 : age;
    }

    public static double Logistic(double value) => 1.0 / (1.0 + Math.Exp(-value));

    /// <summary>As OASys reports: round to 5 decimal places (half up), then to a whole percentage (half up), clamped to 1-99.</summary>
    public static int ToPercent(double probability)
    {
        var fiveDecimals = Math.Round((decimal)probability, 5, MidpointRounding.AwayFromZero);
        var percent = (int)Math.Round(fiveDecimals * 100m, 0, MidpointRounding.AwayFromZero);
        return Math.Clamp(percent, 1, 99);
    }

    /// <summary>OGRS3 bands on the 2-year percentage: low 0-49, medium 50-74, high 75-89, very high 90-99.</summary>
    public static RiskBand BandOf(int twoYearPercent) => twoYearPercent switch
    {
        < 50 => RiskBand.Low,
        < 75 => RiskBand.Medium,
        < 90 => RiskBand.High,
        _ => RiskBand.VeryHigh,
    };
}
