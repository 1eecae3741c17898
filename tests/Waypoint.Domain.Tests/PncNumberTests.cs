using Waypoint.Domain.People;

namespace Waypoint.Domain.Tests;

/// <summary>The PNC check letter: (two-digit year followed by the seven-digit serial) mod 23, in the PNC alphabet.</summary>
public class PncNumberTests
{
    [Theory]
    // 10 0000001 = 100000001; 100000001 mod 23 = 3 -> 'C'
    [InlineData(2010, 1, 'C')]
    // 00 0000023 = 23; 23 mod 23 = 0 -> 'Z'
    [InlineData(2000, 23, 'Z')]
    // 99 1234567 = 991234567; 991234567 mod 23 = 2 -> 'B'
    [InlineData(1999, 1234567, 'B')]
    public void Check_letter_follows_the_mod_23_rule(int year, int serial, char expected) =>
        PncNumber.ComputeCheckLetter(year, serial).ShouldBe(expected);

    [Fact]
    public void Long_and_short_forms_parse_to_the_same_canonical_number()
    {
        var created = PncNumber.Create(2004, 46583);
        PncNumber.TryParse(created.ToString(), out var longForm).ShouldBeTrue();
        PncNumber.TryParse($"04/46583{created.CheckLetter}", out var shortForm).ShouldBeTrue();
        longForm.ShouldBe(shortForm);
        longForm.ToString().ShouldBe($"2004/0046583{created.CheckLetter}");
    }

    [Fact]
    public void A_wrong_check_letter_is_rejected()
    {
        var valid = PncNumber.Create(2015, 123456).ToString();
        var wrongLetter = valid[^1] == 'A' ? 'B' : 'A';
        PncNumber.TryParse(valid[..^1] + wrongLetter, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("2004-0046583U")]
    [InlineData("2004/00465830")]
    [InlineData("204/0046583U")]
    [InlineData("2004/")]
    [InlineData("2004/12345678U")]
    [InlineData("2004/0000000Z")]
    public void Malformed_numbers_are_rejected(string input) => PncNumber.TryParse(input, out _).ShouldBeFalse();

    [Fact]
    public void Every_generated_number_round_trips()
    {
        var random = new Random(7);
        for (var i = 0; i < 1000; i++)
        {
            var pnc = PncNumber.Create(random.Next(1950, 2030), random.Next(1, 9_999_999));
            PncNumber.TryParse(pnc.ToString(), out var parsed).ShouldBeTrue();
            parsed.ShouldBe(pnc);
        }
    }
}
