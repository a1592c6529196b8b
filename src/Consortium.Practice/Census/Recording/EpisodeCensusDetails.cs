using Consortium.Practice.Casework;
using Consortium.Practice.Outcomes;

namespace Consortium.Practice.Census.Recording;

/// <summary>
/// What the census needs of an episode beyond its stages: whether the referral led to no further action, as the
/// practitioner judges it, and the latest category of abuse of its child protection plan when a review changed it.
/// </summary>
public sealed record EpisodeCensusDetails(bool? ReferralNfa, string? LatestCategoryOfAbuse)
{
    public IReadOnlyList<FieldError> Validate(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var problems = new List<FieldError>();
        if (ReferralNfa == true && (record.AssessmentStart is not null || record.Section47Start is not null || record.ProtectionPlanStart is not null || record.NeedPlanStart is not null))
        {
            problems.Add(new(nameof(ReferralNfa), "This referral led to an assessment, enquiry or plan, so it did not end with no further action"));
        }

        var latest = string.IsNullOrWhiteSpace(LatestCategoryOfAbuse) ? null : LatestCategoryOfAbuse.Trim();
        if (latest is not null && record.ProtectionPlanStart is null)
        {
            problems.Add(new(nameof(LatestCategoryOfAbuse), "This case has no child protection plan, so it has no category of abuse"));
        }
        else if (latest is not null && !CategoryOfAbuse.List.TryParse(latest, out _))
        {
            problems.Add(new(nameof(LatestCategoryOfAbuse), "Select the latest category of abuse from the list"));
        }

        return problems;
    }
}
