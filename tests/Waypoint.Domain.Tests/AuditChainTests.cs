using Waypoint.Domain.Audit;

namespace Waypoint.Domain.Tests;

public class AuditChainTests
{
    private static List<SealedEntry> Chain(params string[] contents)
    {
        var entries = new List<SealedEntry>();
        var previous = AuditChain.Genesis;
        for (var i = 0; i < contents.Length; i++)
        {
            var hash = AuditChain.ComputeHash(previous, i + 1, contents[i]);
            entries.Add(new SealedEntry(i + 1, previous, hash, contents[i]));
            previous = hash;
        }

        return entries;
    }

    [Fact]
    public void An_untouched_chain_verifies() => AuditChain.Verify(Chain("a", "b", "c")).ShouldBeNull();

    [Fact]
    public void An_empty_chain_verifies() => AuditChain.Verify([]).ShouldBeNull();

    [Fact]
    public void Changed_content_breaks_the_chain_at_that_entry()
    {
        var chain = Chain("a", "b", "c");
        chain[1] = chain[1] with { CanonicalContent = "B" };
        AuditChain.Verify(chain)!.ChainIndex.ShouldBe(2);
    }

    [Fact]
    public void A_removed_entry_is_found()
    {
        var chain = Chain("a", "b", "c");
        chain.RemoveAt(1);
        var chainBreak = AuditChain.Verify(chain)!;
        chainBreak.ChainIndex.ShouldBe(2);
        chainBreak.Reason.ShouldContain("missing");
    }

    [Fact]
    public void A_rewritten_entry_with_a_fresh_hash_still_breaks_the_next_link()
    {
        var chain = Chain("a", "b", "c");
        var forged = AuditChain.ComputeHash(chain[1].PreviousHash, 2, "forged");
        chain[1] = chain[1] with { CanonicalContent = "forged", Hash = forged };
        AuditChain.Verify(chain)!.ChainIndex.ShouldBe(3);
    }

    [Fact]
    public void Hashes_depend_on_position_as_well_as_content() =>
        AuditChain.ComputeHash(AuditChain.Genesis, 1, "x").ShouldNotBe(AuditChain.ComputeHash(AuditChain.Genesis, 2, "x"));
}
