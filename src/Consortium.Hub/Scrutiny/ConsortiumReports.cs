using Consortium.Contracts;

namespace Consortium.Hub.Scrutiny;

/// <summary>
/// Builds the consortium's report for a reporting year: outcomes against the comparison authorities, each member's
/// headline indicators with neighbours and England, quality assurance across the members, and families' and children's voice.
/// </summary>
public sealed class ConsortiumReports(ImpactSection impact, HeadlineSection headlines, SharedIndicatorsSection shared, TimeProvider clock)
{
    /// <summary>The reporting years a report can be made for on a day: this one and the four before it.</summary>
    public static IReadOnlyList<ReportingPeriod> Choices(DateOnly today)
    {
        var year = ReportingPeriod.YearOf(today);
        return [.. Enumerable.Range(0, 5).Select(back => ReportingPeriod.Year(year.ReportingYear - back))];
    }

    public async Task<ConsortiumReport> BuildAsync(ReportingPeriod year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(year);
        if (year.Kind != PeriodKind.ReportingYear)
        {
            throw new ArgumentException("The consortium's report is made for a reporting year.", nameof(year));
        }

        return new ConsortiumReport(year, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        [
            await impact.BuildAsync(cancellationToken),
            await headlines.BuildAsync(year, cancellationToken),
            await shared.QualityAsync(year, cancellationToken),
            await shared.VoiceAsync(year, cancellationToken),
        ]);
    }
}
