using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Consortium.Benchmarks;

/// <summary>For --profile: each command's wall and process CPU time from execution until its reader is done, with the command's first lines.</summary>
internal sealed class QueryTimer : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<DbCommand, (Stopwatch Clock, TimeSpan Cpu)> _running = new();

    public List<(double Ms, double CpuMs, string Sql)> Timings { get; } = [];

    private static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _running[command] = (Stopwatch.StartNew(), ProcessCpu());
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        if (_running.TryRemove(command, out var started))
        {
            Timings.Add((started.Clock.Elapsed.TotalMilliseconds, (ProcessCpu() - started.Cpu).TotalMilliseconds, string.Join(" ", command.CommandText.Split('\n').Take(4).Select(l => l.Trim()))));
        }

        return base.DataReaderDisposing(command, eventData, result);
    }
}
