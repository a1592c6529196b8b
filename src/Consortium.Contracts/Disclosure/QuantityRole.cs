namespace Consortium.Contracts.Disclosure;

/// <summary>The part a quantity plays in an indicator.</summary>
public enum QuantityRole
{
    /// <summary>A count's value, or a percentage's numerator.</summary>
    Numerator,

    /// <summary>A percentage's denominator, or the number of items a median is taken over.</summary>
    Denominator,

    /// <summary>A percentage's denominator less its numerator: 33 of 34 on time says 1 was late.</summary>
    Complement,
}
