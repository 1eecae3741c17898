namespace Waypoint.Domain.Sentencing;

/// <summary>
/// The standard conditions every licence and post-sentence supervision carries (Licence Conditions Order 2015),
/// summarised in plain words. Additional conditions are recorded per case with free text.
/// </summary>
public static class StandardLicenceConditions
{
    public static IReadOnlyList<(string Code, string Description)> All { get; } =
    [
        ("STD1", "Be of good behaviour and do nothing that undermines the purpose of supervision"),
        ("STD2", "Commit no offence"),
        ("STD3", "Keep in touch with the supervising officer as instructed"),
        ("STD4", "Receive visits from the supervising officer as instructed"),
        ("STD5", "Live at an address approved by the supervising officer and ask before staying a night elsewhere"),
        ("STD6", "Take only work approved by the supervising officer, telling them of any proposed work in advance"),
        ("STD7", "Travel outside the United Kingdom, Channel Islands or Isle of Man only with permission"),
        ("STD8", "Tell the supervising officer of any name used other than those on the licence"),
        ("STD9", "Tell the supervising officer of any new or changed telephone number"),
    ];
}
