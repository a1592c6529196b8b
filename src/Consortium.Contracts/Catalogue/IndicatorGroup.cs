namespace Consortium.Contracts.Catalogue;

/// <summary>The tables of indicators.md. Quality holds the case-file audit indicators (catalogue version 2); workforce is recorded by a later part of the product.</summary>
public enum IndicatorGroup
{
    ChildrenInNeedAndProtection = 1,
    SignsOfSafetyPractice = 2,
    Workforce = 3,
    Quality = 4,
}
