using System.Text.Json.Nodes;

namespace Consortium.Infrastructure.Tests;

/// <summary>
/// infra/bicep compiled once for every test: a copy in a temporary folder (so nothing is written into the
/// clone), <c>bicep build</c> of each template, <c>bicep build-params</c> and <c>bicep snapshot</c> of each
/// environment's parameter file. A snapshot is the list of resources the deployment would create, with loops
/// expanded for that environment's parameters, evaluated offline for a made-up subscription and resource group.
/// </summary>
public sealed class CompiledInfrastructure : IDisposable
{
    public const string SubscriptionId = "11111111-1111-1111-1111-111111111111";

    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "consortium-bicep-" + Guid.NewGuid().ToString("N"));

    public CompiledInfrastructure()
    {
        CopyDirectory(Repository.Path("infra", "bicep"), _folder);
        foreach (var template in new[] { "main", "registry" })
        {
            var output = System.IO.Path.Combine(_folder, template + ".json");
            Runs[$"build {template}.bicep"] = BicepCli.Run("build", System.IO.Path.Combine(_folder, template + ".bicep"), "--outfile", output);
            Templates[template] = ReadJson(output);
        }

        foreach (var file in Directory.GetFiles(System.IO.Path.Combine(_folder, "parameters"), "*.bicepparam").Order(StringComparer.Ordinal))
        {
            var environment = System.IO.Path.GetFileNameWithoutExtension(file);
            var parameters = System.IO.Path.Combine(_folder, environment + ".parameters.json");
            Runs[$"build-params {environment}.bicepparam"] = BicepCli.Run("build-params", file, "--outfile", parameters);
            Runs[$"snapshot {environment}.bicepparam"] = BicepCli.Run(
                "snapshot", file, "--mode", "overwrite", "--subscription-id", SubscriptionId,
                "--tenant-id", "22222222-2222-2222-2222-222222222222", "--resource-group", $"rg-consortium-{environment}",
                "--location", "uksouth", "--deployment-name", "main");
            Parameters[environment] = ReadJson(parameters);
            Snapshots[environment] = ReadJson(System.IO.Path.ChangeExtension(file, ".snapshot.json"));
        }
    }

    /// <summary>Every CLI run, by what it did.</summary>
    public Dictionary<string, BicepRun> Runs { get; } = [];

    /// <summary>ARM JSON of main.bicep and registry.bicep.</summary>
    public Dictionary<string, JsonNode> Templates { get; } = [];

    /// <summary>Compiled parameter files, by environment (dev, test, prod).</summary>
    public Dictionary<string, JsonNode> Parameters { get; } = [];

    /// <summary>Predicted resources, by environment.</summary>
    public Dictionary<string, JsonNode> Snapshots { get; } = [];

    public IEnumerable<string> Environments => Parameters.Keys;

    public static JsonArray Resources(JsonNode snapshot) => snapshot["predictedResources"]!.AsArray();

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    private static JsonNode ReadJson(string path) =>
        File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path))! : new JsonObject { ["missing"] = path };

    internal static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)));
        }

        foreach (var dir in Directory.GetDirectories(from))
        {
            CopyDirectory(dir, System.IO.Path.Combine(to, System.IO.Path.GetFileName(dir)));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class InfrastructureFixtureDefinition : ICollectionFixture<CompiledInfrastructure>
{
    public const string Name = "compiled infrastructure";
}
