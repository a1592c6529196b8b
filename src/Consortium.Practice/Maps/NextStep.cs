using Consortium.Tenancy.Data;

namespace Consortium.Practice.Maps;

/// <summary>A small, owned, dated action toward the goals.</summary>
public sealed class NextStep
{
    public string What { get; set; } = "";
    public string Who { get; set; } = "";
    public DateOnly? Due { get; set; }
    public bool Done { get; set; }
}
