namespace Consortium.Contracts.Catalogue;

/// <summary>The tables of indicators.md. Workforce and quality are recorded by a later part of the product.</summary>
public enum IndicatorGroup
{
    ChildrenInNeedAndProtection = 1,
    SignsOfSafetyPractice = 2,
    Workforce = 3,
    Quality = 4,
}
