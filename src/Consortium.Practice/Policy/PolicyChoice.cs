namespace Consortium.Practice.Policy;

/// <summary>A value a choice setting takes, as it is written (<see cref="Value"/>) and as the form words it.</summary>
public sealed record PolicyChoice(string Value, string Label);
