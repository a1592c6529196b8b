using System.Globalization;
using Consortium.Contracts;
using Consortium.Reports;

namespace Consortium.Hub.Scrutiny;

/// <summary>
/// The consortium's report to the members' overview and scrutiny committees for one reporting year, built only from
/// what the hub holds: the figures the members shared after their own disclosure control, the Department's published
/// figures and the members' programme timelines. Counts and rates only; a figure without a number keeps its symbol.
/// The page, the Word document and the CSV adapt it.
/// </summary>
public sealed record ConsortiumReport(ReportingPeriod Year, DateOnly PreparedOn, IReadOnlyList<ConsortiumReportSection> Sections)
{
    public const string Author = "The consortium hub";

    public string Title => $"Signs of Safety: the consortium's report to the overview and scrutiny committees, {Year.Label}";

    public string Introduction =>
        $"Prepared at the consortium hub on {Day(PreparedOn)} for the reporting year {Year.Label} ({Day(Year.Start)} to {Day(Year.End)}), " +
        "from what the hub holds: the figures each member shared after its own disclosure control, the Department's published figures and the members' programme timelines. " +
        "It holds counts and rates only: no child's name and no other person's name. Where a figure has no number it shows the symbol instead: " +
        "c where the member suppressed a small number, z where the figure does not apply, and x where it is not available or was not shared. Every figure is in a table; a chart shows the same figures.";

    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}

/// <summary>One section: its heading, its sentences, its tables, and charts of figures that are also in its tables.</summary>
public sealed record ConsortiumReportSection(
    string Key,
    string Heading,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<ReportTable> Tables,
    IReadOnlyList<ReportChart> Charts);
