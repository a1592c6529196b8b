using System.Text.RegularExpressions;

namespace Consortium.Tenancy.Stores;

/// <summary>What an operator gives to onboard an authority.</summary>
public sealed partial record NewTenant
{
    public string Identifier { get; init; } = "";
    public string Name { get; init; } = "";
    public string OldLaCode { get; init; } = "";
    public string NewLaCode { get; init; } = "";
    public string LaType { get; init; } = "";
    public string RegionCode { get; init; } = "";
    public string RegionName { get; init; } = "";
    public int ChildrenAged0To17 { get; init; }
    public string? ConnectionString { get; init; }
    public IdentityProviderSettings IdentityProvider { get; init; } = new();
    public IReadOnlyDictionary<string, string> PolicySeed { get; init; } = new Dictionary<string, string>();

    /// <summary>Each problem as (field, message); empty when the authority can be onboarded.</summary>
    public IReadOnlyList<(string Field, string Message)> Validate()
    {
        var problems = new List<(string, string)>();
        if (TenantIdentifier.Problem(Identifier) is { } slugProblem)
        {
            problems.Add((nameof(Identifier), slugProblem));
        }

        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 120)
        {
            problems.Add((nameof(Name), "Enter the authority's name, up to 120 characters"));
        }

        if (!OldCodePattern().IsMatch(OldLaCode))
        {
            problems.Add((nameof(OldLaCode), "Old LA code must be the Department's 3-digit code, like 304"));
        }

        if (!NewCodePattern().IsMatch(NewLaCode))
        {
            problems.Add((nameof(NewLaCode), "New LA code must be an English upper-tier authority's ONS code, like E09000005"));
        }

        if (!RegionPattern().IsMatch(RegionCode))
        {
            problems.Add((nameof(RegionCode), "Region code must be an English region's ONS code, like E12000007"));
        }

        if (string.IsNullOrWhiteSpace(RegionName) || RegionName.Length > 60)
        {
            problems.Add((nameof(RegionName), "Enter the region's name, up to 60 characters"));
        }

        if (ChildrenAged0To17 is < 1 or > 5_000_000)
        {
            problems.Add((nameof(ChildrenAged0To17), "Children aged 0 to 17 must be a whole number between 1 and 5,000,000"));
        }

        return problems;
    }

    [GeneratedRegex("^[0-9]{3}$")]
    private static partial Regex OldCodePattern();

    [GeneratedRegex("^E(06|08|09|10)[0-9]{6}$")]
    private static partial Regex NewCodePattern();

    [GeneratedRegex("^E12[0-9]{6}$")]
    private static partial Regex RegionPattern();
}
