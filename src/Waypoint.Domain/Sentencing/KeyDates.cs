namespace Waypoint.Domain.Sentencing;

/// <summary>The key dates of a sentence; any may be unknown until the court or prison record supplies it.</summary>
public sealed record KeyDates(
    DateOnly StartDate,
    DateOnly? ExpectedEndDate,
    DateOnly? ReleaseDate,
    DateOnly? LicenceExpiryDate,
    DateOnly? SentenceExpiryDate,
    DateOnly? PostSentenceSupervisionEndDate);

/// <summary>
/// Derivations that are fixed in law for the common cases. They give a starting value only: the court or
/// prison record is the authority, and a practitioner may change any date with a reason.
/// </summary>
public static class KeyDateRules
{
    /// <summary>Post-sentence supervision makes licence plus supervision last 12 months from release.</summary>
    public const int PostSentenceSupervisionMonths = 12;

    /// <summary>Custodial sentences shorter than this (more than a day) are followed by post-sentence supervision.</summary>
    public const int PostSentenceSupervisionThresholdMonths = 24;

    public static KeyDates Derive(SentenceType type, DateOnly sentenceDate, int lengthMonths)
    {
        if (lengthMonths <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(lengthMonths), "A sentence length must be at least one month.");
        }

        switch (type)
        {
            case SentenceType.CommunityOrder:
            case SentenceType.SuspendedSentenceOrder:
                // The supervision period runs from the day of sentence for the length the court set.
                return new KeyDates(sentenceDate, sentenceDate.AddMonths(lengthMonths).AddDays(-1), null, null, null, null);

            case SentenceType.CustodyWithLicence:
                {
                    // A standard determinate sentence: automatic release at the halfway point, licence to the end.
                    var sentenceExpiry = sentenceDate.AddMonths(lengthMonths).AddDays(-1);
                    var totalDays = sentenceExpiry.DayNumber - sentenceDate.DayNumber + 1;
                    var release = sentenceDate.AddDays((totalDays + 1) / 2);
                    DateOnly? pssEnd = lengthMonths < PostSentenceSupervisionThresholdMonths
                        ? release.AddMonths(PostSentenceSupervisionMonths).AddDays(-1)
                        : null;
                    return new KeyDates(sentenceDate, pssEnd ?? sentenceExpiry, release, sentenceExpiry, sentenceExpiry, pssEnd);
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(type));
        }
    }
}
