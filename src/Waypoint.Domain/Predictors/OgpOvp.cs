namespace Waypoint.Domain.Predictors;

/// <summary>An assessment answer scored as the predictors need it: 0 no problems, 1 some, 2 significant.</summary>
public enum ProblemLevel
{
    None = 0,
    Some = 1,
    Significant = 2,
}

public sealed record PointsResult(int Points, int OneYearPercent, int TwoYearPercent, RiskBand Band, IReadOnlyList<PredictorTerm> Terms);

/// <summary>OGP (OASys General reoffending Predictor) inputs beyond OGRS3's 2-year percentage.</summary>
public sealed record OgpInput(
    int Ogrs3TwoYearPercent,
    bool NoFixedAbodeOrTransient,
    bool Unemployed,
    ProblemLevel RegularActivitiesEncourageOffending,
    ProblemLevel CurrentDrugMisuse,
    ProblemLevel MotivationToTackleDrugMisuse,
    ProblemLevel ProblemSolving,
    ProblemLevel AwarenessOfConsequences,
    ProblemLevel UnderstandsOthersViews,
    ProblemLevel ProCriminalAttitudes);

/// <summary>OVP (OASys Violence Predictor) inputs.</summary>
public sealed record OvpInput(
    bool Male,
    int ViolentSanctions,
    int NonViolentSanctions,
    int AgeAtStartOfFollowup,
    bool DoesNotRecogniseImpactOnOthers,
    bool NoFixedAbodeOrTransient,
    bool Unemployed,
    ProblemLevel CurrentAlcoholUse,
    ProblemLevel BingeDrinking,
    bool InPsychiatricTreatment,
    ProblemLevel TemperControl,
    ProblemLevel ProCriminalAttitudes);

/// <summary>The OASys points-based predictors OGP and OVP, as published (see shared/reference/ogrs3.md).</summary>
public static class PointsPredictors
{
    public static PointsResult Ogp(OgpInput input)
    {
        var terms = new List<PredictorTerm>
        {
            new("OGRS3", $"OGRS3 2-year score of {input.Ogrs3TwoYearPercent}%, weighted 0.6", RoundHalfUp(0.6 * input.Ogrs3TwoYearPercent)),
            new("Accommodation", input.NoFixedAbodeOrTransient ? "No fixed abode or transient" : "Settled accommodation", input.NoFixedAbodeOrTransient ? 5 : 0),
            new("Employment", input.Unemployed ? "Unemployed" : "Not unemployed", input.Unemployed ? 5 : 0),
            new("Lifestyle", $"Regular activities encouraging offending: {Words(input.RegularActivitiesEncourageOffending)}", input.RegularActivitiesEncourageOffending switch { ProblemLevel.Some => 3, ProblemLevel.Significant => 5, _ => 0 }),
            new("Drug misuse", $"Current drug misuse {(int)input.CurrentDrugMisuse}, motivation to tackle it {(int)input.MotivationToTackleDrugMisuse}", RoundHalfUp(3.75 * ((int)input.CurrentDrugMisuse + (int)input.MotivationToTackleDrugMisuse))),
            new("Thinking and behaviour", $"Problem solving {(int)input.ProblemSolving}, awareness of consequences {(int)input.AwarenessOfConsequences}, understanding others' views {(int)input.UnderstandsOthersViews}",
                RoundHalfUp(5.0 / 6.0 * ((int)input.ProblemSolving + (int)input.AwarenessOfConsequences + (int)input.UnderstandsOthersViews))),
            new("Attitudes", $"Pro-criminal attitudes: {Words(input.ProCriminalAttitudes)}", input.ProCriminalAttitudes switch { ProblemLevel.Some => 3, ProblemLevel.Significant => 5, _ => 0 }),
        };
        var points = (int)terms.Sum(t => t.Contribution);
        var twoYear = Ogrs3Calculator.ToPercent(Ogrs3Calculator.Logistic(0.0616 * points - 3.0795));
        return new PointsResult(points, Ogrs3Calculator.ToPercent(Ogrs3Calculator.Logistic(0.0616 * points - 3.6832)), twoYear, OgpBand(twoYear), terms);
    }

