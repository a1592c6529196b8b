using System.Reflection;

namespace Consortium.Web.Tests;

/// <summary>
/// Dependencies point one way: Web -> everything; Practice -> Tenancy; Synthetic -> Practice; Metrics -> Practice (its
/// read model only), Tenancy and Contracts; Hub -> Contracts (and Evaluation, and Reports for its Word document). Tenancy knows nothing of practice;
/// practice nothing of its synthetic data; the hub nothing of either.
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
    public void The_contracts_reference_no_other_consortium_project() =>
        Assert.Empty(ConsortiumReferencesOf("Consortium.Contracts"));

    [Fact]
    public void Service_defaults_reference_no_other_consortium_project() =>
        Assert.Empty(ConsortiumReferencesOf("Consortium.ServiceDefaults"));

    [Fact]
    public void Metrics_references_only_tenancy_the_contracts_and_the_modules_whose_read_models_it_reads() =>
        Assert.Empty(ConsortiumReferencesOf("Consortium.Metrics").Except(["Consortium.Contracts", "Consortium.Tenancy", .. ReadModelRule.ModulesMetricsReads]));

    [Fact]
    public void Metrics_uses_of_practice_only_the_rows_practice_publishes_for_reading_and_its_policy_calendar_and_programme_timeline()
    {
        var outside = ReadModelRule.TypesBeyondTheReadModel("Consortium.Metrics", "Consortium.Practice");

        Assert.True(outside.Count == 0, $"Metrics uses practice's own types: {string.Join(", ", outside)}");
        Assert.Contains(ReadModelRule.TypesUsedFrom("Consortium.Metrics", "Consortium.Practice"), t => t.StartsWith("Consortium.Practice.ReadModel.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Consortium.Quality")]
    [InlineData("Consortium.Workforce")]
    public void Metrics_uses_of_quality_and_workforce_only_what_they_publish_for_reading(string module) =>
        Assert.Empty(ReadModelRule.TypesBeyondTheReadModel("Consortium.Metrics", module));

    /// <summary>The modules DESIGN.md names and what each may reference; a rule applies once its project is in src/.</summary>
    public static TheoryData<string, string[]> PlannedModules => new()
    {
        { "Consortium.Quality", ["Consortium.Practice", "Consortium.Tenancy"] },
        { "Consortium.Workforce", ["Consortium.Practice", "Consortium.Tenancy"] },
        { "Consortium.Returns", ["Consortium.Practice", "Consortium.Tenancy"] },
        { "Consortium.Evaluation", [] },
        { "Consortium.Reports", [] },
        { "Consortium.Hub", ["Consortium.Contracts", "Consortium.Evaluation", "Consortium.Reports"] },
        { "Consortium.Scrutiny", ["Consortium.Contracts", "Consortium.Evaluation", "Consortium.Metrics", "Consortium.Practice", "Consortium.Reports", "Consortium.Tenancy"] },
    };

    [Theory]
    [MemberData(nameof(PlannedModules))]
    public void Each_module_references_only_what_the_design_allows_once_it_exists(string module, string[] allowed)
    {
        if (!Directory.Exists(RepositoryRoot.Path("src", module)))
        {
            return;
        }

        var references = ModuleReferences(module);

        Assert.Empty(references.Except(allowed));
    }

    [Fact]
    public void The_hub_never_references_practice_or_tenancy() =>
        Assert.DoesNotContain(ConsortiumReferencesOf("Consortium.Hub"), r => r is "Consortium.Practice" or "Consortium.Tenancy");

    private static string[] ModuleReferences(string module)
    {
        try
        {
            return ConsortiumReferencesOf(module);
        }
        catch (FileNotFoundException)
        {
            Assert.Fail($"src/{module} exists but the web project (the composition root) does not reference it, so its dependencies go unchecked.");
            throw;
        }
    }
}
