using System.Globalization;

namespace Consortium.Practice.Outcomes;

/// <summary>When a save was made, as a conflict tells it: "at 10:42 UTC on 3 May 2026".</summary>
public static class SavedAt
{
    public static string Words(DateTimeOffset at) =>
        string.Create(CultureInfo.GetCultureInfo("en-GB"), $"at {at.UtcDateTime:HH:mm} UTC on {at.UtcDateTime:d MMMM yyyy}");
}
