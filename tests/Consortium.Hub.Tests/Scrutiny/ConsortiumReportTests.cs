using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Scrutiny;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using static Consortium.Hub.Tests.HubTestStore;

namespace Consortium.Hub.Tests.Scrutiny;

/// <summary>
/// The consortium's report for 2024-25 over the published figures and a few shared values: Brent's audit figure
/// suppressed, Bristol's and Wakefield's shared with their counts, two members' families' goals.
/// </summary>
public sealed class ConsortiumReportTests : IAsyncLifetime
{
    private const string Leicestershire = "E10000018";
    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2024);
    private readonly HubTestStore _store = new(withPublished: true);

    public async Task InitializeAsync()
    {
        await _store.InitializeAsync();
        await _store.Ingestor.IngestAsync(Snapshot(Brent, Year, Noon, Suppressed(IndicatorCode.QA_AUDIT_GOOD), Percent(IndicatorCode.REREF12, 30, 200)));
        await _store.Ingestor.IngestAsync(Snapshot(Bristol, Year, Noon, Percent(IndicatorCode.QA_AUDIT_GOOD, 30, 40), Percent(IndicatorCode.SOS_GOALS, 12, 20)));
        await _store.Ingestor.IngestAsync(Snapshot(Wakefield, Year, Noon, Percent(IndicatorCode.QA_AUDIT_GOOD, 18, 60), Suppressed(IndicatorCode.SOS_GOALS)));
    }

    public Task DisposeAsync() => _store.DisposeAsync();

    private async Task<ConsortiumReport> BuildAsync()
    {
        using var scope = _store.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ConsortiumReports>().BuildAsync(Year);
    }

    /// <summary>The cells of the table under the caption that starts so.</summary>
    private static string[][] Cells(Body body, string caption) =>
        [.. body.Elements<Paragraph>().First(p => p.InnerText.StartsWith(caption, StringComparison.Ordinal)).NextSibling<Table>()!
            .Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray())];

    [Fact]
    public async Task The_word_document_is_valid_and_has_every_section_each_table_and_a_chart_for_each_outcome()
    {
        var report = await BuildAsync();

        using var document = WordprocessingDocument.Open(new MemoryStream(ConsortiumReportDocument.Write(report)), false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var body = document.MainDocumentPart!.Document!.Body!;
        Assert.Equal(
            ["Outcomes: the consortium against comparison authorities", "Each member's headline indicators, with neighbours and England", "Quality assurance: case-file audits across the members", "Families' and children's voice"],
            body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText));
        // The summary, three yearly tables and the timelines; five headlines; one audit table; two voice tables.
        Assert.Equal(1 + 3 + 1 + 5 + 1 + 2, body.Elements<Table>().Count());
        Assert.Equal(3, document.MainDocumentPart.ImageParts.Count());
        Assert.Equal(report.Title, document.PackageProperties.Title);
    }

    [Fact]
    public async Task A_suppressed_figure_is_shown_as_its_symbol_and_left_out_of_the_members_pooled_figure()
    {
        var report = await BuildAsync();

        using var document = WordprocessingDocument.Open(new MemoryStream(ConsortiumReportDocument.Write(report)), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var audits = Cells(body, "Case-file audits graded good or better, 2024-25");

        Assert.Equal(["Brent", "c", "c"], audits.Single(r => r[0] == "Brent"));
        Assert.Equal(["Bristol, City of", "75.0%", "40"], audits.Single(r => r[0] == "Bristol, City of"));
        Assert.Equal(["Leicestershire", "x", "x"], audits.Single(r => r[0] == "Leicestershire"));
        // (30 + 18) of (40 + 60): Brent's suppressed figure is neither filled in nor counted.
        Assert.Contains("3 of the 10 members shared a figure for 2024-25, 1 of them suppressed (shown c)", body.InnerText, StringComparison.Ordinal);
        Assert.Contains("Across the 2 members whose counts were shared, 48 of 100 (48.0%)", body.InnerText, StringComparison.Ordinal);
        Assert.Equal("c", Cells(body, "Family goals achieved at closure, 2024-25").Single(r => r[0] == "Wakefield")[1]);
    }

    [Fact]
    public async Task Each_members_headline_sets_its_shared_figure_beside_the_published_one_its_neighbours_and_england()
    {
        var report = await BuildAsync();

        var rereferrals = report.Sections.Single(s => s.Key == "headlines").Tables.Single(t => t.Caption.StartsWith("Re-referrals", StringComparison.Ordinal));

        var brent = rereferrals.Rows.Single(r => r[0] == "Brent");
        Assert.Equal("15.0%", brent[1]);
        Assert.Matches(@"^[0-9]+\.[0-9]%$", brent[2]);
        Assert.Matches(@"^[0-9]+\.[0-9]% \(10 of 10\)$", brent[3]);
        Assert.Equal("22.6%", brent[4]);
        Assert.Equal("x", rereferrals.Rows.Single(r => r[0] == "Leicestershire")[1]);
    }

    [Fact]
    public async Task The_outcomes_are_the_impact_pages_comparison_with_its_plain_english_sentences()
    {
        var report = await BuildAsync();

        var outcomes = report.Sections.Single(s => s.Key == "outcomes");

        Assert.Contains(outcomes.Paragraphs, p => p.StartsWith("The 10 members against the 66 authorities", StringComparison.Ordinal));
        Assert.Equal(3, outcomes.Paragraphs.Count(p => p.Contains("No clear change in", StringComparison.Ordinal)));
        Assert.Equal("+0.61", outcomes.Tables[0].Rows.Single(r => r[0].StartsWith("Re-referrals", StringComparison.Ordinal))[1]);
        Assert.Equal(3, outcomes.Charts.Count);
    }

    [Fact]
    public async Task A_quarter_is_refused()
    {
        using var scope = _store.Services.CreateScope();

        await Assert.ThrowsAsync<ArgumentException>(() => scope.ServiceProvider.GetRequiredService<ConsortiumReports>().BuildAsync(ReportingPeriod.QuarterOf(new DateOnly(2024, 5, 1))));
    }
}
