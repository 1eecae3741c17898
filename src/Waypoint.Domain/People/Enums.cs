namespace Waypoint.Domain.People;

public enum Gender
{
    Female = 1,
    Male = 2,
    NotKnown = 3,
}

/// <summary>ONS 2021 census ethnic groups for England and Wales (19 categories).</summary>
public enum Ethnicity
{
    AsianBangladeshi = 1,
    AsianChinese,
    AsianIndian,
    AsianPakistani,
    AsianOther,
    BlackAfrican,
    BlackCaribbean,
    BlackOther,
    MixedWhiteAndAsian,
    MixedWhiteAndBlackAfrican,
    MixedWhiteAndBlackCaribbean,
    MixedOther,
    WhiteBritish,
    WhiteIrish,
    WhiteGypsyOrIrishTraveller,
    WhiteRoma,
    WhiteOther,
    OtherArab,
    OtherAnyOther,
    NotStated,
}

public enum PreferredContactMethod
{
    Sms = 1,
    Email,
    Letter,
    Phone,
}

public enum AddressStatus
{
    Main = 1,
    Previous,
    Secondary,
}

public enum AccommodationType
{
    OwnerOccupier = 1,
    RentedPrivate,
    RentedSocial,
    LivingWithFamilyOrFriends,
    ApprovedPremises,
    SupportedHousing,
    Hostel,
    NoFixedAbode,
}

public enum PersonLinkType
{
    FamilyMember = 1,
    Partner,
    HouseholdMember,
    CoDefendant,
    Associate,
}

public static class EthnicityNames
{
    /// <summary>The wording used on the 2021 census form, grouped as "Group: category".</summary>
    public static string Describe(Ethnicity ethnicity) => ethnicity switch
    {
        Ethnicity.AsianBangladeshi => "Asian or Asian British: Bangladeshi",
        Ethnicity.AsianChinese => "Asian or Asian British: Chinese",
        Ethnicity.AsianIndian => "Asian or Asian British: Indian",
        Ethnicity.AsianPakistani => "Asian or Asian British: Pakistani",
        Ethnicity.AsianOther => "Asian or Asian British: any other Asian background",
        Ethnicity.BlackAfrican => "Black, Black British, Caribbean or African: African",
        Ethnicity.BlackCaribbean => "Black, Black British, Caribbean or African: Caribbean",
        Ethnicity.BlackOther => "Black, Black British, Caribbean or African: any other Black background",
        Ethnicity.MixedWhiteAndAsian => "Mixed or multiple ethnic groups: White and Asian",
        Ethnicity.MixedWhiteAndBlackAfrican => "Mixed or multiple ethnic groups: White and Black African",
        Ethnicity.MixedWhiteAndBlackCaribbean => "Mixed or multiple ethnic groups: White and Black Caribbean",
        Ethnicity.MixedOther => "Mixed or multiple ethnic groups: any other mixed background",
        Ethnicity.WhiteBritish => "White: English, Welsh, Scottish, Northern Irish or British",
        Ethnicity.WhiteIrish => "White: Irish",
        Ethnicity.WhiteGypsyOrIrishTraveller => "White: Gypsy or Irish Traveller",
        Ethnicity.WhiteRoma => "White: Roma",
        Ethnicity.WhiteOther => "White: any other White background",
        Ethnicity.OtherArab => "Other ethnic group: Arab",
        Ethnicity.OtherAnyOther => "Other ethnic group: any other ethnic group",
        Ethnicity.NotStated => "Not stated",
        _ => throw new ArgumentOutOfRangeException(nameof(ethnicity)),
    };
}
