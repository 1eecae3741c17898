namespace Waypoint.Domain.Sentencing;

/// <summary>Risk flags ("registrations") a person may carry.</summary>
public enum RegistrationType
{
    Mappa = 1,
    DomesticAbusePerpetrator,
    ChildProtectionConcerns,
    RiskToStaff,
    RiskToKnownAdult,
    VisorRecord,
    SuicideSelfHarm,
    HateCrime,
    StreetGangs,
    IntegratedOffenderManagement,
    Stalking,
    /// <summary>Serving a life sentence or imprisonment for public protection (IPP).</summary>
    LifeOrIpp,
}

public static class RegistrationNames
{
    public static string Describe(RegistrationType type) => type switch
    {
        RegistrationType.Mappa => "MAPPA",
        RegistrationType.DomesticAbusePerpetrator => "Domestic abuse perpetrator",
        RegistrationType.ChildProtectionConcerns => "Child protection concerns",
        RegistrationType.RiskToStaff => "Risk to staff",
        RegistrationType.RiskToKnownAdult => "Risk to known adult",
        RegistrationType.VisorRecord => "ViSOR record",
        RegistrationType.SuicideSelfHarm => "Suicide or self-harm risk",
        RegistrationType.HateCrime => "Hate crime",
        RegistrationType.StreetGangs => "Street gangs",
        RegistrationType.IntegratedOffenderManagement => "Integrated offender management",
        RegistrationType.Stalking => "Stalking",
        RegistrationType.LifeOrIpp => "Life sentence or IPP",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>The flag named in words, with MAPPA category and level where they apply: "MAPPA category 2, level 1".</summary>
    public static string Describe(RegistrationType type, int? mappaCategory, int? mappaLevel) =>
        type == RegistrationType.Mappa && mappaCategory is not null && mappaLevel is not null
            ? $"MAPPA category {mappaCategory}, level {mappaLevel}"
            : Describe(type);

    /// <summary>Whether a MAPPA category (1-3) and level (1-3) pair is valid for the registration type.</summary>
    public static bool IsValidMappa(RegistrationType type, int? category, int? level) =>
        type == RegistrationType.Mappa
            ? category is >= 1 and <= 3 && level is >= 1 and <= 3
            : category is null && level is null;
}
