namespace Consortium.Web.Security;

/// <summary>Who may use the consortium hub.</summary>
public static class HubRoles
{
    public const string ConsortiumLead = "ConsortiumLead";
    public const string DepartmentAnalyst = "DepartmentAnalyst";

    public static readonly IReadOnlyList<string> All = [ConsortiumLead, DepartmentAnalyst];

    public static string DisplayName(string role) => role switch
    {
        ConsortiumLead => "Consortium lead",
        DepartmentAnalyst => "Department for Education analyst",
        _ => role,
    };
}
