using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Consortium.Infrastructure.Tests;

/// <summary>
/// The rules the infrastructure must keep, as functions from ARM JSON to the list of what breaks them, so that the
/// tests can run them on the real output and on a deliberately broken copy (which proves they can fail).
/// </summary>
public static partial class ArmChecks
{
    public static IEnumerable<JsonObject> OfType(JsonArray resources, string type) =>
        resources.OfType<JsonObject>().Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));

    /// <summary>Outputs, in the template and every nested module template, that are or look like secrets.</summary>
    public static List<string> SecretOutputs(JsonNode template)
    {
        var problems = new List<string>();
        Walk(template, "$", problems);
        return problems;

        static void Walk(JsonNode? node, string path, List<string> problems)
        {
            switch (node)
            {
                case JsonObject obj:
                    if (obj["outputs"] is JsonObject outputs && obj["$schema"] is not null)
                    {
                        foreach (var (name, output) in outputs)
                        {
                            var type = (string?)output?["type"] ?? "";
                            var value = output?["value"]?.ToJsonString() ?? "";
                            if (type.StartsWith("secure", StringComparison.OrdinalIgnoreCase))
                            {
                                problems.Add($"{path}.outputs.{name} is of type {type}");
                            }

                            if (SecretName().IsMatch(name))
                            {
                                problems.Add($"{path}.outputs.{name} is named like a secret");
                            }

                            if (SecretValue().IsMatch(value))
                            {
                                problems.Add($"{path}.outputs.{name} carries a secret: {value}");
                            }
                        }
                    }

                    foreach (var (key, child) in obj)
                    {
                        Walk(child, $"{path}.{key}", problems);
                    }

                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        Walk(array[i], $"{path}[{i}]", problems);
                    }

                    break;
            }
        }
    }

    public static List<string> StorageProblems(JsonArray resources) =>
        OfType(resources, "Microsoft.Storage/storageAccounts").SelectMany(account =>
        {
            var p = account["properties"];
            var problems = new List<string>();
            if ((bool?)p?["allowBlobPublicAccess"] != false)
            {
                problems.Add($"{account["name"]}: blob public access is not off");
            }

            if ((string?)p?["minimumTlsVersion"] != "TLS1_2")
            {
                problems.Add($"{account["name"]}: minimum TLS is not 1.2");
            }

            if ((bool?)p?["supportsHttpsTrafficOnly"] != true)
            {
                problems.Add($"{account["name"]}: plain HTTP is allowed");
            }

            return problems;
        }).ToList();

    public static List<string> SqlProblems(JsonArray resources) =>
        OfType(resources, "Microsoft.Sql/servers").SelectMany(server =>
        {
            var p = server["properties"];
            var admin = p?["administrators"];
            var problems = new List<string>();
            if ((bool?)admin?["azureADOnlyAuthentication"] != true)
            {
                problems.Add($"{server["name"]}: SQL authentication is allowed (azureADOnlyAuthentication is not true)");
            }

            if ((string?)admin?["principalType"] != "Group")
            {
                problems.Add($"{server["name"]}: the administrator is not an Entra group");
            }

            if (p?["administratorLogin"] is not null || p?["administratorLoginPassword"] is not null)
            {
                problems.Add($"{server["name"]}: has a SQL login");
            }

            return problems;
        }).ToList();

    public static List<string> KeyVaultProblems(JsonArray resources) =>
        OfType(resources, "Microsoft.KeyVault/vaults").SelectMany(vault =>
        {
            var p = vault["properties"];
            var problems = new List<string>();
            if ((bool?)p?["enableRbacAuthorization"] != true)
            {
                problems.Add($"{vault["name"]}: not in RBAC mode");
            }

            if ((bool?)p?["enablePurgeProtection"] != true)
            {
                problems.Add($"{vault["name"]}: no purge protection");
            }

            if ((bool?)p?["enableSoftDelete"] == false)
            {
                problems.Add($"{vault["name"]}: soft delete is off");
            }

            return problems;
        }).ToList();

    /// <summary>Every container app and job runs as one user-assigned identity and reads every secret from Key Vault with it.</summary>
    public static List<string> IdentityProblems(JsonArray resources, string identityId) =>
        OfType(resources, "Microsoft.App/containerApps").Concat(OfType(resources, "Microsoft.App/jobs")).SelectMany(app =>
        {
            var name = (string?)app["name"];
            var problems = new List<string>();
            var identity = app["identity"];
            var assigned = identity?["userAssignedIdentities"] as JsonObject;
            if ((string?)identity?["type"] != "UserAssigned" || assigned is null || assigned.Count != 1 || !assigned.ContainsKey(identityId))
            {
                problems.Add($"{name}: does not run as the user-assigned identity {identityId}");
            }

            foreach (var secret in app["properties"]?["configuration"]?["secrets"]?.AsArray() ?? [])
            {
                if (secret?["value"] is not null || secret?["keyVaultUrl"] is null)
                {
                    problems.Add($"{name}: secret {secret?["name"]} is not a Key Vault reference");
                }
                else if ((string?)secret["identity"] != identityId)
                {
                    problems.Add($"{name}: secret {secret["name"]} is not read with the user-assigned identity");
                }
            }

            foreach (var registry in app["properties"]?["configuration"]?["registries"]?.AsArray() ?? [])
            {
                if ((string?)registry?["identity"] != identityId || registry?["passwordSecretRef"] is not null)
                {
                    problems.Add($"{name}: pulls its image without the user-assigned identity");
                }
            }

            return problems;
        }).ToList();

    [GeneratedRegex("secret|password|passwd|pwd|connectionstring|(account|shared|access|primary|secondary|instrumentation|storage)key|sas", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    [GeneratedRegex(@"listKeys|listSecrets|listCredentials|listConnectionStrings|AccountKey=|Password=|SharedAccessKey", RegexOptions.IgnoreCase)]
    private static partial Regex SecretValue();
}
