using System.Net;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Hub.Ingestion;
using Consortium.Hub.Scrutiny;
using Consortium.Web.Tests.Api;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Pages.Hub;

/// <summary>
/// The consortium's report at the hub, for the reporting year two before this one: Brent's audit figure suppressed,
/// Bristol's shared; a child with a known name recorded at Brent, whom the hub never hears of.
/// </summary>
public sealed class ConsortiumReportPageTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>, IAsyncLifetime
{
    private const string Hub = "http://hub.localhost";
    private static readonly string[] Names = ["Zephyrine", "Quillfeather"];
    private static readonly ReportingPeriod Year = ConsortiumReports.Choices(DateOnly.FromDateTime(DateTime.UtcNow))[2];
    private static readonly string[] Headings =
    [
        "Outcomes: the consortium against comparison authorities", "Each member's headline indicators, with neighbours and England",
        "Quality assurance: case-file audits across the members", "Families' and children's voice",
    ];

    public async Task InitializeAsync()
    {
        factory.Client();
        await HubSeed.TwoYearsAsync(factory.Services);
        var ingestor = factory.Services.GetRequiredService<SnapshotIngestor>();
        await ingestor.IngestAsync(Snapshot("E09000005", new() { Indicator = IndicatorCode.QA_AUDIT_GOOD, Status = ValueStatus.Suppressed }));
        await ingestor.IngestAsync(Snapshot("E06000023", new() { Indicator = IndicatorCode.QA_AUDIT_GOOD, Status = ValueStatus.Available, Value = 75m, Numerator = 30, Denominator = 40 }));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static IndicatorSnapshotPublished Snapshot(string authority, IndicatorValue value) => new()
    {
        Authority = new AuthorityCode(authority),
        Period = Year,
        CatalogueVersion = IndicatorCatalogue.Version,
        ComputedAt = DateTimeOffset.UtcNow,
        Values = [value],
    };

    private static string WordUrl => $"{Hub}/impact/report?handler=Word&period={Uri.EscapeDataString(Year.Key)}";

    [Fact]
    public async Task A_consortium_lead_downloads_a_valid_word_document_with_every_section_and_a_suppressed_figure_as_its_symbol()
    {
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        var response = await lead.GetAsync(new Uri(WordUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => e.Description).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var body = document.MainDocumentPart!.Document!.Body!;
        Assert.Equal(Headings, body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText));
        Assert.Equal(3, document.MainDocumentPart.ImageParts.Count());
        var audits = body.Elements<Paragraph>().First(p => p.InnerText == $"Case-file audits graded good or better, {Year.Label}").NextSibling<Table>()!
            .Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        Assert.Equal(["Brent", "c", "c"], audits.Single(r => r[0] == "Brent"));
        Assert.Equal(["Bristol, City of", "75.0%", "40"], audits.Single(r => r[0] == "Bristol, City of"));
    }

    [Fact]
    public async Task The_page_and_the_csv_show_the_same_figures_and_no_childs_name()
    {
        var practitioner = await factory.SignedIn("http://brent.localhost/caseload", "practitioner@brent");
        await practitioner.RecordReferral("http://brent.localhost", Names[0], Names[1]);
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        // Razor encodes apostrophes: read the text as shown.
        var page = WebUtility.HtmlDecode(await lead.GetStringAsync(new Uri($"{Hub}/impact/report?period={Uri.EscapeDataString(Year.Key)}")));
        var csv = await lead.GetStringAsync(new Uri($"{Hub}/impact/report?handler=Csv&period={Uri.EscapeDataString(Year.Key)}"));
        var word = await lead.GetByteArrayAsync(new Uri(WordUrl));

        foreach (var heading in Headings)
        {
            Assert.Contains($">{heading}</h2>", page, StringComparison.Ordinal);
        }

        Assert.Equal(3, page.Split("data-testid=\"line-chart\"").Length - 1);
        Assert.Contains($"{Year.Key},Quality assurance: case-file audits across the members,\"Case-file audits graded good or better, {Year.Label}\",Brent,Case-file audits graded good or better,c", csv, StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(new MemoryStream(word), false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        foreach (var name in Names)
        {
            Assert.DoesNotContain(name, page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(name, csv, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(name, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_department_analyst_is_refused_and_an_authoritys_staff_reach_it_neither_at_the_hub_nor_at_their_own_host()
    {
        var analyst = await factory.SignedIn($"{Hub}/me", "analyst@hub");
        var admin = await factory.SignedIn("http://leicestershire.localhost/admin", "admin@leicestershire");

        var refused = await analyst.GetAsync(new Uri(WordUrl));
        var atHub = await admin.GetAsync(new Uri(WordUrl));
        var atHome = await admin.GetAsync(new Uri($"http://leicestershire.localhost/impact/report?handler=Word&period={Uri.EscapeDataString(Year.Key)}"));

        Assert.Equal(HttpStatusCode.Found, refused.StatusCode);
        Assert.Contains("no-access", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, atHub.StatusCode);
        Assert.Contains("/idp/hub/", atHub.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, atHome.StatusCode);
        Assert.DoesNotContain("consortium-report-link", await analyst.GetStringAsync(new Uri($"{Hub}/impact")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-25 Q2")]
    [InlineData("1999-00")]
    [InlineData("someday")]
    public async Task A_quarter_a_year_not_offered_or_nonsense_is_named_in_the_error_summary_and_gives_no_file(string period)
    {
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        var page = await lead.GetAsync(new Uri($"{Hub}/impact/report?period={Uri.EscapeDataString(period)}"));
        var word = await lead.GetAsync(new Uri($"{Hub}/impact/report?handler=Word&period={Uri.EscapeDataString(period)}"));

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, word.StatusCode);
        Assert.Contains("<a href=\"#period\">", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/html", word.Content.Headers.ContentType!.MediaType);
    }
}
