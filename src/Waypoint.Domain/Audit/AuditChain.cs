using System.Security.Cryptography;
using System.Text;

namespace Waypoint.Domain.Audit;

/// <summary>
/// Tamper evidence for the audit trail: each sealed entry's hash covers its own content and the previous
/// entry's hash, so changing, removing or reordering any sealed entry breaks every hash after it.
/// </summary>
public static class AuditChain
{
    /// <summary>The hash that precedes the first entry of the chain.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string ComputeHash(string previousHash, long chainIndex, string canonicalContent)
    {
        var text = string.Concat(previousHash, "\n", chainIndex.ToString(System.Globalization.CultureInfo.InvariantCulture), "\n", canonicalContent);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>
    /// Verifies a sequence of sealed entries in chain order. Returns the first break, or null when the whole chain holds.
    /// </summary>
    public static ChainBreak? Verify(IEnumerable<SealedEntry> entriesInOrder)
    {
        var verifier = new ChainVerifier();
        foreach (var entry in entriesInOrder)
        {
            if (verifier.Check(entry) is { } chainBreak)
            {
                return chainBreak;
            }
        }

        return null;
    }
}

/// <summary>Checks entries one at a time in chain order, so a long trail can be streamed rather than loaded.</summary>
public sealed class ChainVerifier
{
    private string expectedPrevious = AuditChain.Genesis;
    private long expectedIndex = 1;

    public ChainBreak? Check(SealedEntry entry)
    {
        if (entry.ChainIndex != expectedIndex)
        {
            return new ChainBreak(expectedIndex, $"entry {expectedIndex} is missing (found {entry.ChainIndex} next)");
        }

        if (entry.PreviousHash != expectedPrevious)
        {
            return new ChainBreak(entry.ChainIndex, "its previous-hash does not match the entry before it");
        }

        if (AuditChain.ComputeHash(entry.PreviousHash, entry.ChainIndex, entry.CanonicalContent) != entry.Hash)
        {
            return new ChainBreak(entry.ChainIndex, "its content no longer matches its hash");
        }

        expectedPrevious = entry.Hash;
        expectedIndex++;
        return null;
    }
}

public sealed record SealedEntry(long ChainIndex, string PreviousHash, string Hash, string CanonicalContent);

public sealed record ChainBreak(long ChainIndex, string Reason);
