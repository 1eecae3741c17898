using System.Text;
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
    /// <summary>A GOV.UK table. With <paramref name="firstCellIsHeader"/> each row's first cell is a row header.</summary>
    public static IHtmlContent Table(
        IEnumerable<TableCell>? head, IEnumerable<IEnumerable<TableCell>> rows, string? caption = null, string? captionClasses = null,
        bool firstCellIsHeader = false, string? classes = null)
    {
        var sb = new StringBuilder();
        sb.Append("<table class=\"govuk-table").Append(classes is null ? "" : " " + E(classes)).Append("\">");
        if (caption is not null)
        {
            sb.Append("<caption class=\"govuk-table__caption").Append(captionClasses is null ? "" : " " + E(captionClasses)).Append("\">").Append(E(caption)).Append("</caption>");
        }

        if (head is not null)
        {
            sb.Append("<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
            foreach (var cell in head)
            {
                Cell(sb, "th", "govuk-table__header", cell, "col");
            }

            sb.Append("</tr></thead>");
        }

        sb.Append("<tbody class=\"govuk-table__body\">");
        foreach (var row in rows)
        {
            sb.Append("<tr class=\"govuk-table__row\">");
            var first = true;
            foreach (var cell in row)
            {
                if (first && firstCellIsHeader)
                {
                    Cell(sb, "th", "govuk-table__header", cell, "row");
                }
                else
                {
                    Cell(sb, "td", "govuk-table__cell", cell, null);
                }

                first = false;
            }

            sb.Append("</tr>");
        }

        sb.Append("</tbody></table>");
        return new HtmlString(sb.ToString());
    }

    private static void Cell(StringBuilder sb, string tag, string baseClass, TableCell cell, string? scope)
    {
        sb.Append('<').Append(tag);
        if (scope is not null)
        {
            sb.Append(" scope=\"").Append(scope).Append('"');
        }

        sb.Append(" class=\"").Append(baseClass).Append(cell.Classes is null ? "" : " " + E(cell.Classes)).Append('"');
        foreach (var (name, value) in cell.Attributes ?? new Dictionary<string, string?>())
        {
            sb.Append(' ').Append(E(name)).Append("=\"").Append(E(value)).Append('"');
        }

        sb.Append('>').Append(cell.Content is IHtmlContent html ? html.ToHtmlString() : E(cell.Content?.ToString())).Append("</").Append(tag).Append('>');
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
