using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

/// <summary>What the census needs of a child beyond their referral; its ETag header is the version a change must send back in If-Match.</summary>
public sealed record ChildCensusDetailsView(Guid ChildId, string? Upn, string? UpnUnknown, string? FormerUpn, DateOnly? DateOfDeath)
{
    public static ChildCensusDetailsView From(Child child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return new(child.Id, child.Upn, child.UpnUnknown?.Code, child.FormerUpn, child.DateOfDeath);
    }

    public static string ETagOf(Child child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"\"{child.ConcurrencyToken:N}\"";
    }
}

/// <summary>The census details of a child as a change sends them: a UPN or the reason it is unknown (UN1-UN7), a former UPN, a date of death; each may be null.</summary>
public sealed record ChildCensusDetailsRequest(string? Upn, string? UpnUnknown, string? FormerUpn, DateOnly? DateOfDeath);

/// <summary>
/// The census details of an episode: whether the referral led to no further action (null when not recorded) and the
/// latest category of abuse of its child protection plan (NEG, PHY, SAB, EMO or MUL; null while it is the initial one).
/// </summary>
public sealed record EpisodeCensusDetailsView(Guid CaseId, bool? ReferralNfa, string? InitialCategoryOfAbuse, string? LatestCategoryOfAbuse)
{
    public static EpisodeCensusDetailsView From(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.Id, record.ReferralNfa, record.CategoryOfAbuse?.Code, record.LatestCategoryOfAbuse?.Code);
    }
}

/// <summary>The census details of an episode as a change sends them.</summary>
public sealed record EpisodeCensusDetailsRequest(bool? ReferralNfa, string? LatestCategoryOfAbuse);
