using Consortium.Tenancy.Data;

namespace Consortium.Practice.ReadModel;

/// <summary>
/// A completed case-file audit as other modules read it: the day it was completed and the grade that stands (the
/// moderator's where it was moderated, otherwise the auditor's). Audits allocated and not yet graded are not rows.
/// </summary>
/// <remarks>
/// <see cref="GoodOrBetter"/> is worked out by the database on the consortium's common scale (grade 1 or 2 of 1
/// Outstanding, 2 Good, 3 Requires improvement to be good, 4 Inadequate): an authority's framework is versioned JSON
/// that no portable query reads, and the indicators compare every authority on the same scale.
/// </remarks>
public sealed record CaseAuditRow : ITenantOwned
{
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; init; }
    public DateOnly CompletedOn { get; init; }
    public int FinalGrade { get; init; }
    public bool GoodOrBetter { get; init; }
}