    /// <summary>OVP is published for ages 18 and over (adult probation); younger ages are refused rather than guessed.</summary>
    public static PointsResult Ovp(OvpInput input)
    {
        if (input.AgeAtStartOfFollowup < 18)
        {
            throw new ArgumentOutOfRangeException(nameof(input), "OVP is published for people aged 18 or over at the start of follow-up.");
        }

        var terms = new List<PredictorTerm>
        {
            new("Any sanction", "Every scored person has at least one sanction", 5),
            new("Gender", input.Male ? "Male" : "Female", input.Male ? 5 : 0),
            new("Violent sanctions", $"{input.ViolentSanctions} violent sanctions", ViolentSanctionPoints(input.ViolentSanctions)),
            new("Non-violent sanctions", $"{input.NonViolentSanctions} non-violent sanctions", NonViolentSanctionPoints(input.NonViolentSanctions)),
            new("Age", $"Aged {input.AgeAtStartOfFollowup} at the start of follow-up", AgePoints(input.AgeAtStartOfFollowup)),
            new("Victim awareness", input.DoesNotRecogniseImpactOnOthers ? "Does not recognise the impact of offending on others" : "Recognises the impact on others", input.DoesNotRecogniseImpactOnOthers ? 4 : 0),
            new("Accommodation", input.NoFixedAbodeOrTransient ? "No fixed abode or transient" : "Settled accommodation", input.NoFixedAbodeOrTransient ? 4 : 0),
            new("Employment", input.Unemployed ? "Unemployed" : "Not unemployed", input.Unemployed ? 4 : 0),
            new("Alcohol", $"Current use {(int)input.CurrentAlcoholUse}, binge drinking {(int)input.BingeDrinking}", Math.Ceiling(2.5 * ((int)input.CurrentAlcoholUse + (int)input.BingeDrinking))),
            new("Psychiatric treatment", input.InPsychiatricTreatment ? "In psychiatric treatment" : "Not in psychiatric treatment", input.InPsychiatricTreatment ? 4 : 0),
            new("Temper control", $"Temper control: {Words(input.TemperControl)}", 3 * (int)input.TemperControl),
            new("Attitudes", $"Pro-criminal attitudes: {Words(input.ProCriminalAttitudes)}", 3 * (int)input.ProCriminalAttitudes),
        };
        var points = (int)terms.Sum(t => t.Contribution);
        var twoYear = Ogrs3Calculator.ToPercent(Ogrs3Calculator.Logistic(0.0722 * points - 3.8773));
        return new PointsResult(points, Ogrs3Calculator.ToPercent(Ogrs3Calculator.Logistic(0.0722 * points - 4.5215)), twoYear, OvpBand(twoYear), terms);
    }

    /// <summary>OGP bands on the 2-year percentage: 1-33 low, 34-66 medium, 67-84 high, 85-99 very high.</summary>
    public static RiskBand OgpBand(int twoYearPercent) => twoYearPercent switch { <= 33 => RiskBand.Low, <= 66 => RiskBand.Medium, <= 84 => RiskBand.High, _ => RiskBand.VeryHigh };

    /// <summary>OVP bands on the 2-year percentage: 1-29 low, 30-59 medium, 60-79 high, 80-99 very high.</summary>
    public static RiskBand OvpBand(int twoYearPercent) => twoYearPercent switch { <= 29 => RiskBand.Low, <= 59 => RiskBand.Medium, <= 79 => RiskBand.High, _ => RiskBand.VeryHigh };

    /// <summary>0 to 0, 1 to 4, 2 to 7, 3 to 9, 4 to 11, 5 to 12, then one more per sanction up to 17 (24); 18 or more score 25.</summary>
    public static int ViolentSanctionPoints(int count) => count switch
    {
        <= 0 => 0,
        1 => 4,
        2 => 7,
        3 => 9,
        4 => 11,
        >= 18 => 25,
        _ => 12 + (count - 5),
    };

    public static int NonViolentSanctionPoints(int count) => count switch
    {
        <= 2 => 0,
        <= 4 => 2,
        <= 10 => 3,
        <= 20 => 4,
        _ => 5,
    };

    public static int AgePoints(int age) => age switch
    {
        <= 19 => 20,
        <= 21 => 17,
        <= 23 => 14,
        <= 25 => 12,
        <= 30 => 10,
        <= 35 => 8,
        <= 40 => 6,
        <= 45 => 4,
        <= 50 => 2,
        _ => 0,
    };

    private static double RoundHalfUp(double value) => Math.Round(value, MidpointRounding.AwayFromZero);

    private static string Words(ProblemLevel level) => level switch
    {
        ProblemLevel.Some => "some problems",
        ProblemLevel.Significant => "significant problems",
        _ => "no problems",
    };
}
