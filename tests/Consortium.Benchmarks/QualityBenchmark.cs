using System.Globalization;
using Consortium.Practice.Access;
using Consortium.Practice.Audits;
using Consortium.Practice.Audits.Dashboard;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Tenancy;
using Consortium.Web.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Benchmarks;

// The practice dashboard and drawing a month's sample on the Norfolk-sized database, with ten years of audits at 50 a
// month (each with its domain scores, one in four with an action) added once:
//   dotnet run -c Release --project tests/Consortium.Benchmarks -- quality [--runs 20] [--data /tmp/dir]
// Times the services (server time without HTTP): the authority's dashboard, one team's, and a draw (undone after each run).
internal static class QualityBenchmark
{
    private static readonly StaffMember Qa = new("norfolk-qa", "Quinn Assurance", "", new HashSet<StaffRole> { StaffRole.QualityAssurance }, "qa@norfolk");

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = int.Parse(Option(args, "--runs") ?? "20", CultureInfo.InvariantCulture);
        var dataDirectory = Option(args, "--data") ?? NorfolkData.DefaultDirectory;
        Directory.CreateDirectory(dataDirectory);
        using var host = new BenchmarkHost(dataDirectory);
        host.Start();
        var norfolk = await NorfolkData.EnsureSeededAsync(host, dataDirectory);
        await host.Services.GetRequiredService<TenantDatabaseProvisioner>().ProvisionAsync(norfolk);
        var scopes = host.Services.GetRequiredService<ITenantScopeRunner>();
        var (open, audits) = await scopes.RunAsync(norfolk, (sp, ct) => SeedAuditsAsync(sp.GetRequiredService<PracticeDbContext>(), ct));
        var team = await scopes.RunAsync(norfolk, (sp, ct) => sp.GetRequiredService<PracticeDbContext>().Cases.Where(c => c.Stage != CaseStage.Closed).GroupBy(c => c.Team).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync(ct));
        Console.WriteLine($"Norfolk: {open} open cases, {audits} audits");

        var authority = await Timings.Time(runs, () => scopes.RunAsync(norfolk, async (sp, ct) => (long)(await sp.GetRequiredService<PracticeDashboard>().ForAsync(null, Qa, ct))!.Cases.Count));
        var oneTeam = await Timings.Time(runs, () => scopes.RunAsync(norfolk, async (sp, ct) => (long)(await sp.GetRequiredService<PracticeDashboard>().ForAsync(team, Qa, ct))!.Cases.Count));
        var drawRuns = Math.Max(3, runs / 4);
        var draw = await Timings.Time(drawRuns, () => scopes.RunAsync(norfolk, async (sp, ct) =>
        {
            var month = AuditSampling.FirstOf(DateOnly.FromDateTime(DateTime.UtcNow));
            var drawn = await sp.GetRequiredService<AuditSampling>().DrawAsync(month, 42, Qa, ct);
            var db = sp.GetRequiredService<PracticeDbContext>();
            await db.CaseAudits.Where(a => a.SampleId == drawn.Value!.Id).ExecuteDeleteAsync(ct);
            await db.AuditSamples.Where(s => s.Id == drawn.Value!.Id).ExecuteDeleteAsync(ct);
            return (long)drawn.Value!.Drawn;
        }));

        var report = string.Join(Environment.NewLine,
            "| measurement | runs | median ms | max ms | median process CPU ms |",
            "|---|---|---|---|---|",
            Timings.Row($"practice dashboard, whole authority ({open} open cases, {audits} audits)", runs, authority),
            Timings.Row($"practice dashboard, largest team ({team})", runs, oneTeam),
            Timings.Row("drawing a month's sample (all teams, allocation included)", drawRuns, draw));
        Console.WriteLine(report);
        Directory.CreateDirectory("artifacts");
        await File.WriteAllTextAsync(Path.Combine("artifacts", "quality-benchmark.md"), report + Environment.NewLine);
        return 0;
    }

    /// <summary>Ten years of completed audits at 50 a month on the authority's cases, once; gives (open cases, audits).</summary>
    private static async Task<(int, int)> SeedAuditsAsync(PracticeDbContext db, CancellationToken ct)
    {
        var open = await db.Cases.CountAsync(c => c.Stage != CaseStage.Closed, ct);
        if (await db.CaseAudits.AnyAsync(ct))
        {
            return (open, await db.CaseAudits.CountAsync(ct));
        }

        var cases = await db.Cases.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.ChildId, c.Reference, c.Team, c.Stage, c.WorkerName }).Take(20_000).ToListAsync(ct);
        var random = new Random(7);
        var framework = DefaultAuditFramework.Create();
        var start = AuditSampling.FirstOf(DateOnly.FromDateTime(DateTime.UtcNow)).AddYears(-10);
        for (var m = 0; m < 120; m++)
        {
            var month = start.AddMonths(m);
            for (var i = 0; i < 50; i++)
            {
                var c = cases[random.Next(cases.Count)];
                var grade = 1 + random.Next(4);
                var audit = new CaseAudit
                {
                    CaseId = c.Id, ChildId = c.ChildId, CaseReference = c.Reference, Month = month, Reason = AuditSampling.RandomReason, Team = c.Team, Stage = c.Stage,
                    WorkerName = c.WorkerName, AuditorName = "Benchmark auditor", AllocatedAt = new DateTimeOffset(month.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), DueOn = month.AddDays(20),
                    Status = AuditStatus.Closed, FrameworkVersion = 1, Grade = grade, ModeratedGrade = grade == 4 ? 3 : null, CompletedOn = month.AddDays(10), Score = 25 * (5 - grade),
                };
                audit.DomainScores.AddRange(framework.Domains.Select(d => new AuditDomainScore { DomainKey = d.Key, DomainTitle = d.Title, Score = random.Next(101) }));
                if (i % 4 == 0)
                {
                    audit.Actions.Add(new AuditAction { Text = "Action", OwnerName = "Owner", DueOn = month.AddDays(40), DoneOn = m < 118 ? month.AddDays(30) : null, RecordedBy = "Benchmark" });
                }

                db.CaseAudits.Add(audit);
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        return (open, await db.CaseAudits.CountAsync(ct));
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
