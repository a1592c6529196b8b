using Consortium.Tenancy.Data;

namespace Consortium.Practice.Workforce.Measures;

/// <summary>
/// A team's vacant social worker posts (FTE) at 30 September of a census year, as the authority's administrator
/// entered them: one figure per team and year, corrected in place, each save counted by its version.
/// </summary>
public sealed class TeamVacancy : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid TeamId { get; set; }

    /// <summary>The census year (2025 is the year to 30 September 2025).</summary>
    public int Year { get; set; }
    public decimal VacantFte { get; set; }
    public string EnteredBy { get; set; } = "";
    public DateTimeOffset EnteredAt { get; set; }

    /// <summary>Counts the saves; a save based on an older version is refused as a conflict.</summary>
    public int Version { get; set; } = 1;

    public const decimal MaxFte = 500m;
}
