namespace Consortium.Hub.Published;

/// <summary>One published value of a series: the Department's year, the code and name it was published under, the value as published.</summary>
public sealed record PublishedYearValue(int Year, string AreaCode, string AreaName, string Value, decimal? Number);
