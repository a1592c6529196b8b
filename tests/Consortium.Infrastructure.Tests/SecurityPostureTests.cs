using System.Text.Json.Nodes;

namespace Consortium.Infrastructure.Tests;

[Collection(InfrastructureFixtureDefinition.Name)]
public sealed class SecurityPostureTests(CompiledInfrastructure infra)
{
    [Fact]
    public void Storage_has_no_public_blob_access_and_requires_TLS_1_2_over_HTTPS()
    {
        foreach (var resources in AllResources())
        {
            Assert.Single(ArmChecks.OfType(resources, "Microsoft.Storage/storageAccounts"));
            Assert.Empty(ArmChecks.StorageProblems(resources));
        }
    }

    [Fact]
    public void Sql_accepts_only_Entra_authentication_with_a_group_as_administrator()
    {
        foreach (var resources in AllResources())
        {
            Assert.Single(ArmChecks.OfType(resources, "Microsoft.Sql/servers"));
            Assert.Empty(ArmChecks.SqlProblems(resources));
        }
    }

    [Fact]
    public void Key_vault_uses_RBAC_with_purge_protection_and_soft_delete()
    {
        foreach (var resources in AllResources())
        {
            Assert.Single(ArmChecks.OfType(resources, "Microsoft.KeyVault/vaults"));
            Assert.Empty(ArmChecks.KeyVaultProblems(resources));
        }
    }

    [Fact]
    public void No_output_of_any_template_or_module_is_a_secret()
    {
        foreach (var (name, template) in infra.Templates)
        {
            Assert.True(template["$schema"] is not null, $"{name} did not compile");
            Assert.Empty(ArmChecks.SecretOutputs(template));
        }
    }

    [Fact]
    public void Apps_broker_and_operator_job_run_as_the_user_assigned_identity_and_read_secrets_through_it()
    {
        foreach (var resources in AllResources())
        {
            var identity = Assert.Single(ArmChecks.OfType(resources, "Microsoft.ManagedIdentity/userAssignedIdentities"));
            Assert.Equal(3, ArmChecks.OfType(resources, "Microsoft.App/containerApps").Count());
            Assert.Single(ArmChecks.OfType(resources, "Microsoft.App/jobs"));
            Assert.Empty(ArmChecks.IdentityProblems(resources, (string)identity["id"]!));
        }
    }

