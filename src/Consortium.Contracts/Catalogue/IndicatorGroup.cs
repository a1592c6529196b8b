namespace Consortium.Contracts.Catalogue;

/// <summary>The tables of indicators.md. Quality holds the case-file audit indicators (catalogue version 2); workforce holds the census measures and training (catalogue version 4).</summary>
public enum IndicatorGroup
{
    ChildrenInNeedAndProtection = 1,
    SignsOfSafetyPractice = 2,
    Workforce = 3,
    Quality = 4,
}
