namespace Consortium.Infrastructure.Tests;

[Collection(InfrastructureFixtureDefinition.Name)]
public sealed class BicepBuildTests(CompiledInfrastructure infra)
{
    [Fact]
    public void Every_template_and_parameter_file_compiles_without_an_error_or_a_warning()
    {
        Assert.Equal(["dev", "prod", "test"], infra.Environments.Order(StringComparer.Ordinal));
        Assert.NotEmpty(infra.Runs);
        foreach (var (what, run) in infra.Runs)
        {
            Assert.True(run.ExitCode == 0, $"bicep {what} failed:\n{run.Output}");
            Assert.True(run.Diagnostics.Count == 0, $"bicep {what} reported:\n{string.Join('\n', run.Diagnostics)}");
        }
    }

    [Fact]
    public void Snapshots_have_no_diagnostics()
    {
        foreach (var (environment, snapshot) in infra.Snapshots)
        {
            Assert.True(snapshot["predictedResources"] is not null, $"no snapshot for {environment}: {snapshot}");
            Assert.Empty(snapshot["diagnostics"]?.AsArray() ?? []);
        }
    }

    [Theory]
    [InlineData("param unusedSetting string = 'x'", "no-unused-params")]
    [InlineData("@secure()\nparam token string\noutput leaked string = token", "outputs-should-not-contain-secrets")]
    [InlineData("var portal = 'https://management.azure.com/'\noutput portalUrl string = portal", "no-hardcoded-env-urls")]
    [InlineData("resource badAccount 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: 'x${uniqueString(resourceGroup().id)}'\n  location: 'uksouth'\n  kind: 'StorageV2'\n  sku: { name: 'Standard_LRS' }\n}", "no-hardcoded-location")]
    public void The_configured_analyzers_fail_the_build_on_what_they_guard(string addition, string rule)
    {
        var folder = Path.Combine(Path.GetTempPath(), "consortium-bicep-lint-" + Guid.NewGuid().ToString("N"));
        try
        {
            CompiledInfrastructure.CopyDirectory(Repository.Path("infra", "bicep"), folder);
            var main = Path.Combine(folder, "main.bicep");
            File.AppendAllText(main, "\n" + addition + "\n");

            var run = BicepCli.Run("build", main, "--stdout");

            Assert.NotEqual(0, run.ExitCode);
            Assert.Contains(run.Diagnostics, d => d.Contains($"Error {rule}", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
