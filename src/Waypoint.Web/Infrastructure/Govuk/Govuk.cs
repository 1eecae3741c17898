using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Waypoint.Web.Infrastructure.Govuk;

public sealed record GovukItem(string Value, string Text, bool Selected = false, string? Hint = null);

/// <summary>
/// GOV.UK Design System components rendered as govuk-frontend 6's macros render them (checked against the
/// package's fixtures.json in tests), so every form in Waypoint has the same labels, hints and error messages.
/// </summary>
public static partial class Govuk
{
    private static string E(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);

    public static IHtmlContent ErrorSummary(IEnumerable<(string Text, string Href)> errors, string title = "There is a problem")
    {
        var list = errors.ToList();
        if (list.Count == 0)
        {
            return HtmlString.Empty;
        }

        var sb = new StringBuilder();
        sb.Append("<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\">");
        sb.Append("<h2 class=\"govuk-error-summary__title\">").Append(E(title)).Append("</h2>");
        sb.Append("<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">");
        foreach (var (text, href) in list)
        {
            sb.Append("<li><a href=\"").Append(E(href)).Append("\">").Append(E(text)).Append("</a></li>");
        }

        sb.Append("</ul></div></div></div>");
        return new HtmlString(sb.ToString());
    }

    public static IHtmlContent ErrorMessage(string text, string? id = null) =>
        new HtmlString($"<p{(id is null ? "" : $" id=\"{E(id)}\"")} class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {E(text)}</p>");

    public static IHtmlContent Input(
        string name, string label, string? value = null, string? id = null, string? hint = null, string? error = null,
        string? classes = null, string type = "text", string? autocomplete = null, string? inputMode = null,
        bool? spellcheck = null, bool labelIsPageHeading = false)
    {
        id ??= name;
        var sb = new StringBuilder();
        OpenFormGroup(sb, error);
        Label(sb, id, label, labelIsPageHeading);
        var describedBy = HintAndError(sb, id, hint, error);
        sb.Append("<input class=\"govuk-input").Append(classes is null ? "" : " " + E(classes)).Append(error is null ? "" : " govuk-input--error").Append('"');
        sb.Append(" id=\"").Append(E(id)).Append("\" name=\"").Append(E(name)).Append("\" type=\"").Append(E(type)).Append('"');
        if (!string.IsNullOrEmpty(value))
        {
            sb.Append(" value=\"").Append(E(value)).Append('"');
        }

        if (spellcheck is not null)
        {
            sb.Append(" spellcheck=\"").Append(spellcheck.Value ? "true" : "false").Append('"');
        }

        AppendDescribedBy(sb, describedBy);
        if (autocomplete is not null)
        {
            sb.Append(" autocomplete=\"").Append(E(autocomplete)).Append('"');
        }

        if (inputMode is not null)
        {
            sb.Append(" inputmode=\"").Append(E(inputMode)).Append('"');
        }

        sb.Append("></div>");
        return new HtmlString(sb.ToString());
    }

    public static IHtmlContent Textarea(string name, string label, string? value = null, string? id = null, string? hint = null, string? error = null, int rows = 5)
    {
        id ??= name;
        var sb = new StringBuilder();
        OpenFormGroup(sb, error);
        Label(sb, id, label, false);
        var describedBy = HintAndError(sb, id, hint, error);
        sb.Append("<textarea class=\"govuk-textarea").Append(error is null ? "" : " govuk-textarea--error").Append('"');
        sb.Append(" id=\"").Append(E(id)).Append("\" name=\"").Append(E(name)).Append("\" rows=\"").Append(rows).Append('"');
        AppendDescribedBy(sb, describedBy);
        sb.Append('>').Append(E(value)).Append("</textarea></div>");
        return new HtmlString(sb.ToString());
    }

    public static IHtmlContent Select(string name, string label, IEnumerable<GovukItem> items, string? id = null, string? hint = null, string? error = null)
    {
        id ??= name;
        var sb = new StringBuilder();
        OpenFormGroup(sb, error);
        Label(sb, id, label, false);
        var describedBy = HintAndError(sb, id, hint, error);
        sb.Append("<select class=\"govuk-select").Append(error is null ? "" : " govuk-select--error").Append('"');
        sb.Append(" id=\"").Append(E(id)).Append("\" name=\"").Append(E(name)).Append('"');
        AppendDescribedBy(sb, describedBy);
        sb.Append('>');
        foreach (var item in items)
        {
            sb.Append("<option value=\"").Append(E(item.Value)).Append('"').Append(item.Selected ? " selected" : "").Append('>').Append(E(item.Text)).Append("</option>");
        }

        sb.Append("</select></div>");
        return new HtmlString(sb.ToString());
    }

