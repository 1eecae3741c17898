using Waypoint.Domain.Workforce;

namespace Waypoint.Domain.Tests.Workforce;

public class WorkforceMeasuresTests
{
    [Theory]
    [InlineData(37, 1.00)]
    [InlineData(22.5, 0.61)] // 22.5 ÷ 37 = 0.608
    [InlineData(18.5, 0.50)]
    [InlineData(0, 0)]
    public void Full_time_equivalent_is_contracted_hours_over_37(decimal hours, decimal expected) =>
        WorkforceMeasures.Fte(hours).ShouldBe(expected);

    [Fact]
    public void The_fte_a_caseload_needs_is_its_points_over_the_nominal_target()
    {
        WorkforceMeasures.FteForPoints(21_760, 2176).ShouldBe(10.0m);
        WorkforceMeasures.FteForPoints(5_000, 2176).ShouldBe(2.3m); // 2.298
        WorkforceMeasures.FteForPoints(5_000, 0).ShouldBe(0m);
    }

    [Fact]
    public void A_vacancy_is_funded_fte_not_filled_and_never_negative()
    {
        WorkforceMeasures.Vacancy(8m, 6.5m).ShouldBe(1.5m);
        WorkforceMeasures.Vacancy(5m, 6m).ShouldBe(0m);
    }

    [Fact]
    public void In_post_counts_the_start_and_the_last_day()
    {
        var day = new DateOnly(2026, 6, 30);
        WorkforceMeasures.InPost(day, null, day).ShouldBeTrue();
        WorkforceMeasures.InPost(day.AddDays(1), null, day).ShouldBeFalse();
        WorkforceMeasures.InPost(null, day, day).ShouldBeTrue();
        WorkforceMeasures.InPost(null, day.AddDays(-1), day).ShouldBeFalse();
    }

    [Fact]
    public void A_trainees_protection_ends_the_day_before_18_months_from_the_start() =>
        WorkforceMeasures.TraineeProtectionEnds(new DateOnly(2026, 1, 15)).ShouldBe(new DateOnly(2027, 7, 14));

    [Fact]
    public void Working_days_in_a_window_skip_weekends_and_bank_holidays()
    {
        // Monday 2 to Friday 13 November 2026: two working weeks; from Wednesday 4th, eight days.
        WorkforceMeasures.WorkingDaysWithin(new(2026, 11, 2), new(2026, 11, 13), new(2026, 1, 1), new(2026, 12, 31)).ShouldBe(10);
        WorkforceMeasures.WorkingDaysWithin(new(2026, 11, 2), new(2026, 11, 13), new(2026, 11, 4), new(2026, 12, 31)).ShouldBe(8);
        // 21 December 2026 to 1 January 2027: ten weekdays less Christmas Day, the Boxing Day substitute (Monday 28th) and New Year's Day.
        WorkforceMeasures.WorkingDaysWithin(new(2026, 12, 21), new(2027, 1, 1), new(2026, 1, 1), new(2027, 12, 31)).ShouldBe(7);
        WorkforceMeasures.WorkingDaysWithin(new(2026, 11, 2), new(2026, 11, 13), new(2026, 12, 1), new(2026, 12, 31)).ShouldBe(0);
    }

    [Fact]
    public void Long_term_sickness_is_a_spell_of_more_than_20_working_days()
    {
        WorkforceMeasures.IsLongTerm(new(2026, 11, 2), new(2026, 11, 27)).ShouldBeFalse(); // exactly 20
        WorkforceMeasures.IsLongTerm(new(2026, 11, 2), new(2026, 11, 30)).ShouldBeTrue(); // 21
    }

    [Fact]
    public void Sickness_per_fte_weights_days_by_fte_and_counts_the_long_term_share()
    {
        // November 2026. A: full time, 2–27 November, 20 days, short-term. B: half time, 1 October to 30 November
        // (43 working days, long-term), of which 21 fall in November: 10.5 FTE days. 30.5 FTE days over 8 FTE = 3.8125.
        var result = WorkforceMeasures.Sickness(
            [new(new(2026, 11, 2), new(2026, 11, 27), 1m), new(new(2026, 10, 1), new(2026, 11, 30), 0.5m), new(new(2026, 9, 1), new(2026, 9, 4), 1m)],
            new(2026, 11, 1), new(2026, 11, 30), 8m);
        result.FteDaysLost.ShouldBe(30.5m);
        result.DaysPerFte.ShouldBe(3.8m);
        result.LongTermShare.ShouldBe(0.344m); // 10.5 ÷ 30.5
        result.Spells.ShouldBe(2); // the September spell is outside the window
        result.LongTermSpells.ShouldBe(1);
    }

    [Fact]
    public void No_sickness_and_no_staff_give_no_rates()
    {
        var none = WorkforceMeasures.Sickness([], new(2026, 1, 1), new(2026, 12, 31), 0m);
        none.DaysPerFte.ShouldBeNull();
        none.LongTermShare.ShouldBeNull();
    }

    [Fact]
    public void Turnover_is_leavers_over_the_average_headcount()
    {
        WorkforceMeasures.TurnoverPercent(3, 24m).ShouldBe(12.5m);
        WorkforceMeasures.TurnoverPercent(3, 0m).ShouldBeNull();
    }

    [Fact]
    public void The_trend_has_twelve_month_ends_ending_today()
    {
        var ends = WorkforceMeasures.MonthEnds(new DateOnly(2026, 11, 22));
        ends.Count.ShouldBe(12);
        ends[0].ShouldBe(new DateOnly(2025, 12, 31));
        ends[10].ShouldBe(new DateOnly(2026, 10, 31));
        ends[11].ShouldBe(new DateOnly(2026, 11, 22));
    }
}
