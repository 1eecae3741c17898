using Waypoint.Domain.Workload;

namespace Waypoint.Domain.Tests.Workload;

public class BankHolidaysTests
{
    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")]
    public void Easter_sunday(int year, string easter) => BankHolidays.EasterSunday(year).ShouldBe(DateOnly.Parse(easter));

    [Fact]
    public void England_and_wales_2026_by_the_standing_rules()
    {
        BankHolidays.For(2026).ShouldBe([
            new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 3), new DateOnly(2026, 4, 6), new DateOnly(2026, 5, 4), new DateOnly(2026, 5, 25),
            new DateOnly(2026, 8, 31), new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 28),
        ]);
    }

    [Fact]
    public void Christmas_at_a_weekend_moves_both_days_on()
    {
        // 2027: Christmas Day is a Saturday and Boxing Day a Sunday, so the holidays are Monday 27 and Tuesday 28.
        BankHolidays.For(2027).ShouldContain(new DateOnly(2027, 12, 27));
        BankHolidays.For(2027).ShouldContain(new DateOnly(2027, 12, 28));
        // 2022: New Year's Day a Saturday, so Monday 3 January.
        BankHolidays.For(2022).ShouldContain(new DateOnly(2022, 1, 3));
    }

    [Fact]
    public void Working_days_skip_bank_holidays_and_the_services_own_days()
    {
        WorkingDays.Between(new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 29)).ShouldBe(1); // only the 29th: 25th and 28th are holidays, 26th-27th a weekend
        WorkingDays.Between(new DateOnly(2026, 4, 2), new DateOnly(2026, 4, 7)).ShouldBe(1); // Good Friday and Easter Monday off
        WorkingDays.Between(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 3), new HashSet<DateOnly> { new(2026, 6, 2) }).ShouldBe(1);
    }
}
