using Waypoint.Domain.Organisation;
using Waypoint.Domain.Sentencing;

namespace Waypoint.Domain.Tests;

public class RegistrationTests
{
    [Fact]
    public void Mappa_is_named_with_category_and_level() =>
        RegistrationNames.Describe(RegistrationType.Mappa, 2, 3).ShouldBe("MAPPA category 2, level 3");

    [Fact]
    public void Every_flag_has_a_name_in_words()
    {
        foreach (var type in Enum.GetValues<RegistrationType>())
        {
            RegistrationNames.Describe(type).ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Theory]
    [InlineData(RegistrationType.Mappa, 1, 1, true)]
    [InlineData(RegistrationType.Mappa, 3, 3, true)]
    [InlineData(RegistrationType.Mappa, 4, 1, false)]
    [InlineData(RegistrationType.Mappa, 1, 0, false)]
    [InlineData(RegistrationType.Mappa, null, 1, false)]
    [InlineData(RegistrationType.RiskToStaff, null, null, true)]
    [InlineData(RegistrationType.RiskToStaff, 1, 1, false)]
    public void Mappa_category_and_level_run_from_1_to_3_and_only_for_mappa(RegistrationType type, int? category, int? level, bool valid) =>
        RegistrationNames.IsValidMappa(type, category, level).ShouldBe(valid);

    [Theory]
    [InlineData(VettingLevel.SecurityCheck, 10, true)]
    [InlineData(VettingLevel.DevelopedVetting, 0, true)]
    [InlineData(VettingLevel.SecurityCheck, -1, false)]
    [InlineData(VettingLevel.CounterTerrorismCheck, 100, false)]
    [InlineData(VettingLevel.Bpss, 100, false)]
    public void Visor_detail_needs_current_security_check_vetting(VettingLevel level, int daysUntilExpiry, bool expected)
    {
        var today = new DateOnly(2026, 11, 22);
        VettingRules.MaySeeVisorDetail(level, today.AddDays(daysUntilExpiry), today).ShouldBe(expected);
    }

    [Fact]
    public void Visor_detail_is_withheld_when_vetting_is_unknown() =>
        VettingRules.MaySeeVisorDetail(null, null, new DateOnly(2026, 11, 22)).ShouldBeFalse();

    [Theory]
    [InlineData(Grade.Pso, true)]
    [InlineData(Grade.Po, true)]
    [InlineData(Grade.Pqip, true)]
    [InlineData(Grade.Spo, false)]
    [InlineData(Grade.HeadOfPdu, false)]
    [InlineData(Grade.Administrator, false)]
    public void Only_practitioner_grades_hold_cases(Grade grade, bool holds) => GradeNames.HoldsCases(grade).ShouldBe(holds);
}
