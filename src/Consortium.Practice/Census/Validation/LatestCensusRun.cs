using System.Text.Json;
using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Practice.Census.Validation;

/// <summary>
/// The latest finished validation run of a year's census, kept in the authority's database so its page shows it after
/// a restart: when and by whom (the name the page shows), how many children, and each failure by rule code, LA child
/// ID and the record to correct (the rule's message and kind come from <see cref="CensusRules"/>).
/// </summary>
public sealed class LatestCensusRun : ITenantOwned
{
    private static readonly Dictionary<string, CensusRule> Rules = CensusRules.All.ToDictionary(r => r.Code, StringComparer.Ordinal);

    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public int Year { get; set; }
    public DateTimeOffset RanAt { get; set; }
    public string RanBy { get; set; } = "";
    public int Children { get; set; }

    /// <summary>The failures as JSON: code, LA child ID, child and case of each.</summary>
    public string Failures { get; set; } = "[]";

    /// <summary>Keeps <paramref name="result"/> as the year's latest run in place of any before it; saved with the context's next save.</summary>
    public static async Task KeepAsync(Data.PracticeDbContext db, CensusValidationResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(result);
        var kept = await db.LatestCensusRuns.FirstOrDefaultAsync(r => r.Year == result.Year, cancellationToken);
        if (kept is null)
        {
            kept = new LatestCensusRun { Year = result.Year };
            db.LatestCensusRuns.Add(kept);
        }

        kept.RanAt = result.RanAt;
        kept.RanBy = result.RanBy;
        kept.Children = result.Children;
        kept.Failures = JsonSerializer.Serialize(result.Failures.Select(f => new KeptFailure(f.Code, f.LaChildId, f.ChildId, f.CaseId)));
    }

    /// <summary>The run as the page shows it; a failure of a rule no longer in the list (after an upgrade) is left out.</summary>
    public CensusValidationResult ToResult() => new(Year, RanAt, RanBy, Children, [.. (JsonSerializer.Deserialize<List<KeptFailure>>(Failures) ?? [])
        .Where(f => Rules.ContainsKey(f.Code))
        .Select(f => new CensusFailureRow(f.Code, Rules[f.Code].Message, Rules[f.Code].IsQuery, f.LaChildId, f.ChildId, f.CaseId))]);

    private sealed record KeptFailure(string Code, string? LaChildId, Guid? ChildId, Guid? CaseId);
}

internal sealed class LatestCensusRunConfiguration : IEntityTypeConfiguration<LatestCensusRun>
{
    public void Configure(EntityTypeBuilder<LatestCensusRun> builder)
    {
        builder.ToTable("LatestCensusRuns");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.TenantId, r.Year }).IsUnique();
        builder.Property(r => r.RanBy).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Failures).IsRequired();
    }
}
