namespace Consortium.Synthetic;

/// <summary>
/// The rates a synthetic history follows, from an authority's published figures: the percentage of referrals within
/// twelve months of a previous one, and child protection plans starting per hundred referrals.
/// </summary>
public sealed record PublishedRates(double ReReferralPercent, double PlanStartsPerHundredReferrals);
