namespace Waypoint.Domain.Access;

public enum CaseAccessListKind
{
    /// <summary>Named staff who must not see the record (e.g. a neighbour or relative of the person).</summary>
    Exclusion = 1,
    /// <summary>Only the named staff may see the record.</summary>
    Restriction,
}

public enum CaseAccessDecision
{
    Allowed = 1,
    /// <summary>The user is on the case's exclusion list.</summary>
    Excluded,
    /// <summary>The case has a restriction list and the user is not on it.</summary>
    NotOnRestrictionList,
}

/// <summary>One entry of a case's exclusion or restriction list.</summary>
public readonly record struct CaseAccessListEntry(CaseAccessListKind Kind, int StaffMemberId);

/// <summary>
/// The limited-access rule for one case. Exclusion beats restriction: a person named on both lists is excluded.
/// A caller with no staff identity (an API client) cannot be named on either list, so it is refused every
/// limited-access case: a client serving an excluded member of staff must not become a way round the exclusion.
/// </summary>
public static class CaseAccessRules
{
    public static CaseAccessDecision Decide(int? staffMemberId, IEnumerable<CaseAccessListEntry> entries)
    {
        if (staffMemberId is null)
        {
            return entries.Any() ? CaseAccessDecision.NotOnRestrictionList : CaseAccessDecision.Allowed;
        }

        var hasRestriction = false;
        var onRestriction = false;
        foreach (var entry in entries)
        {
            if (entry.Kind == CaseAccessListKind.Exclusion && entry.StaffMemberId == staffMemberId)
            {
                return CaseAccessDecision.Excluded;
            }

            if (entry.Kind == CaseAccessListKind.Restriction)
            {
                hasRestriction = true;
                onRestriction |= entry.StaffMemberId == staffMemberId;
            }
        }

        return hasRestriction && !onRestriction ? CaseAccessDecision.NotOnRestrictionList : CaseAccessDecision.Allowed;
    }
}

/// <summary>Who, beyond those who may view, may change a case record.</summary>
public sealed record CaseChangeContext(
    int? ResponsibleStaffMemberId,
    int? ResponsibleTeamId,
    int? ResponsiblePduId);

public sealed record ChangingUser(int? StaffMemberId, int? TeamId, int? PduId, bool IsSeniorProbationOfficer, bool IsHeadOfPdu, bool IsAdministrator);

public static class CaseChangeRules
{
    /// <summary>
    /// A record may be changed by its responsible practitioner, anyone in the responsible team (which includes its
    /// SPO), the head of the responsible PDU, and administrators. Unallocated cases may be changed by anyone
    /// in the PDU that holds them.
    /// </summary>
    public static bool MayChange(ChangingUser user, CaseChangeContext @case)
    {
        if (user.IsAdministrator)
        {
            return true;
        }

        if (user.StaffMemberId is not null && user.StaffMemberId == @case.ResponsibleStaffMemberId)
        {
            return true;
        }

        if (user.TeamId is not null && user.TeamId == @case.ResponsibleTeamId)
        {
            return true;
        }

        return user.PduId is not null && user.PduId == @case.ResponsiblePduId
            && (user.IsHeadOfPdu || @case.ResponsibleStaffMemberId is null);
    }
}
