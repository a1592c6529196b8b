using System.Diagnostics;
using Consortium.Metrics.Scheduling;
using Consortium.Web.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Consortium.Benchmarks.England;

/// <summary>
/// The scheduler's daily run over every authority (each computes and shares its recent periods), on a throwaway copy
/// of the folder so the next run starts from the same place.
/// </summary>
internal static class SchedulerRun
{
    public static async Task<(double Seconds, int Snapshots)> MeasureAsync(string folder)
    {
        var copy = Path.Combine(EnglandFolders.Root, "scheduler-run");
        if (Directory.Exists(copy))
        {
            Directory.Delete(copy, recursive: true);
        }

        EnglandFolders.CopyFolder(folder, copy);
        Environment.SetEnvironmentVariable("Metrics__Schedule__PublishYearsAtStart", "0");
        try
        {
            using var host = new BenchmarkHost(copy);
            host.Start();
            var scheduler = host.Services.GetServices<IHostedService>().OfType<SnapshotScheduler>().Single();
            var clock = Stopwatch.StartNew();
            var snapshots = await scheduler.RunDailyAsync(CancellationToken.None);
            return (clock.Elapsed.TotalSeconds, snapshots);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(copy, recursive: true);
        }
    }
}
