namespace Consortium.Practice.Maps;

/// <summary>Someone who scored a map: whom a new version offers to score again, without typing them in.</summary>
public sealed record Scorer(string Name, string Role, string? Agency);
