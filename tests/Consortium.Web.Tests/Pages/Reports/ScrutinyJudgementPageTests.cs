using System.Net;
using Consortium.Practice.Data;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Pages.Reports;

/// <summary>
/// The board's judgement of a section of the scrutiny report at Wokingham: recorded by an administrator with a note,
/// printed beside the rule's, kept in the settings history; refused whole when a field is wrong; Tower Hamlets apart.
/// One host for the class: no other test touches Wokingham's report.
/// </summary>
public sealed class ScrutinyJudgementPageTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private const string Wokingham = "http://wokingham.localhost";
    private const string Hamlets = "http://tower-hamlets.localhost";
    private const string Note = "The board saw twelve audits outside the product this year";

    private static string Period => Consortium.Contracts.ReportingPeriod.YearOf(DateOnly.FromDateTime(DateTime.UtcNow)).Key;

    private static Uri Form(string host) => new($"{host}/reports/scrutiny/judgement?period={Uri.EscapeDataString(Period)}&section=quality");

    private static FormUrlEncodedContent Post(string html, string? rating, string note)
    {
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(html),
            ["Period"] = Period,
            ["Section"] = "quality",
            ["Version"] = System.Text.RegularExpressions.Regex.Match(html, "name=\"Version\" value=\"([0-9]+)\"").Groups[1].Value,
            ["Note"] = note,
        };
        if (rating is not null)
        {
            fields["Rating"] = rating;
        }

        return new FormUrlEncodedContent(fields);
    }

    private async Task<List<(string ChangedBy, string Json)>> HistoryAsync(string slug)
    {
        var tenant = (await factory.Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync(slug))!;
        return await factory.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, async (sp, ct) =>
            (await sp.GetRequiredService<PracticeDbContext>().SettingsRevisions.AsNoTracking()
                .Where(r => r.Kind == "ScrutinyBoardOverrides").OrderBy(r => r.Version).Select(r => new { r.ChangedBy, r.Json }).ToListAsync(ct))
            .Select(r => (r.ChangedBy, r.Json)).ToList());
    }

    [Fact]
    public async Task Bad_input_is_named_in_the_error_summary_and_saves_nothing_then_the_boards_judgement_is_printed_beside_the_rules_and_audited()
    {
        var admin = await factory.SignedIn($"{Wokingham}/admin", "admin@wokingham");
        var form = await admin.GetStringAsync(Form(Wokingham));

        var bad = await admin.PostAsync(Form(Wokingham), Post(form, null, "  "));
        var badHtml = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        var afterBad = await HistoryAsync("wokingham");
        var saved = await admin.PostAsync(Form(Wokingham), Post(form, "Amber", Note));
        var history = await HistoryAsync("wokingham");
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri($"{Wokingham}/reports/scrutiny?period={Uri.EscapeDataString(Period)}")));
        var word = await admin.GetByteArrayAsync(new Uri($"{Wokingham}/reports/scrutiny?handler=Word&period={Uri.EscapeDataString(Period)}"));
        var csv = await admin.GetStringAsync(new Uri($"{Wokingham}/reports/scrutiny?handler=Csv&period={Uri.EscapeDataString(Period)}"));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("<a href=\"#Rating\">Choose the board's judgement", badHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Note\">Say why the board judges differently from the rule</a>", badHtml, StringComparison.Ordinal);
        Assert.Empty(afterBad);
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        var (by, json) = Assert.Single(history);
        Assert.Contains(Note, json, StringComparison.Ordinal);
        var sentence = $"The board judged this amber where the rule gave red: {Note} (recorded by {by} on";
        Assert.Contains("govuk-tag--orange\" data-testid=\"rating-quality\">Amber</strong> No case-file audit was completed", page, StringComparison.Ordinal);
        Assert.Contains(sentence, page, StringComparison.Ordinal);
        Assert.Contains($"Quality assurance,The board's judgement,Amber", csv, StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(new MemoryStream(word), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Contains($"Judgement: Red. No case-file audit was completed in the period, so the practice had no assurance from audits.{sentence}", document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);

        var hamlets = await factory.SignedIn($"{Hamlets}/admin", "admin@tower-hamlets");
        var theirs = WebUtility.HtmlDecode(await hamlets.GetStringAsync(new Uri($"{Hamlets}/reports/scrutiny?period={Uri.EscapeDataString(Period)}")));
        var atWokingham = await hamlets.PostAsync(Form(Wokingham), Post(form, "Green", "Not theirs to judge"));
        Assert.DoesNotContain(Note, theirs, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"rating-quality\">Red</strong>", theirs, StringComparison.Ordinal);
        Assert.Empty(await HistoryAsync("tower-hamlets"));
        Assert.NotEqual(HttpStatusCode.OK, atWokingham.StatusCode);
        Assert.DoesNotContain("Not theirs to judge", (await HistoryAsync("wokingham")).Single().Json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("qa@wokingham")]
    [InlineData("manager@wokingham")]
    [InlineData("practitioner@wokingham")]
    public async Task Only_administrators_record_the_boards_judgement_and_others_see_no_link_to_it(string user)
    {
        var client = await factory.SignedIn($"{Wokingham}/me", user);

        var response = await client.GetAsync(Form(Wokingham));
        var report = await client.GetAsync(new Uri($"{Wokingham}/reports/scrutiny?period={Uri.EscapeDataString(Period)}"));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Contains("no-access", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        if (report.StatusCode == HttpStatusCode.OK)
        {
            Assert.DoesNotContain("/reports/scrutiny/judgement", await report.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unknown_section_or_period_is_not_found()
    {
        var admin = await factory.SignedIn($"{Wokingham}/admin", "admin@wokingham");

        var section = await admin.GetAsync(new Uri($"{Wokingham}/reports/scrutiny/judgement?period={Uri.EscapeDataString(Period)}&section=judgements"));
        var period = await admin.GetAsync(new Uri($"{Wokingham}/reports/scrutiny/judgement?period=someday&section=quality"));

        Assert.Equal(HttpStatusCode.NotFound, section.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, period.StatusCode);
    }
}
