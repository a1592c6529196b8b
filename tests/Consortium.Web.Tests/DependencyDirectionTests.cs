using System.Reflection;

namespace Consortium.Web.Tests;

/// <summary>
/// Dependencies point one way: Web -> Practice -> Tenancy, Web -> Synthetic -> Practice, and Web -> Hub -> Contracts.
/// Tenancy knows nothing of practice; practice nothing of its synthetic data; the hub nothing of either.
/// </summary>
public sealed class DependencyDirectionTests
{
    private static string[] ConsortiumReferencesOf(string assembly) =>
        [.. Assembly.Load(assembly).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("Consortium.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void Tenancy_references_no_other_consortium_project() =>
        Assert.Empty(ConsortiumReferencesOf("Consortium.Tenancy"));

    [Fact]
    public void Practice_references_only_tenancy() =>
        Assert.Equal(["Consortium.Tenancy"], ConsortiumReferencesOf("Consortium.Practice"));

    [Fact]
    public void Synthetic_data_references_only_practice_and_tenancy() =>
        Assert.Equal(["Consortium.Practice", "Consortium.Tenancy"], ConsortiumReferencesOf("Consortium.Synthetic"));

    [Fact]
    public void The_development_provider_references_only_tenancy() =>
        Assert.Equal(["Consortium.Tenancy"], ConsortiumReferencesOf("Consortium.DevIdentity"));

    [Fact]
    public void The_hub_references_only_the_contracts() =>
        Assert.Equal(["Consortium.Contracts"], ConsortiumReferencesOf("Consortium.Hub"));

    [Fact]
    public void The_contracts_reference_no_other_consortium_project() =>
        Assert.Empty(ConsortiumReferencesOf("Consortium.Contracts"));

    [Fact]
    public void Service_defaults_reference_no_other_consortium_project() =>
        Assert.Empty(ConsortiumReferencesOf("Consortium.ServiceDefaults"));
}
