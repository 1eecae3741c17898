using System.Diagnostics.CodeAnalysis;

namespace Waypoint.Domain.People;

/// <summary>
/// Case reference number: the national identifier of a person on probation,
/// one capital letter followed by six digits (for example <c>X123456</c>).
/// </summary>
public readonly record struct Crn
{
    private Crn(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Value ?? string.Empty;

    /// <summary>Accepts surrounding spaces and a lower-case letter, which practitioners often type.</summary>
    public static bool TryParse([NotNullWhen(true)] string? input, out Crn crn)
    {
        crn = default;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        var candidate = input.Trim().ToUpperInvariant();
        if (candidate.Length != 7 || candidate[0] is < 'A' or > 'Z')
        {
            return false;
        }

        for (var i = 1; i < 7; i++)
        {
            if (!char.IsAsciiDigit(candidate[i]))
            {
                return false;
            }
        }

        crn = new Crn(candidate);
        return true;
    }

    public static Crn Parse(string input) =>
        TryParse(input, out var crn) ? crn : throw new FormatException($"'{input}' is not a CRN: expected one letter and six digits, like X123456.");

    /// <summary>
    /// Builds the CRN for a number drawn from the issuing area's sequence. The letter identifies the
    /// issuing area; the number must fit in six digits.
    /// </summary>
    public static Crn FromSequence(char areaLetter, int number)
    {
        if (areaLetter is < 'A' or > 'Z')
        {
            throw new ArgumentOutOfRangeException(nameof(areaLetter), "The area letter must be a capital letter.");
        }

        if (number is < 1 or > 999_999)
        {
            throw new ArgumentOutOfRangeException(nameof(number), "A CRN number runs from 000001 to 999999.");
        }

        return new Crn($"{areaLetter}{number:D6}");
    }
}
