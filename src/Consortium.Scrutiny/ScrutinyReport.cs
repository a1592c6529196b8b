using Consortium.Contracts;

namespace Consortium.Scrutiny;

/// <summary>
/// The scrutiny committee's report for one authority and one period: the four intentions in turn, families' and
/// children's voice, and the red, amber and green judgements. Holds no child's name and no person's name: counts,
/// rates, the authority's settings and the rules it was judged by. The page, the Word document and the CSV adapt it.
/// </summary>
public sealed record ScrutinyReport(
    string AuthorityName,
    ReportingPeriod Period,
    DateOnly PreparedOn,
    IReadOnlyList<ReportSection> Sections)
{
    public IEnumerable<Judgement> Judgements => Sections.Select(s => s.Judgement).OfType<Judgement>();

    public string Title => $"Signs of Safety: report to the overview and scrutiny committee, {Period.Label}";
}

/// <summary>One section: its heading, what it says in sentences, its tables, and (for the judged ones) its judgement.</summary>
public sealed record ReportSection(
    string Key,
    string Heading,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<ReportTable> Tables,
    Judgement? Judgement = null)
{
    /// <summary>Charts of figures that are also in the section's tables.</summary>
    public IReadOnlyList<ReportChart> Charts { get; init; } = [];
}
