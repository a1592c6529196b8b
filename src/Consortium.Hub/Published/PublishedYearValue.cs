namespace Consortium.Hub.Published;

/// <summary>
/// One published value of a series: the Department's year, the code and name it was published under, the value as
/// published, and whether it is an authority's (not England's or a region's).
/// </summary>
public sealed record PublishedYearValue(int Year, string AreaCode, string AreaName, string Value, decimal? Number, bool IsAuthority);
