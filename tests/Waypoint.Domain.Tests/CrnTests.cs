using Waypoint.Domain.People;

namespace Waypoint.Domain.Tests;

public class CrnTests
{
    [Theory]
    [InlineData("X123456", "X123456")]
    [InlineData(" x123456 ", "X123456")]
    [InlineData("N000001", "N000001")]
    public void Accepts_one_letter_and_six_digits(string input, string expected)
    {
        Crn.TryParse(input, out var crn).ShouldBeTrue();
        crn.Value.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("X12345")]
    [InlineData("X1234567")]
    [InlineData("1234567")]
    [InlineData("XX12345")]
    [InlineData("X12345A")]
    [InlineData("É123456")]
    [InlineData("X12 456")]
    public void Rejects_anything_else(string? input)
    {
        Crn.TryParse(input, out _).ShouldBeFalse();
        if (input is not null)
        {
            Should.Throw<FormatException>(() => Crn.Parse(input));
        }
    }

    [Fact]
    public void Numbers_from_a_sequence_are_zero_padded()
    {
        Crn.FromSequence('N', 42).Value.ShouldBe("N000042");
        Crn.FromSequence('Z', 999_999).Value.ShouldBe("Z999999");
    }

    [Theory]
    [InlineData('a', 1)]
    [InlineData('N', 0)]
    [InlineData('N', 1_000_000)]
    public void A_sequence_number_outside_six_digits_or_a_bad_letter_is_refused(char letter, int number) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Crn.FromSequence(letter, number));
}
