using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Consortium.Infrastructure.Tests;

[Collection(InfrastructureFixtureDefinition.Name)]
public sealed partial class DatabaseTests(CompiledInfrastructure infra)
{
    private static readonly string[] Reserved = ["hub", "catalog"];

    [Fact]
    public void Each_environment_has_one_database_per_authority_of_its_parameter_file_plus_hub_and_catalog_all_in_the_pool()
    {
        foreach (var environment in infra.Environments)
        {
            var slugs = Slugs(environment);
            var resources = CompiledInfrastructure.Resources(infra.Snapshots[environment]);
            var databases = ArmChecks.OfType(resources, "Microsoft.Sql/servers/databases").ToList();
            var names = databases.Select(d => ((string)d["name"]!).Split('/')[1]).Order(StringComparer.Ordinal).ToList();

            Assert.Equal(slugs.Select(s => $"consortium-{s}").Concat(["consortium-hub", "consortium-catalog"]).Order(StringComparer.Ordinal), names);
            var pool = Assert.Single(ArmChecks.OfType(resources, "Microsoft.Sql/servers/elasticPools"));
            Assert.All(databases, d => Assert.Equal((string?)pool["id"], (string?)d["properties"]!["elasticPoolId"]));
            Assert.Equal(databases.Count, ArmChecks.OfType(resources, "Microsoft.Sql/servers/databases/backupShortTermRetentionPolicies").Count());
        }
    }

    [Fact]
    public void Each_environment_has_a_private_document_container_per_authority()
    {
        foreach (var environment in infra.Environments)
        {
            var containers = ArmChecks.OfType(CompiledInfrastructure.Resources(infra.Snapshots[environment]), "Microsoft.Storage/storageAccounts/blobServices/containers").ToList();

            Assert.Equal(Slugs(environment).Select(s => $"documents-{s}").Order(StringComparer.Ordinal),
                containers.Select(c => ((string)c["name"]!).Split('/')[^1]).Order(StringComparer.Ordinal));
            Assert.All(containers, c => Assert.Equal("None", (string?)c["properties"]!["publicAccess"]));
        }
    }

    [Fact]
    public void Authorities_in_every_parameter_file_are_well_formed_and_unique()
    {
        foreach (var environment in infra.Environments)
        {
            var authorities = Authorities(environment);
            Assert.NotEmpty(authorities);
            Assert.Equal(authorities.Count, authorities.Select(a => (string)a["slug"]!).Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.Equal(authorities.Count, authorities.Select(a => (string)a["onsCode"]!).Distinct(StringComparer.Ordinal).Count());
            Assert.All(authorities, a =>
            {
                Assert.Matches(SlugPattern(), (string)a["slug"]!);
                Assert.DoesNotContain((string)a["slug"]!, Reserved);
                Assert.Matches(OnsCodePattern(), (string)a["onsCode"]!);
                Assert.False(string.IsNullOrWhiteSpace((string?)a["name"]));
            });
        }
    }

    [Fact]
    public void Every_environment_serves_the_ten_consortium_authorities()
    {
        var reference = File.ReadAllLines(Repository.Path("src", "Consortium.Tenancy", "ReferenceData", "authorities.csv"))
            .Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[0]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(10, reference.Count);
        foreach (var environment in infra.Environments)
        {
            Assert.Superset(reference.ToHashSet(), Slugs(environment).ToHashSet());
        }
    }

    private List<JsonNode> Authorities(string environment) =>
        infra.Parameters[environment]["parameters"]!["authorities"]!["value"]!.AsArray().Select(a => a!).ToList();

    private List<string> Slugs(string environment) => Authorities(environment).Select(a => (string)a["slug"]!).ToList();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^E(06|07|08|09|10)[0-9]{6}$")]
    private static partial Regex OnsCodePattern();
}
