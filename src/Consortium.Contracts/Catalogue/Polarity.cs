namespace Consortium.Contracts.Catalogue;

/// <summary>Which direction is better; LAIT bands and ranks only where there is one.</summary>
public enum Polarity
{
    None = 0,
    High = 1,
    Low = 2,
}
