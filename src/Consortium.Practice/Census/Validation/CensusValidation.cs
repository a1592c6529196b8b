using System.Text;
using System.Xml;
using Consortium.Practice.Casework;
using Consortium.Practice.Census.Building;
using Consortium.Practice.Data;

namespace Consortium.Practice.Census.Validation;

/// <summary>
/// Generates the authority's census file for a year and runs every rule over it (keeping the run as the year's latest,
/// saved with the access log lines), or writes it for download; either way each child in the file gets a line in its
/// access log, saying who read it into the census and when.
/// </summary>
public sealed class CensusValidation(CensusFileBuilder builder, PracticeDbContext db, TimeProvider clock)
{
    public const string SoftwareCode = "Consortium";

    public async Task<CensusValidationResult> RunAsync(int year, StaffMember who, IProgress<CensusProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        var total = CensusRules.All.Count + 2;
        var build = await builder.BuildAsync(year, cancellationToken);
        progress?.Report(new CensusProgress(1, total));
        var failures = new List<CensusFailureRow>();
        for (var i = 0; i < CensusRules.All.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            failures.AddRange(CensusRules.All[i].Check(build.File).Select(f => Row(f, build)));
            progress?.Report(new CensusProgress(2 + i, total));
        }

        var now = clock.GetUtcNow();
        var result = new CensusValidationResult(year, now, who.Name, build.File.Children.Count, failures);
        await LatestCensusRun.KeepAsync(db, result, cancellationToken);
        await LogAsync(build, who, AccessAction.CensusGenerated, $"Children in Need census {CensusYears.Label(year)} generated and validated", now, cancellationToken);
        progress?.Report(new CensusProgress(total, total));
        return result;
    }

    /// <summary>The year's file as XML (UTF-8), for an administrator to download and send.</summary>
    public async Task<byte[]> DownloadAsync(int year, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        var build = await builder.BuildAsync(year, cancellationToken);
        var now = clock.GetUtcNow();
        var xml = CensusXmlWriter.Write(build.File, new CensusSource(SoftwareCode, typeof(CensusValidation).Assembly.GetName().Version?.ToString(3) ?? "1.0.0", 1, now));
        await LogAsync(build, who, AccessAction.CensusDownloaded, $"Children in Need census {CensusYears.Label(year)} downloaded", now, cancellationToken);
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = true }))
        {
            await xml.SaveAsync(writer, cancellationToken);
        }

        return stream.ToArray();
    }

    private static CensusFailureRow Row(CensusFailure failure, CensusBuild build)
    {
        var record = failure.LaChildId is null ? null : build.Records.GetValueOrDefault(failure.LaChildId);
        var caseId = record is not null && failure.Episode is { } episode && episode < record.EpisodeCaseIds.Count ? record.EpisodeCaseIds[episode] : (Guid?)null;
        return new CensusFailureRow(failure.Rule.Code, failure.Rule.Message, failure.Rule.IsQuery, failure.LaChildId, record?.ChildId, caseId);
    }

    private async Task LogAsync(CensusBuild build, StaffMember who, AccessAction action, string detail, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var record in build.Records.Values)
        {
            AccessLogWriter.Add(db, record.ChildId, who, action, "census", record.ChildId, now, detail);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
