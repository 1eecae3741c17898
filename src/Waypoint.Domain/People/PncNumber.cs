using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Waypoint.Domain.People;

/// <summary>
/// Police National Computer identifier: a year, a serial number and a check letter, written
/// <c>YYYY/NNNNNNNC</c> (or the short form <c>YY/NNNNNC</c>). The check letter is the remainder of
/// the two-digit year followed by the seven-digit serial, divided by 23, looked up in the PNC alphabet
/// (which omits I, O and S).
/// </summary>
public readonly record struct PncNumber
{
    private const string CheckAlphabet = "ZABCDEFGHJKLMNPQRTUVWXY";

    private PncNumber(int year, int serial, char check)
    {
        Year = year;
        Serial = serial;
        CheckLetter = check;
    }

    public int Year { get; }

    public int Serial { get; }

    public char CheckLetter { get; }

    /// <summary>The canonical long form, e.g. <c>2004/0046583U</c>.</summary>
    public override string ToString() => $"{Year:D4}/{Serial:D7}{CheckLetter}";

    public static char ComputeCheckLetter(int year, int serial)
    {
        var yy = year % 100;
        var number = long.Parse($"{yy:D2}{serial:D7}", CultureInfo.InvariantCulture);
        return CheckAlphabet[(int)(number % 23)];
    }

    public static PncNumber Create(int year, int serial)
    {
        if (year is < 1900 or > 2099)
        {
            throw new ArgumentOutOfRangeException(nameof(year));
        }

        if (serial is < 1 or > 9_999_999)
        {
            throw new ArgumentOutOfRangeException(nameof(serial));
        }

        return new PncNumber(year, serial, ComputeCheckLetter(year, serial));
    }

    public static bool TryParse([NotNullWhen(true)] string? input, out PncNumber pnc)
    {
        pnc = default;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        var text = input.Trim().ToUpperInvariant();
        var slash = text.IndexOf('/');
        if (slash is not (2 or 4) || text.Length < slash + 3)
        {
            return false;
        }

        var yearText = text[..slash];
        var serialText = text[(slash + 1)..^1];
        var check = text[^1];
        if (!yearText.All(char.IsAsciiDigit) || serialText.Length is < 1 or > 7 || !serialText.All(char.IsAsciiDigit) || !char.IsAsciiLetterUpper(check))
        {
            return false;
        }

        var year = int.Parse(yearText, CultureInfo.InvariantCulture);
        if (slash == 2)
        {
            // Two-digit years: 00-29 are this century, the rest the last.
            year += year < 30 ? 2000 : 1900;
        }

        var serial = int.Parse(serialText, CultureInfo.InvariantCulture);
        if (serial == 0 || year is < 1900 or > 2099 || ComputeCheckLetter(year, serial) != check)
        {
            return false;
        }

        pnc = new PncNumber(year, serial, check);
        return true;
    }
}
