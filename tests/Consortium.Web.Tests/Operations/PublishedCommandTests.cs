using Consortium.Web.Operations;

namespace Consortium.Web.Tests.Operations;

public sealed class PublishedCommandTests : IDisposable
{
    private readonly ConsortiumWebFactory _factory = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("consortium-published-cmd-").FullName;

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<(int Exit, string Out, string Error)> Run(IServiceProvider services, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await OperatorCommandLine.RunAsync(services, args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Loading_a_newer_file_replaces_the_published_figures_and_says_how_many()
    {
        _ = _factory.Server;
        foreach (var name in new[] { "la_indicators.csv", "la_codes.csv", "population_0_17.csv", "statistical_neighbours.csv" })
        {
            await using var stream = Hub.Published.PublishedFiles.OpenShipped(name);
            await using var file = File.Create(Path.Combine(_folder, name));
            await stream.CopyToAsync(file);
        }

        var (exit, output, error) = await Run(_factory.Services, "published", "load", "--from", _folder);

        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Assert.Contains("79,090 figures, 167 authority codes, 2,132 population estimates, 1,530 statistical neighbours", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_folder_is_refused_with_the_reason()
    {
        _ = _factory.Server;

        var (exit, _, error) = await Run(_factory.Services, "published", "load", "--from", Path.Combine(_folder, "nope"));

        Assert.Equal(1, exit);
        Assert.Contains("la_indicators.csv is not in", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_process_without_the_hub_refuses_it()
    {
        using var factory = _factory.WithWebHostBuilder(b => b.UseSetting("Consortium:Roles", "Tenant"));
        _ = factory.Server;

        var (exit, _, error) = await Run(factory.Services, "published", "load");

        Assert.Equal(1, exit);
        Assert.Contains("does not run the hub", error, StringComparison.Ordinal);
    }
}