    [Fact]
    public void The_identity_may_read_secrets_write_blobs_and_pull_images_and_nothing_is_granted_at_a_wider_scope()
    {
        string[] expected =
        [
            "4633458b-17de-408a-b874-0445c86b69e6", // Key Vault Secrets User (the app)
            "b86a8fe4-44ce-4948-aee5-eccb2c155cd7", // Key Vault Secrets Officer (platform operators)
            "ba92f5b4-2d11-453d-a403-e96b0029c9fe", // Storage Blob Data Contributor (the app)
            "7f951dda-4ed3-4680-a7ca-43fe172d538d", // AcrPull (the app, on the shared registry)
        ];
        foreach (var resources in AllResources())
        {
            var assignments = ArmChecks.OfType(resources, "Microsoft.Authorization/roleAssignments").ToList();
            Assert.Equal(expected.Order(StringComparer.Ordinal),
                assignments.Select(a => ((string)a["properties"]!["roleDefinitionId"]!).Split('/')[^1]).Order(StringComparer.Ordinal));
            Assert.All(assignments, a => Assert.Contains("/providers/", (string)a["id"]!, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Key_vault_storage_sql_databases_and_the_apps_environment_send_diagnostics_to_log_analytics()
    {
        foreach (var resources in AllResources())
        {
            var workspace = (string)Assert.Single(ArmChecks.OfType(resources, "Microsoft.OperationalInsights/workspaces"))["id"]!;
            var diagnosed = ArmChecks.OfType(resources, "Microsoft.Insights/diagnosticSettings")
                .Where(d => (string?)d["properties"]!["workspaceId"] == workspace)
                .Select(d => ((string)d["id"]!)[..((string)d["id"]!).IndexOf("/providers/Microsoft.Insights/", StringComparison.Ordinal)])
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var type in new[] { "Microsoft.KeyVault/vaults", "Microsoft.Storage/storageAccounts", "Microsoft.Sql/servers/databases", "Microsoft.App/managedEnvironments" })
            {
                Assert.All(ArmChecks.OfType(resources, type), r => Assert.Contains((string)r["id"]!, diagnosed));
            }
        }
    }

    [Fact]
    public void Every_resource_with_a_location_is_tagged_with_application_and_environment()
    {
        foreach (var (environment, snapshot) in infra.Snapshots)
        {
            var located = CompiledInfrastructure.Resources(snapshot).OfType<JsonObject>().Where(r => r["location"] is not null).ToList();
            Assert.NotEmpty(located);
            Assert.All(located, r =>
            {
                Assert.Equal("consortium", (string?)r["tags"]?["application"]);
                Assert.Equal(environment, (string?)r["tags"]?["environment"]);
            });
        }
    }

    // The checks above pass on the real templates; these prove each one notices when a rule is broken.

    [Fact]
    public void The_checks_notice_public_blobs_old_TLS_SQL_logins_a_vault_without_RBAC_or_purge_protection_and_a_stray_identity()
    {
        var resources = CompiledInfrastructure.Resources(infra.Snapshots["prod"]).DeepClone().AsArray();
        var storage = ArmChecks.OfType(resources, "Microsoft.Storage/storageAccounts").Single()["properties"]!;
        storage["allowBlobPublicAccess"] = true;
        storage["minimumTlsVersion"] = "TLS1_0";
        ArmChecks.OfType(resources, "Microsoft.Sql/servers").Single()["properties"]!["administrators"]!["azureADOnlyAuthentication"] = false;
        var vault = ArmChecks.OfType(resources, "Microsoft.KeyVault/vaults").Single()["properties"]!;
        vault["enableRbacAuthorization"] = false;
        vault.AsObject().Remove("enablePurgeProtection");
        var app = ArmChecks.OfType(resources, "Microsoft.App/containerApps").First();
        app["identity"] = new JsonObject { ["type"] = "SystemAssigned" };
        app["properties"]!["configuration"]!["secrets"]!.AsArray().Add(new JsonObject { ["name"] = "plain", ["value"] = "hunter2" });
        var identity = (string)ArmChecks.OfType(resources, "Microsoft.ManagedIdentity/userAssignedIdentities").Single()["id"]!;

        Assert.Equal(2, ArmChecks.StorageProblems(resources).Count);
        Assert.Single(ArmChecks.SqlProblems(resources));
        Assert.Equal(2, ArmChecks.KeyVaultProblems(resources).Count);
        Assert.Equal(2, ArmChecks.IdentityProblems(resources, identity).Count);
    }

    [Fact]
    public void The_output_check_notices_a_secure_output_a_secret_name_and_a_listKeys_value_in_a_nested_module()
    {
        var template = infra.Templates["main"].DeepClone();
        var nested = FindNestedTemplates(template).First();
        var outputs = nested["outputs"]!.AsObject();
        outputs["token"] = new JsonObject { ["type"] = "securestring", ["value"] = "[parameters('x')]" };
        outputs["storageAccountKey"] = new JsonObject { ["type"] = "string", ["value"] = "x" };
        outputs["endpoint"] = new JsonObject { ["type"] = "string", ["value"] = "[listKeys(resourceId('Microsoft.Storage/storageAccounts', 'x'), '2023-05-01').keys[0].value]" };

        Assert.Equal(3, ArmChecks.SecretOutputs(template).Count);
    }

    private static IEnumerable<JsonNode> FindNestedTemplates(JsonNode node) => node switch
    {
        JsonObject o when o["outputs"] is JsonObject && o["$schema"] is not null && o.Parent is not null => [o, .. o.SelectMany(kv => kv.Value is null ? [] : FindNestedTemplates(kv.Value))],
        JsonObject o => o.SelectMany(kv => kv.Value is null ? [] : FindNestedTemplates(kv.Value)),
        JsonArray a => a.SelectMany(x => x is null ? [] : FindNestedTemplates(x)),
        _ => [],
    };

    private IEnumerable<JsonArray> AllResources() => infra.Snapshots.Values.Select(CompiledInfrastructure.Resources);
}
