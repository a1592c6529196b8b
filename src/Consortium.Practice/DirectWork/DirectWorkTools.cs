using Consortium.Tenancy.Data;

namespace Consortium.Practice.DirectWork;

public static class DirectWorkTools
{
    public static string DisplayName(DirectWorkTool tool) => tool switch
    {
        DirectWorkTool.ThreeHouses => "Three Houses",
        DirectWorkTool.WizardsAndFairies => "Wizards and Fairies",
        DirectWorkTool.SafetyHouse => "Safety House",
        DirectWorkTool.WordsAndPictures => "Words and Pictures",
        _ => tool.ToString(),
    };
}
