using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Consortium.Practice.Census.Validation;

/// <summary>
/// Validation runs in the background, one at a time per authority and year, each in its own scope bound to its
/// authority; the latest run of each is kept in memory for its page to show, and the last finished one in the
/// authority's database too, so that a restart shows it.
/// </summary>
public sealed partial class CensusRuns(ITenantScopeRunner scopes, ILogger<CensusRuns> logger) : IDisposable
{
    private readonly Dictionary<(string Tenant, int Year), CensusRun> _runs = [];
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>The authority's latest run for the year, running or finished; null when none has been started.</summary>
    public CensusRun? Latest(TenantInfo tenant, int year)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        lock (_runs)
        {
            return _runs.GetValueOrDefault((tenant.Id, year));
        }
    }

    /// <summary>
    /// The authority's latest run for the year: the one in this process, running or finished, or else the last one
    /// finished as kept in its database (<see cref="LatestCensusRun"/>); null when none has been finished.
    /// </summary>
    public async Task<CensusRun?> LatestAsync(TenantInfo tenant, int year, CancellationToken cancellationToken = default)
    {
        if (Latest(tenant, year) is { } inProcess)
        {
            return inProcess;
        }

        var kept = await scopes.RunAsync(tenant, (sp, ct) =>
            sp.GetRequiredService<PracticeDbContext>().LatestCensusRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Year == year, ct), cancellationToken);
        if (kept is null)
        {
            return null;
        }

        lock (_runs)
        {
            _runs.TryAdd((tenant.Id, year), CensusRun.Finished(kept.ToResult()));
            return _runs[(tenant.Id, year)];
        }
    }

    /// <summary>Starts a run, or gives the one already running for the authority and year.</summary>
    public CensusRun Start(TenantInfo tenant, int year, StaffMember who)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        lock (_runs)
        {
            if (_runs.TryGetValue((tenant.Id, year), out var running) && running.IsRunning)
            {
                return running;
            }

            var run = new CensusRun(year);
            _runs[(tenant.Id, year)] = run;
            _ = Task.Run(() => RunAsync(tenant, run, who), CancellationToken.None);
            return run;
        }
    }

    private async Task RunAsync(TenantInfo tenant, CensusRun run, StaffMember who)
    {
        try
        {
            var result = await scopes.RunAsync(tenant, (sp, ct) =>
                sp.GetRequiredService<CensusValidation>().RunAsync(run.Year, who, new Reporter(run), ct), _stopping.Token);
            run.Finish(result);
        }
        catch (Exception ex)
        {
            LogFailed(tenant.Identifier, run.Year, ex.GetType().Name);
            run.Fail();
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The census validation of {Year} for {Tenant} failed ({Failure})")]
    private partial void LogFailed(string tenant, int year, string failure);

    /// <summary>Reports straight to the run (not through a synchronisation context, so the last report is the last seen).</summary>
    private sealed class Reporter(CensusRun run) : IProgress<CensusProgress>
    {
        public void Report(CensusProgress value) => run.Report(value);
    }
}
