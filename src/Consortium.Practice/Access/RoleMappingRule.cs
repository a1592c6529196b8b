namespace Consortium.Practice.Access;

public sealed class RoleMappingRule
{
    public string ClaimType { get; set; } = "";
    public string ClaimValue { get; set; } = "";
    public StaffRole Role { get; set; }
}