    public static IHtmlContent Radios(string name, string legend, IEnumerable<GovukItem> items, string? idPrefix = null, string? hint = null, string? error = null, string? classes = null) =>
        Choices("radios", "radio", name, legend, items, idPrefix, hint, error, classes);

    public static IHtmlContent Checkboxes(string name, string legend, IEnumerable<GovukItem> items, string? idPrefix = null, string? hint = null, string? error = null, string? classes = null) =>
        Choices("checkboxes", "checkbox", name, legend, items, idPrefix, hint, error, classes);

    private static IHtmlContent Choices(string kind, string inputType, string name, string legend, IEnumerable<GovukItem> items, string? idPrefix, string? hint, string? error, string? classes)
    {
        idPrefix ??= name;
        var sb = new StringBuilder();
        OpenFormGroup(sb, error);
        var inner = new StringBuilder();
        var describedBy = HintAndError(inner, idPrefix, hint, error);
        sb.Append("<fieldset class=\"govuk-fieldset\"");
        AppendDescribedBy(sb, describedBy);
        sb.Append("><legend class=\"govuk-fieldset__legend\">").Append(E(legend)).Append("</legend>");
        sb.Append(inner);
        sb.Append("<div class=\"govuk-").Append(kind).Append(classes is null ? "" : " " + E(classes)).Append("\" data-module=\"govuk-").Append(kind).Append("\">");
        var index = 0;
        foreach (var item in items)
        {
            index++;
            var itemId = index == 1 ? idPrefix : $"{idPrefix}-{index}";
            sb.Append("<div class=\"govuk-").Append(kind).Append("__item\">");
            sb.Append("<input class=\"govuk-").Append(kind).Append("__input\" id=\"").Append(E(itemId)).Append("\" name=\"").Append(E(name))
              .Append("\" type=\"").Append(inputType).Append("\" value=\"").Append(E(item.Value)).Append('"').Append(item.Selected ? " checked" : "");
            if (item.Hint is not null)
            {
                sb.Append(" aria-describedby=\"").Append(E(itemId)).Append("-item-hint\"");
            }

            sb.Append('>');
            sb.Append("<label class=\"govuk-label govuk-").Append(kind).Append("__label\" for=\"").Append(E(itemId)).Append("\">").Append(E(item.Text)).Append("</label>");
            if (item.Hint is not null)
            {
                sb.Append("<div id=\"").Append(E(itemId)).Append("-item-hint\" class=\"govuk-hint govuk-").Append(kind).Append("__hint\">").Append(E(item.Hint)).Append("</div>");
            }

            sb.Append("</div>");
        }

        sb.Append("</div></fieldset></div>");
        return new HtmlString(sb.ToString());
    }

    /// <summary>Day, month and year boxes. Field names are "{namePrefix}.Day" etc. so they bind to a <see cref="DateParts"/>.</summary>
    public static IHtmlContent DateInput(string id, string? namePrefix, string legend, DateParts? value = null, string? hint = null, string? error = null, bool legendIsPageHeading = false, bool errorDay = false, bool errorMonth = false, bool errorYear = false)
    {
        var sb = new StringBuilder();
        OpenFormGroup(sb, error);
        var inner = new StringBuilder();
        var describedBy = HintAndError(inner, id, hint, error);
        sb.Append("<fieldset class=\"govuk-fieldset\" role=\"group\"");
        AppendDescribedBy(sb, describedBy);
        sb.Append("><legend class=\"govuk-fieldset__legend").Append(legendIsPageHeading ? " govuk-fieldset__legend--l" : "").Append("\">");
        sb.Append(legendIsPageHeading ? $"<h1 class=\"govuk-fieldset__heading\">{E(legend)}</h1>" : E(legend)).Append("</legend>");
        sb.Append(inner);
        sb.Append("<div class=\"govuk-date-input\" id=\"").Append(E(id)).Append("\">");
        var allError = error is not null && !errorDay && !errorMonth && !errorYear;
        DatePart(sb, id, namePrefix, "day", "Day", value?.Day, 2, allError || errorDay);
        DatePart(sb, id, namePrefix, "month", "Month", value?.Month, 2, allError || errorMonth);
        DatePart(sb, id, namePrefix, "year", "Year", value?.Year, 4, allError || errorYear);
        sb.Append("</div></fieldset></div>");
        return new HtmlString(sb.ToString());
    }

