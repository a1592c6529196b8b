namespace Consortium.Practice.Policy;

public sealed class DisclosurePolicy
{
    /// <summary>Shared counts from 1 to this value are suppressed. Never below 5, the Department's rule.</summary>
    public int SuppressionThreshold { get; set; } = 5;
}
