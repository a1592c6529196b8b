using Consortium.Hub.Published;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Hub.Tests.Published;

public sealed class PublishedLoaderTests : IAsyncLifetime
{
    private readonly HubTestStore _store = new(withPublished: true);
    private readonly string _folder = Directory.CreateTempSubdirectory("consortium-published-").FullName;

    public Task InitializeAsync() => _store.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private PublishedFiguresLoader Loader => _store.Services.GetRequiredService<PublishedFiguresLoader>();

    [Fact]
    public async Task A_newer_file_replaces_what_was_loaded_and_readers_see_it()
    {
        var before = await _store.Services.GetRequiredService<PublishedFigures>().CurrentAsync();
        Assert.Equal("536", before.Value("E10000020", "cpp_starting", 2025)!.Value);
        WriteFolder(lines => [.. lines.Select(l => l.StartsWith("2025,Local authority,E10000020,", StringComparison.Ordinal) && l.Contains(",cpp_starting,", StringComparison.Ordinal) ? l.Replace(",536,", ",540,", StringComparison.Ordinal) : l)]);

        var loaded = await Loader.LoadAsync(PublishedFiles.FromDirectory(_folder));

        Assert.Equal(new PublishedLoadResult(79090, 167, 2132, 1530), loaded);
        await using var db = _store.Db();
        Assert.Equal(79090, await db.PublishedValues.CountAsync());
        var after = await _store.Services.GetRequiredService<PublishedFigures>().CurrentAsync();
        Assert.Equal("540", after.Value("E10000020", "cpp_starting", 2025)!.Value);
    }

    [Fact]
    public async Task A_file_without_its_columns_is_refused_and_nothing_changes()
    {
        WriteFolder(lines => ["year,area,value", .. lines.Skip(1)]);

        var refused = await Assert.ThrowsAsync<InvalidDataException>(() => Loader.LoadAsync(PublishedFiles.FromDirectory(_folder)));

        Assert.Contains("la_indicators.csv has no column time_period", refused.Message, StringComparison.Ordinal);
        await using var db = _store.Db();
        Assert.Equal(79090, await db.PublishedValues.CountAsync());
    }

    /// <summary>The shipped files in a folder, with <c>la_indicators.csv</c> changed.</summary>
    private void WriteFolder(Func<string[], string[]> changeIndicators)
    {
        foreach (var name in new[] { "la_indicators.csv", "la_codes.csv", "population_0_17.csv", "statistical_neighbours.csv" })
        {
            using var stream = PublishedFiles.OpenShipped(name);
            using var reader = new StreamReader(stream);
            var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            File.WriteAllLines(Path.Combine(_folder, name), name == "la_indicators.csv" ? changeIndicators(lines) : lines);
        }
    }
}
