using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Waypoint.Web.Infrastructure.Notifications;

/// <summary>
/// Writes a letter (appointment letter, warning letter, recall report) as an A4 PDF with PDFsharp: sender, date,
/// recipient's address, a bold subject and the body wrapped to the page, continuing on further pages when long.
/// </summary>
public static class LetterPdf
{
    private const double Margin = 56;
    private static readonly Lock Gate = new();

    public static byte[] Render(string recipient, string subject, string body, DateOnly date, string from = "The Probation Service")
    {
        EnsureFonts();
        using var document = new PdfDocument();
        document.Info.Title = subject;
        document.Info.Author = from;
        var regular = new XFont(SystemFontResolver.Family, 11);
        var bold = new XFont(SystemFontResolver.Family, 13, XFontStyleEx.Bold);
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        var graphics = XGraphics.FromPdfPage(page);
        var y = Margin;
        var width = page.Width.Point - 2 * Margin;

        graphics.DrawString(from, bold, XBrushes.Black, new XPoint(Margin, y));
        graphics.DrawString(date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), regular, XBrushes.Black, new XPoint(page.Width.Point - Margin, y), XStringFormats.TopRight);
        y += 40;
        foreach (var line in recipient.Split('\n'))
        {
            graphics.DrawString(line, regular, XBrushes.Black, new XPoint(Margin, y));
            y += 15;
        }

        y += 25;
        foreach (var line in Wrap(graphics, subject, bold, width))
        {
            graphics.DrawString(line, bold, XBrushes.Black, new XPoint(Margin, y));
            y += 18;
        }

        y += 10;
        foreach (var paragraph in body.Split('\n'))
        {
            foreach (var line in paragraph.Length == 0 ? [""] : Wrap(graphics, paragraph, regular, width))
            {
                if (y > page.Height.Point - Margin)
                {
                    graphics.Dispose();
                    page = document.AddPage();
                    page.Size = PdfSharp.PageSize.A4;
                    graphics = XGraphics.FromPdfPage(page);
                    y = Margin;
                }

                graphics.DrawString(line, regular, XBrushes.Black, new XPoint(Margin, y));
                y += 15;
            }
        }

        graphics.Dispose();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static IEnumerable<string> Wrap(XGraphics graphics, string text, XFont font, double width)
    {
        var line = "";
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && graphics.MeasureString(candidate, font).Width > width)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        yield return line;
    }

    private static void EnsureFonts()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not SystemFontResolver)
            {
                GlobalFontSettings.FontResolver = new SystemFontResolver();
            }
        }
    }
}

/// <summary>
/// PDFsharp needs font files: this resolver uses DejaVu Sans or Liberation Sans from the machine's font folders
/// (Debian packages fonts-dejavu-core or fonts-liberation), or the file named by WAYPOINT_LETTER_FONT.
/// </summary>
public sealed class SystemFontResolver : IFontResolver
{
    public const string Family = "Waypoint Letter";

    private static readonly string[] RegularCandidates =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    ];

    private static readonly string[] BoldCandidates =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    ];

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "bold" : "regular");

    public byte[]? GetFont(string faceName)
    {
        var configured = Environment.GetEnvironmentVariable("WAYPOINT_LETTER_FONT");
        var candidates = (faceName == "bold" ? BoldCandidates : RegularCandidates).Prepend(configured);
        var path = candidates.FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p))
                   ?? RegularCandidates.FirstOrDefault(File.Exists)
                   ?? throw new InvalidOperationException("No font for printing letters: install the Debian package fonts-dejavu-core, or set WAYPOINT_LETTER_FONT to a TrueType font file.");
        return File.ReadAllBytes(path);
    }
}
