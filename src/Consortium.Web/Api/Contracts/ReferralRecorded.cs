namespace Consortium.Web.Api.Contracts;

/// <summary>A recorded referral: the new case (its address is the Location header) and the new child.</summary>
public sealed record ReferralRecorded(Guid CaseId, string CaseReference, Guid ChildId);
