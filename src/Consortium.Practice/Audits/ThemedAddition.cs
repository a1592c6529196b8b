namespace Consortium.Practice.Audits;

/// <summary>What a themed addition did: the theme the audits carry, how many cases it added, and how many it left because they were already added or waiting.</summary>
public sealed record ThemedAddition(string Theme, int Added, int AlreadyAdded);
