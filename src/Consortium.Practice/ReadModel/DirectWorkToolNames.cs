using Consortium.Practice.DirectWork;
using Consortium.Tenancy.Data;

namespace Consortium.Practice.ReadModel;

/// <summary>The tools a <see cref="DirectWorkRow"/> names, as practice stores them.</summary>
public static class DirectWorkToolNames
{
    public const string ThreeHouses = nameof(DirectWorkTool.ThreeHouses);
    public const string WizardsAndFairies = nameof(DirectWorkTool.WizardsAndFairies);
    public const string SafetyHouse = nameof(DirectWorkTool.SafetyHouse);
    public const string WordsAndPictures = nameof(DirectWorkTool.WordsAndPictures);
}
