using Consortium.Tenancy.Data;

namespace Consortium.Practice.DirectWork;

/// <summary>The tools of direct work with children that Signs of Safety uses.</summary>
public enum DirectWorkTool
{
    ThreeHouses,
    WizardsAndFairies,
    SafetyHouse,
    WordsAndPictures,
}
