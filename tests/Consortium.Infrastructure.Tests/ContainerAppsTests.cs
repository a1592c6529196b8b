using System.Text.Json.Nodes;

namespace Consortium.Infrastructure.Tests;

[Collection(InfrastructureFixtureDefinition.Name)]
public sealed class ContainerAppsTests(CompiledInfrastructure infra)
{
    [Theory]
    [InlineData("tenant", "Tenant")]
    [InlineData("hub", "Hub")]
    public void Each_role_runs_the_same_image_with_its_role_probes_and_http_scaling(string suffix, string role)
    {
        foreach (var (environment, snapshot) in infra.Snapshots)
        {
            var apps = ArmChecks.OfType(CompiledInfrastructure.Resources(snapshot), "Microsoft.App/containerApps").ToList();
            var app = apps.Single(a => ((string)a["name"]!).EndsWith("-" + suffix, StringComparison.Ordinal));
            var container = app["properties"]!["template"]!["containers"]!.AsArray().Single()!;

            Assert.Equal(role, Setting(container, "Consortium__Roles"));
            Assert.Equal("SqlServer", Setting(container, "Database__Provider"));
            Assert.Contains("{slug}", Setting(container, "Database__TenantConnectionTemplate"), StringComparison.Ordinal);
            Assert.Equal(environment == "dev" ? "True" : "False", Setting(container, "DevIdentity__Enabled"));
            Assert.Contains("/consortium:", (string)container["image"]!, StringComparison.Ordinal);
            var probes = container["probes"]!.AsArray();
            Assert.Equal("/health/live", (string?)probes.Single(p => (string?)p!["type"] == "Liveness")!["httpGet"]!["path"]);
            Assert.Equal("/health/ready", (string?)probes.Single(p => (string?)p!["type"] == "Readiness")!["httpGet"]!["path"]);
            var scale = app["properties"]!["template"]!["scale"]!;
            Assert.NotNull(scale["rules"]!.AsArray().Single()!["http"]);
            Assert.True((int)scale["maxReplicas"]! >= (int)scale["minReplicas"]!);
            Assert.True((bool)app["properties"]!["configuration"]!["ingress"]!["external"]!);
        }
    }

    [Fact]
    public void Production_keeps_at_least_two_replicas_of_each_app_and_a_zone_redundant_pool_with_35_days_of_restore()
    {
        var resources = CompiledInfrastructure.Resources(infra.Snapshots["prod"]);
        foreach (var app in ArmChecks.OfType(resources, "Microsoft.App/containerApps").Where(a => !((string)a["name"]!).EndsWith("-broker", StringComparison.Ordinal)))
        {
            Assert.True((int)app["properties"]!["template"]!["scale"]!["minReplicas"]! >= 2, $"{app["name"]} can scale below two replicas");
        }

        Assert.True((bool)ArmChecks.OfType(resources, "Microsoft.Sql/servers/elasticPools").Single()["properties"]!["zoneRedundant"]!);
        Assert.All(ArmChecks.OfType(resources, "Microsoft.Sql/servers/databases/backupShortTermRetentionPolicies"),
            p => Assert.Equal(35, (int)p["properties"]!["retentionDays"]!));
    }

    [Fact]
    public void The_broker_is_internal_single_and_keeps_its_data_on_the_file_share_under_a_fixed_node_name()
    {
        foreach (var snapshot in infra.Snapshots.Values)
        {
            var resources = CompiledInfrastructure.Resources(snapshot);
            var broker = ArmChecks.OfType(resources, "Microsoft.App/containerApps").Single(a => ((string)a["name"]!).EndsWith("-broker", StringComparison.Ordinal));
            var properties = broker["properties"]!;
            var container = properties["template"]!["containers"]!.AsArray().Single()!;

            Assert.False((bool)properties["configuration"]!["ingress"]!["external"]!);
            Assert.Equal(1, (int)properties["template"]!["scale"]!["maxReplicas"]!);
            Assert.Equal("rabbit@localhost", Setting(container, "RABBITMQ_NODENAME"));
            Assert.Equal("/var/lib/rabbitmq", (string?)container["volumeMounts"]!.AsArray().Single()!["mountPath"]);
            Assert.Equal("AzureFile", (string?)properties["template"]!["volumes"]!.AsArray().Single()!["storageType"]);
            Assert.Single(ArmChecks.OfType(resources, "Microsoft.Storage/storageAccounts/fileServices/shares"));
        }
    }

    [Fact]
    public void Each_authority_with_an_identity_provider_gets_its_client_secret_as_a_key_vault_reference()
    {
        foreach (var (environment, snapshot) in infra.Snapshots)
        {
            var withProvider = infra.Parameters[environment]["parameters"]!["authorities"]!["value"]!.AsArray()
                .Where(a => a!["identityProvider"] is not null).Select(a => (string)a!["slug"]!).ToList();
            var app = ArmChecks.OfType(CompiledInfrastructure.Resources(snapshot), "Microsoft.App/containerApps").Single(a => ((string)a["name"]!).EndsWith("-tenant", StringComparison.Ordinal));
            var secrets = app["properties"]!["configuration"]!["secrets"]!.AsArray().Select(s => (string)s!["name"]!).ToList();
            var container = app["properties"]!["template"]!["containers"]!.AsArray().Single()!;

            foreach (var slug in withProvider)
            {
                Assert.Contains($"idp-{slug}-client-secret", secrets);
                Assert.Equal($"idp-{slug}-client-secret", (string?)container["env"]!.AsArray().Single(e => (string?)e!["name"] == $"IdentityProviders__{slug}__ClientSecret")!["secretRef"]);
            }
        }
    }

    private static string Setting(JsonNode container, string name) =>
        (string?)container["env"]!.AsArray().SingleOrDefault(e => (string?)e!["name"] == name)?["value"] ?? throw new Xunit.Sdk.XunitException($"{name} is not set");
}
