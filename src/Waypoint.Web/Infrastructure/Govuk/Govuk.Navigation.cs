using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Waypoint.Web.Infrastructure.Govuk;

/// <summary>A page link in GOV.UK pagination; <see cref="IsEllipsis"/> marks a gap.</summary>
public sealed record PageItem(int Number, string? Href, bool Current)
{
    public bool IsEllipsis => Href is null;

    public static PageItem Ellipsis { get; } = new(0, null, false);
}

public static partial class Govuk
{
    private const string PrevIcon = "<svg class=\"govuk-pagination__icon govuk-pagination__icon--prev\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\"><path d=\"m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z\"></path></svg>";
    private const string NextIcon = "<svg class=\"govuk-pagination__icon govuk-pagination__icon--next\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\"><path d=\"m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z\"></path></svg>";

    /// <summary>
    /// The page numbers to show for page <paramref name="current"/> of <paramref name="total"/>: the first, the last,
    /// the current page and its neighbours, with an ellipsis for each gap.
    /// </summary>
    public static IReadOnlyList<PageItem> PageItems(int current, int total, Func<int, string> href)
    {
        var numbers = new SortedSet<int> { 1, total, current - 1, current, current + 1 };
        numbers.RemoveWhere(n => n < 1 || n > total);
        var items = new List<PageItem>();
        var previous = 0;
        foreach (var n in numbers)
        {
            if (n - previous > 1)
            {
                items.Add(PageItem.Ellipsis);
            }

            items.Add(new PageItem(n, href(n), n == current));
            previous = n;
        }

        return items;
    }

    /// <summary>GOV.UK pagination. With no page numbers it is the block style (previous and next only).</summary>
    public static IHtmlContent Pagination(IReadOnlyList<PageItem> items, string? previousHref, string? nextHref, string label = "Pagination", string? previousText = null, string? nextText = null)
    {
        var block = items.Count == 0;
        var titleClass = block ? "govuk-pagination__link-title govuk-pagination__link-title--decorated" : "govuk-pagination__link-title";
        var sb = new StringBuilder();
        sb.Append("<nav class=\"govuk-pagination").Append(block ? " govuk-pagination--block" : "").Append("\" aria-label=\"").Append(E(label)).Append("\">");
        if (previousHref is not null)
        {
            sb.Append("<div class=\"govuk-pagination__prev\"><a class=\"govuk-link govuk-pagination__link\" href=\"").Append(E(previousHref)).Append("\" rel=\"prev\">")
              .Append(PrevIcon).Append("<span class=\"").Append(titleClass).Append("\">")
              .Append(previousText is null ? "Previous<span class=\"govuk-visually-hidden\"> page</span>" : E(previousText)).Append("</span></a></div>");
        }

        if (!block)
        {
            sb.Append("<ul class=\"govuk-pagination__list\">");
            foreach (var item in items)
            {
                if (item.IsEllipsis)
                {
                    sb.Append("<li class=\"govuk-pagination__item govuk-pagination__item--ellipsis\">&ctdot;</li>");
                    continue;
                }

                sb.Append("<li class=\"govuk-pagination__item").Append(item.Current ? " govuk-pagination__item--current" : "").Append("\">")
                  .Append("<a class=\"govuk-link govuk-pagination__link\" href=\"").Append(E(item.Href)).Append("\" aria-label=\"Page ").Append(item.Number).Append('"')
                  .Append(item.Current ? " aria-current=\"page\"" : "").Append('>').Append(item.Number).Append("</a></li>");
            }

            sb.Append("</ul>");
        }

        if (nextHref is not null)
        {
            var title = $"<span class=\"{titleClass}\">{(nextText is null ? "Next<span class=\"govuk-visually-hidden\"> page</span>" : E(nextText))}</span>";
            sb.Append("<div class=\"govuk-pagination__next\"><a class=\"govuk-link govuk-pagination__link\" href=\"").Append(E(nextHref)).Append("\" rel=\"next\">")
              .Append(block ? NextIcon + title : title + NextIcon).Append("</a></div>");
        }

        sb.Append("</nav>");
        return new HtmlString(sb.ToString());
    }

    /// <summary>A summary list of key and value rows; a value may be text or prepared HTML.</summary>
    public static IHtmlContent SummaryList(IEnumerable<(string Key, object? Value)> rows)
    {
        var sb = new StringBuilder("<dl class=\"govuk-summary-list\">");
        foreach (var (key, value) in rows)
        {
            sb.Append("<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">").Append(E(key)).Append("</dt><dd class=\"govuk-summary-list__value\">");
            if (value is IHtmlContent html)
            {
                sb.Append(html.ToHtmlString());
            }
            else
            {
                sb.Append(E(value?.ToString()));
            }

            sb.Append("</dd></div>");
        }

        sb.Append("</dl>");
        return new HtmlString(sb.ToString());
    }

    public static IHtmlContent SuccessBanner(string heading, string titleId = "govuk-notification-banner-title") =>
        new HtmlString($"<div class=\"govuk-notification-banner govuk-notification-banner--success\" role=\"alert\" aria-labelledby=\"{E(titleId)}\" data-module=\"govuk-notification-banner\"><div class=\"govuk-notification-banner__header\"><h2 class=\"govuk-notification-banner__title\" id=\"{E(titleId)}\">Success</h2></div><div class=\"govuk-notification-banner__content\"><p class=\"govuk-notification-banner__heading\">{E(heading)}</p></div></div>");

    public static IHtmlContent BackLink(string href, string text = "Back") =>
        new HtmlString($"<a href=\"{E(href)}\" class=\"govuk-back-link\">{E(text)}</a>");
}

public static class HtmlContentExtensions
{
    /// <summary>Renders a component to a string, to place it inside another component's value.</summary>
    public static string ToHtmlString(this IHtmlContent content)
    {
        if (content is HtmlString html)
        {
            return html.Value ?? "";
        }

        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
