using System.Diagnostics;
using System.Globalization;

namespace Consortium.Benchmarks;

/// <summary>Repeated runs of a piece of work, timed by wall clock and by the process's CPU, and their table rows.</summary>
internal static class Timings
{
    /// <summary>
    /// Wall-clock times, and the process's CPU time over the same runs: on a shared machine the CPU time is steadier,
    /// since waiting for a core while others build does not count.
    /// </summary>
    public static async Task<(double[] Wall, double[] Cpu)> Time(int runs, Func<Task<long>> work)
    {
        await work();
        await work();
        var wall = new double[runs];
        var cpu = new double[runs];
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            await work();
            wall[i] = clock.Elapsed.TotalMilliseconds;
            process.Refresh();
            cpu[i] = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        }

        Array.Sort(wall);
        Array.Sort(cpu);
        return (wall, cpu);
    }

    public static double Median(double[] sorted) => sorted[sorted.Length / 2];

    public static string Row(string name, int runs, (double[] Wall, double[] Cpu) times) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | {runs} | {Median(times.Wall):F1} | {times.Wall[^1]:F1} | {Median(times.Cpu):F1} |");
}
