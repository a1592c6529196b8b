using System.CommandLine;
using Consortium.Hub.Published;

namespace Consortium.Web.Operations;

/// <summary>
/// <c>published load [--from folder]</c>: loads the Department's published figures into the hub's database, replacing
/// what was loaded before: a folder holding a newer extract (the four CSV files of <c>../shared/data/published</c>), or
/// without <c>--from</c> the copy shipped with the build. A running hub reads them at its next start.
/// </summary>
internal static class PublishedCommands
{
    public static Command Create(IServiceProvider services, OperatorConsole console)
    {
        var from = new Option<string?>("--from") { Description = "Folder with la_indicators.csv, la_codes.csv, population_0_17.csv and statistical_neighbours.csv" };
        var load = new Command("load", "Load the Department's published figures, replacing those loaded before") { from };
        load.SetAction(async (parse, ct) =>
        {
            var folder = parse.GetValue(from);
            var files = folder is null ? PublishedFiles.Shipped() : PublishedFiles.FromDirectory(Path.GetFullPath(folder));
            await console.Out.WriteLineAsync($"Loading the published figures from {files.Source}…");
            try
            {
                var progress = new SynchronousProgress<string>(step => console.Out.WriteLine($"  {step}"));
                var loaded = await services.GetRequiredService<PublishedFiguresLoader>().LoadAsync(files, progress, ct);
                await console.Out.WriteLineAsync(
                    $"Loaded {loaded.Values:N0} figures, {loaded.Areas:N0} authority codes, {loaded.Population:N0} population estimates, {loaded.Neighbours:N0} statistical neighbours.");
                return 0;
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                await console.Error.WriteLineAsync($"There is a problem: {e.Message} Nothing was changed.");
                return 1;
            }
        });

        return new Command("published", "The Department's published figures at the hub") { load };
    }
}
