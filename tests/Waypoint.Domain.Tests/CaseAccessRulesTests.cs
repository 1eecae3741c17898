using Waypoint.Domain.Access;

namespace Waypoint.Domain.Tests;

public class CaseAccessRulesTests
{
    private const int Me = 10;
    private const int Colleague = 20;

    [Fact]
    public void A_case_with_no_lists_is_open_to_everyone() =>
        CaseAccessRules.Decide(Me, []).ShouldBe(CaseAccessDecision.Allowed);

    [Fact]
    public void Named_on_the_exclusion_list_means_excluded() =>
        CaseAccessRules.Decide(Me, [new(CaseAccessListKind.Exclusion, Me)]).ShouldBe(CaseAccessDecision.Excluded);

    [Fact]
    public void Someone_else_excluded_does_not_affect_me() =>
        CaseAccessRules.Decide(Me, [new(CaseAccessListKind.Exclusion, Colleague)]).ShouldBe(CaseAccessDecision.Allowed);

    [Fact]
    public void A_restriction_list_admits_only_the_named() =>
        CaseAccessRules.Decide(Me, [new(CaseAccessListKind.Restriction, Colleague)]).ShouldBe(CaseAccessDecision.NotOnRestrictionList);

    [Fact]
    public void Named_on_the_restriction_list_is_allowed() =>
        CaseAccessRules.Decide(Me, [new(CaseAccessListKind.Restriction, Colleague), new(CaseAccessListKind.Restriction, Me)]).ShouldBe(CaseAccessDecision.Allowed);

    [Fact]
    public void Exclusion_beats_restriction() =>
        CaseAccessRules.Decide(Me, [new(CaseAccessListKind.Restriction, Me), new(CaseAccessListKind.Exclusion, Me)]).ShouldBe(CaseAccessDecision.Excluded);

    [Fact]
    public void A_caller_without_a_staff_identity_is_refused_any_limited_access_case()
    {
        CaseAccessRules.Decide(null, [new(CaseAccessListKind.Exclusion, Colleague)]).ShouldBe(CaseAccessDecision.NotOnRestrictionList);
        CaseAccessRules.Decide(null, []).ShouldBe(CaseAccessDecision.Allowed);
    }
}

public class CaseChangeRulesTests
{
    private static readonly CaseChangeContext Case = new(ResponsibleStaffMemberId: 1, ResponsibleTeamId: 100, ResponsiblePduId: 1000);

    [Fact]
    public void The_responsible_practitioner_may_change() =>
        CaseChangeRules.MayChange(new ChangingUser(1, 999, 9999, false, false, false), Case).ShouldBeTrue();

    [Fact]
    public void Anyone_in_the_responsible_team_may_change() =>
        CaseChangeRules.MayChange(new ChangingUser(2, 100, 1000, false, false, false), Case).ShouldBeTrue();

    [Fact]
    public void A_practitioner_in_another_team_of_the_pdu_may_not() =>
        CaseChangeRules.MayChange(new ChangingUser(3, 101, 1000, false, false, false), Case).ShouldBeFalse();

    [Fact]
    public void The_head_of_the_pdu_may_change() =>
        CaseChangeRules.MayChange(new ChangingUser(4, 101, 1000, false, true, false), Case).ShouldBeTrue();

    [Fact]
    public void A_head_of_another_pdu_may_not() =>
        CaseChangeRules.MayChange(new ChangingUser(5, 200, 2000, false, true, false), Case).ShouldBeFalse();

    [Fact]
    public void An_administrator_may_change() =>
        CaseChangeRules.MayChange(new ChangingUser(null, null, null, false, false, true), Case).ShouldBeTrue();

    [Fact]
    public void An_unallocated_case_may_be_changed_by_anyone_in_its_pdu() =>
        CaseChangeRules.MayChange(new ChangingUser(3, 101, 1000, false, false, false), Case with { ResponsibleStaffMemberId = null }).ShouldBeTrue();
}
