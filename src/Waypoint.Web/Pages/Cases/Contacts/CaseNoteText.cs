using Waypoint.Data.Configurations;

namespace Waypoint.Web.Pages.Cases.Contacts;

/// <summary>The one rule for a case note's text, shared by adding and correcting a note.</summary>
public static class CaseNoteText
{
    /// <summary>Returns the trimmed text, or null with the GOV.UK message explaining what is wrong.</summary>
    public static string? Validate(string? notes, out string? error)
    {
        var trimmed = notes?.Trim();
        error = string.IsNullOrEmpty(trimmed) ? "Enter the case note"
            : trimmed.Length > ContactConfiguration.MaxNotesLength ? $"Case note must be {ContactConfiguration.MaxNotesLength:N0} characters or fewer (it is {trimmed.Length:N0})"
            : null;
        return error is null ? trimmed : null;
    }
}
