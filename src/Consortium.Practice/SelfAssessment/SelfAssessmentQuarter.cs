using Consortium.Tenancy.Data;

namespace Consortium.Practice.SelfAssessment;

/// <summary>An authority's rating of its own implementation for one quarter of the reporting year: each element 0-10 with its evidence.</summary>
public sealed class SelfAssessmentQuarter : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";

    /// <summary>The first day of the quarter (April, July, October or January).</summary>
    public DateOnly QuarterStart { get; set; }

    /// <summary>1 when first saved, one more with each save: a save based on an older version is a conflict.</summary>
    public int Version { get; set; }

    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
    public List<SelfAssessmentRating> Ratings { get; set; } = [];
}

/// <summary>One element's rating in a quarter, with the evidence for it.</summary>
public sealed class SelfAssessmentRating : ITenantOwned
{
    public const int MaxEvidence = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid QuarterId { get; set; }
    public ImplementationElement Element { get; set; }
    public int Rating { get; set; }
    public string Evidence { get; set; } = "";
}
