using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Govuk;

namespace Waypoint.Web.Pages.Admin;

/// <summary>The date a new version of a service table (contact standard, workload weights) takes effect.</summary>
public static class VersionDate
{
    /// <summary>Today or later, and not a date another version already starts on; otherwise the error is added.</summary>
    public static DateOnly? Read(DateParts parts, IEnumerable<DateOnly> taken, List<(string Text, string Href)> errors)
    {
        var from = parts.TryGetDate("the date it takes effect", out var error);
        if (error is null && from < Display.Today)
        {
            error = "The date it takes effect must be today or in the future";
        }

        if (error is null && taken.Contains(from!.Value))
        {
            error = "A version already takes effect on that date: choose another date";
        }

        if (error is not null)
        {
            errors.Add((error, "#effective-from-day"));
        }

        return error is null ? from : null;
    }
}
