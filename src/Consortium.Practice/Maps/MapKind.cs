using Consortium.Tenancy.Data;

namespace Consortium.Practice.Maps;

/// <summary>Which wording a map uses: danger statements and safety goals, or worry statements and wellbeing goals (early help).</summary>
public enum MapKind
{
    SignsOfSafety,
    SignsOfWellbeing,
}
