using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Waypoint.Web.Infrastructure.Govuk;

/// <summary>A table cell: text (encoded) or prepared HTML, with optional extra classes and attributes.</summary>
public sealed record TableCell(object? Content, string? Classes = null, IReadOnlyDictionary<string, string?>? Attributes = null)
{
    // Cast to object: a bare string would pick the record's copy constructor through this very conversion.
    public static implicit operator TableCell(string? text) => new((object?)text);

    public static TableCell Html(IHtmlContent html, string? classes = null, IReadOnlyDictionary<string, string?>? attributes = null) => new(html, classes, attributes);
}

public static partial class Govuk
{
    /// <summary>
    /// A GOV.UK table. With <paramref name="firstCellIsHeader"/> each row's first cell is a row header. The table is
    /// written straight to the page as it is rendered (rows are read then), never built as one string first: a caseload
    /// of a hundred people is a 100 KB table, and a string that size is a large-object allocation on every view.
    /// </summary>
    public static IHtmlContent Table(
        IEnumerable<TableCell>? head, IEnumerable<IEnumerable<TableCell>> rows, string? caption = null, string? captionClasses = null,
        bool firstCellIsHeader = false, string? classes = null) =>
        new TableHtml(head, rows, caption, captionClasses, firstCellIsHeader, classes);

    private sealed class TableHtml(
        IEnumerable<TableCell>? head, IEnumerable<IEnumerable<TableCell>> rows, string? caption, string? captionClasses, bool firstCellIsHeader, string? classes)
        : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            writer.Write("<table class=\"govuk-table");
            WriteClasses(writer, classes);
            writer.Write("\">");
            if (caption is not null)
            {
                writer.Write("<caption class=\"govuk-table__caption");
                WriteClasses(writer, captionClasses);
                writer.Write("\">");
                HtmlEncoder.Default.Encode(writer, caption);
                writer.Write("</caption>");
            }

            if (head is not null)
            {
                writer.Write("<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
                foreach (var cell in head)
                {
                    Cell(writer, "th", "govuk-table__header", cell, "col");
                }

                writer.Write("</tr></thead>");
            }

            writer.Write("<tbody class=\"govuk-table__body\">");
            foreach (var row in rows)
            {
                writer.Write("<tr class=\"govuk-table__row\">");
                var first = true;
                foreach (var cell in row)
                {
                    if (first && firstCellIsHeader)
                    {
                        Cell(writer, "th", "govuk-table__header", cell, "row");
                    }
                    else
                    {
                        Cell(writer, "td", "govuk-table__cell", cell, null);
                    }

                    first = false;
                }

                writer.Write("</tr>");
            }

            writer.Write("</tbody></table>");
        }

        private static void WriteClasses(TextWriter writer, string? extra)
        {
            if (extra is not null)
            {
                writer.Write(' ');
                HtmlEncoder.Default.Encode(writer, extra);
            }
        }

        private static void Attribute(TextWriter writer, string name, string? value)
        {
            writer.Write(' ');
            HtmlEncoder.Default.Encode(writer, name);
            writer.Write("=\"");
            HtmlEncoder.Default.Encode(writer, value ?? "");
            writer.Write('"');
        }

        private static void Cell(TextWriter writer, string tag, string baseClass, TableCell cell, string? scope)
        {
            writer.Write('<');
            writer.Write(tag);
            if (scope is not null)
            {
                writer.Write(" scope=\"");
                writer.Write(scope);
                writer.Write('"');
            }

            writer.Write(" class=\"");
            writer.Write(baseClass);
            WriteClasses(writer, cell.Classes);
            writer.Write('"');
            switch (cell.Attributes)
            {
                case Dictionary<string, string?> dictionary: // the usual kind, walked without boxing its enumerator for every cell
                    foreach (var (name, value) in dictionary)
                    {
                        Attribute(writer, name, value);
                    }

                    break;
                case { } attributes:
                    foreach (var (name, value) in attributes)
                    {
                        Attribute(writer, name, value);
                    }

                    break;
            }

            writer.Write('>');
            switch (cell.Content)
            {
                case HtmlString html:
                    writer.Write(html.Value);
                    break;
                case IHtmlContent html:
                    html.WriteTo(writer, HtmlEncoder.Default);
                    break;
                case var text:
                    HtmlEncoder.Default.Encode(writer, text?.ToString() ?? "");
                    break;
            }

            writer.Write("</");
            writer.Write(tag);
            writer.Write('>');
        }
    }

    /// <summary>A summary card: a titled box holding a summary list (or other content), with optional actions.</summary>
    public static IHtmlContent SummaryCard(string title, IHtmlContent content, IReadOnlyList<(string Text, string Href)>? actions = null, int headingLevel = 2)
    {
        var sb = new StringBuilder("<div class=\"govuk-summary-card\"><div class=\"govuk-summary-card__title-wrapper\">");
        sb.Append("<h").Append(headingLevel).Append(" class=\"govuk-summary-card__title\">").Append(E(title)).Append("</h").Append(headingLevel).Append('>');
        if (actions is { Count: 1 })
        {
            sb.Append("<div class=\"govuk-summary-card__actions\">").Append(CardAction(actions[0], title)).Append("</div>");
        }
        else if (actions is { Count: > 1 })
        {
            sb.Append("<ul class=\"govuk-summary-card__actions\">");
            foreach (var action in actions)
            {
                sb.Append("<li class=\"govuk-summary-card__action\">").Append(CardAction(action, title)).Append("</li>");
            }

            sb.Append("</ul>");
        }

        sb.Append("</div><div class=\"govuk-summary-card__content\">").Append(content.ToHtmlString()).Append("</div></div>");
        return new HtmlString(sb.ToString());
    }

    public static IHtmlContent SummaryCard(string title, IEnumerable<(string Key, object? Value)> rows, IReadOnlyList<(string Text, string Href)>? actions = null, int headingLevel = 2) =>
        SummaryCard(title, SummaryList(rows), actions, headingLevel);

    private static string CardAction((string Text, string Href) action, string title) =>
        $"<a class=\"govuk-link\" href=\"{E(action.Href)}\">{E(action.Text)}<span class=\"govuk-visually-hidden\"> ({E(title)})</span></a>";
}
