using Waypoint.Web.Infrastructure;

namespace Waypoint.Web.Tests;

public class DisplayTests
{
    [Theory]
    // Winter: UK time is UTC.
    [InlineData("2026-01-15T10:00:00Z", "15 January 2026 at 10am")]
    [InlineData("2026-01-15T14:05:00Z", "15 January 2026 at 2:05pm")]
    [InlineData("2026-01-15T00:30:00Z", "15 January 2026 at 12:30am")]
    // Summer: UK time is UTC+1.
    [InlineData("2026-07-01T11:00:00Z", "1 July 2026 at 12pm")]
    public void Times_are_shown_in_uk_time_in_govuk_style(string utc, string expected) =>
        Display.DateAndTime(DateTime.Parse(utc, null, System.Globalization.DateTimeStyles.AdjustToUniversal)).ShouldBe(expected);

    [Fact]
    public void Short_form_on_the_hour() =>
        Display.ShortDateTime(new DateTime(2026, 3, 3, 9, 0, 0, DateTimeKind.Utc)).ShouldBe("3 Mar 2026, 9am");

    [Fact]
    public void Missing_values_say_so()
    {
        Display.DateAndTime(null).ShouldBe("None");
        Display.Date(null).ShouldBe("Not known");
    }

    [Theory]
    [InlineData("NoFixedAbode", "No fixed abode")]
    [InlineData("Sms", "Sms")]
    public void Enum_names_read_as_words(string name, string expected) => Display.Words(name).ShouldBe(expected);

    [Fact]
    public void Age_counts_whole_years() =>
        Display.Age(new DateOnly(1990, 5, 17), new DateOnly(2026, 5, 16)).ShouldBe(35);
}
