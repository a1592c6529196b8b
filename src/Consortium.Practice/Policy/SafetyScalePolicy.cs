namespace Consortium.Practice.Policy;

public sealed class SafetyScalePolicy
{
    public string ZeroAnchor { get; set; } = "Things are so bad the child cannot live at home";
    public string TenAnchor { get; set; } = "Everyone knows the child is safe enough for the case to close";
}