    private static void DatePart(StringBuilder sb, string id, string? namePrefix, string part, string label, string? value, int width, bool error)
    {
        var partName = namePrefix is null ? part : $"{namePrefix}.{char.ToUpperInvariant(part[0])}{part[1..]}";
        sb.Append("<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">");
        sb.Append("<label class=\"govuk-label govuk-date-input__label\" for=\"").Append(E(id)).Append('-').Append(part).Append("\">").Append(label).Append("</label>");
        sb.Append("<input class=\"govuk-input govuk-date-input__input").Append(error ? " govuk-input--error" : "").Append(" govuk-input--width-").Append(width).Append('"');
        sb.Append(" id=\"").Append(E(id)).Append('-').Append(part).Append("\" name=\"").Append(E(partName)).Append("\" type=\"text\"");
        if (!string.IsNullOrEmpty(value))
        {
            sb.Append(" value=\"").Append(E(value)).Append('"');
        }

        sb.Append(" inputmode=\"numeric\"></div></div>");
    }

    public static IHtmlContent Button(string text, string? classes = null, string? name = null, string? value = null) =>
        new HtmlString($"<button type=\"submit\"{(name is null ? "" : $" name=\"{E(name)}\"")}{(value is null ? "" : $" value=\"{E(value)}\"")} class=\"govuk-button{(classes is null ? "" : " " + E(classes))}\" data-module=\"govuk-button\">{E(text)}</button>");

    public static IHtmlContent Tag(string text, string? classes = null) =>
        new HtmlString($"<strong class=\"govuk-tag{(classes is null ? "" : " " + E(classes))}\">{E(text)}</strong>");

    private static void OpenFormGroup(StringBuilder sb, string? error) =>
        sb.Append("<div class=\"govuk-form-group").Append(error is null ? "" : " govuk-form-group--error").Append("\">");

    private static void Label(StringBuilder sb, string id, string label, bool isPageHeading)
    {
        if (isPageHeading)
        {
            sb.Append("<h1 class=\"govuk-label-wrapper\"><label class=\"govuk-label govuk-label--l\" for=\"").Append(E(id)).Append("\">").Append(E(label)).Append("</label></h1>");
        }
        else
        {
            sb.Append("<label class=\"govuk-label\" for=\"").Append(E(id)).Append("\">").Append(E(label)).Append("</label>");
        }
    }

    private static string? HintAndError(StringBuilder sb, string id, string? hint, string? error)
    {
        var describedBy = new List<string>();
        if (hint is not null)
        {
            sb.Append("<div id=\"").Append(E(id)).Append("-hint\" class=\"govuk-hint\">").Append(E(hint)).Append("</div>");
            describedBy.Add($"{id}-hint");
        }

        if (error is not null)
        {
            sb.Append(ErrorMessage(error, $"{id}-error"));
            describedBy.Add($"{id}-error");
        }

        return describedBy.Count == 0 ? null : string.Join(' ', describedBy);
    }

    private static void AppendDescribedBy(StringBuilder sb, string? describedBy)
    {
        if (describedBy is not null)
        {
            sb.Append(" aria-describedby=\"").Append(E(describedBy)).Append('"');
        }
    }
}

/// <summary>The three boxes of a GOV.UK date input, kept as typed so a mistake is shown back as entered.</summary>
public sealed class DateParts
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public static DateParts From(DateOnly? date) => date is { } d
        ? new DateParts { Day = d.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), Month = d.Month.ToString(System.Globalization.CultureInfo.InvariantCulture), Year = d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) }
        : new DateParts();

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>Parses the boxes, or explains what is wrong in GOV.UK's words.</summary>
    public DateOnly? TryGetDate(string what, out string? error)
    {
        error = null;
        if (IsEmpty)
        {
            error = $"Enter {what}";
            return null;
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(Day)) missing.Add("day");
        if (string.IsNullOrWhiteSpace(Month)) missing.Add("month");
        if (string.IsNullOrWhiteSpace(Year)) missing.Add("year");
        if (missing.Count > 0)
        {
            error = $"{char.ToUpperInvariant(what[0])}{what[1..]} must include a {string.Join(" and ", missing)}";
            return null;
        }

        if (!int.TryParse(Day!.Trim(), out var day) || !int.TryParse(Month!.Trim(), out var month) || !int.TryParse(Year!.Trim(), out var year)
            || Year.Trim().Length != 4 || month is < 1 or > 12 || year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = $"{char.ToUpperInvariant(what[0])}{what[1..]} must be a real date";
            return null;
        }

        return new DateOnly(year, month, day);
    }
}
