using Consortium.Practice.DirectWork;
using Consortium.Tenancy.Data;

namespace Consortium.Practice.ReadModel;

/// <summary>One piece of direct work with the child of an episode: which tool (<see cref="DirectWorkToolNames"/>), and when.</summary>
public sealed record DirectWorkRow : ITenantOwned
{
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; init; }
    public string Tool { get; init; } = "";
    public DateOnly DoneOn { get; init; }
}

/// <summary>The tools a <see cref="DirectWorkRow"/> names, as practice stores them.</summary>
public static class DirectWorkToolNames
{
    public const string ThreeHouses = nameof(DirectWorkTool.ThreeHouses);
    public const string WizardsAndFairies = nameof(DirectWorkTool.WizardsAndFairies);
    public const string SafetyHouse = nameof(DirectWorkTool.SafetyHouse);
    public const string WordsAndPictures = nameof(DirectWorkTool.WordsAndPictures);
}
