using System.Net;
using Consortium.Practice.Audits;
using Consortium.Practice.Data;
using Consortium.Practice.Policy;
using Consortium.Practice.SelfAssessment;
using Consortium.Practice.Settings;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Consortium.Web.Tests.Api;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Pages.Reports;

/// <summary>
/// The scrutiny report at Suffolk, built by hand: a child with a known name, a completed audit that names the child, the
/// worker and the auditor in its free text, and a policy change by a named administrator. The report counts them and
/// names nobody. West Sussex (nothing seeded) is the other authority. One host for the class: no other test touches them.
/// </summary>
public sealed class ScrutinyReportPageTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private const string Suffolk = "http://suffolk.localhost";
    private const string Sussex = "http://west-sussex.localhost";
    private static readonly string[] Names = ["Zebedee", "Quartermaine", "Wanda Workwell", "Audrey Auditwell", "Priya Policyowner"];
    private static readonly string[] Headings =
    [
        "Policy and procedure alignment", "Implementation: the authority's self-assessment", "Quality assurance", "Workforce and training", "Outcomes for children",
        "Families' and children's voice", "Red, amber and green judgements",
    ];

    private static readonly SemaphoreSlim Seeding = new(1, 1);
    private static bool _seeded;

    private async Task SeedSuffolkAsync()
    {
        await Seeding.WaitAsync();
        try
        {
            if (_seeded)
            {
                return;
            }

            var practitioner = await factory.SignedIn($"{Suffolk}/caseload", "practitioner@suffolk");
            var (caseId, childId, _) = await practitioner.RecordReferral(Suffolk, "Zebedee", "Quartermaine");
            var tenant = (await factory.Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync("suffolk"))!;
            await factory.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, async (sp, ct) =>
            {
                var db = sp.GetRequiredService<PracticeDbContext>();
                var today = DateOnly.FromDateTime(DateTime.UtcNow);
                var audit = new CaseAudit
                {
                    CaseId = caseId, ChildId = childId, CaseReference = "SUF-1", Month = new DateOnly(today.Year, today.Month, 1), Reason = "Zebedee Quartermaine themed",
                    Team = "Assessment", WorkerName = "Wanda Workwell", AuditorName = "Audrey Auditwell", DueOn = today, Status = AuditStatus.Completed,
                    Grade = 2, Score = 60m, CompletedOn = today, CompletedAt = DateTimeOffset.UtcNow, Summary = "Zebedee is safe with Wanda Workwell's plan",
                    WorkingWell = "Zebedee Quartermaine speaks well of his gran", FamilyAsked = true, FamilyExplained = 8, FamilyListened = 6, FamilyPlanSafe = 9,
                    FamilyWords = "Zebedee's mum said Wanda Workwell listened",
                    DomainScores = [new AuditDomainScore { DomainKey = "voice", DomainTitle = "The child's voice", Score = 30m }, new AuditDomainScore { DomainKey = "recording", DomainTitle = "Recording", Score = 90m }],
                };
                db.CaseAudits.Add(audit);
                var quarter = ReportingQuarter.StartOf(today);
                db.SelfAssessments.AddRange(
                    SelfAssessment(quarter.AddMonths(-3), 4, "Practice leads appointed in every team."),
                    SelfAssessment(quarter, 7, "The board reviews the practice monthly. It minutes each review."));
                await db.SaveChangesAsync(ct);
                var store = sp.GetRequiredService<SettingsStore<PracticePolicy>>();
                var current = await store.GetCurrentAsync(ct);
                current.Settings.Checklist.SafetyNetworkSize = 4;
                var saved = await store.SaveAsync(current.Settings, current.Version, "Priya Policyowner", ct);
                Assert.True(saved.IsDone);
                return 0;
            });
            _seeded = true;
        }
        finally
        {
            Seeding.Release();
        }
    }

    private static SelfAssessmentQuarter SelfAssessment(DateOnly start, int rating, string evidence) => new()
    {
        QuarterStart = start, Version = 1, RecordedBy = "Priya Policyowner", RecordedAt = DateTimeOffset.UtcNow,
        Ratings = [.. ImplementationElements.All.Select(e => new SelfAssessmentRating { Element = e, Rating = rating, Evidence = evidence })],
    };

    private static string TextOf(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document!.Body!.InnerText;
    }

    [Fact]
    public async Task The_word_document_is_valid_has_every_section_heading_counts_the_seeded_records_and_names_no_one()
    {
        await SeedSuffolkAsync();
        var admin = await factory.SignedIn($"{Suffolk}/admin", "admin@suffolk");

        var response = await admin.GetAsync(new Uri($"{Suffolk}/reports/scrutiny?handler=Word"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using (var document = WordprocessingDocument.Open(new MemoryStream(bytes), false))
        {
            var errors = new OpenXmlValidator().Validate(document).Select(e => e.Description).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
            var body = document.MainDocumentPart!.Document!.Body!;
            Assert.Equal(Headings, body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText));
            Assert.True(body.Elements<Table>().Count() >= 5);
            Assert.Equal(OutcomesSectionCharts.Evaluated, document.MainDocumentPart.ImageParts.Count());
        }

        var text = TextOf(bytes);
        Assert.Contains("1 case-file audit was completed", text, StringComparison.Ordinal);
        Assert.Contains("the child's voice (100.0% of audits)", text, StringComparison.Ordinal);
        Assert.Contains("Practice policy2Safety network size: 3 → 4 people", text, StringComparison.Ordinal);
        Assert.Contains("Judgement: Green. The latest change was published on", text, StringComparison.Ordinal);
        Assert.Contains("The family was asked for its views in 1 of the 1 case-file audits", text, StringComparison.Ordinal);
        // The families' goals and the child's view come from SOS_GOALS and SOS_CHILD_VIEW, after disclosure control.
        Assert.Matches("Of the family goals rated at closure in [^,]+, (c|z|x|[0-9.]+%) were rated at or above the authority's threshold", text);
        Assert.Matches("whether the plan makes them feel safe, (c|z|x|[0-9.]+%) said yes", text);
        Assert.DoesNotContain("are not recorded yet", text, StringComparison.Ordinal);
        Assert.Contains("Social workers in the census year 1 October", text, StringComparison.Ordinal);
        Assert.Contains("Turnover rate (FTE)", text, StringComparison.Ordinal);
        Assert.Contains("Leadership74+3The board reviews the practice monthly.Policy and procedure alignment", text, StringComparison.Ordinal);
        Assert.DoesNotContain(WorkforceSectionWords.OldNotYetAvailable, text, StringComparison.Ordinal);
        foreach (var name in Names)
        {
            Assert.DoesNotContain(name, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_printable_page_shows_each_section_with_its_judgement_and_the_csv_holds_its_figures_and_no_names()
    {
        await SeedSuffolkAsync();
        var manager = await factory.SignedIn($"{Suffolk}/reports/scrutiny", "manager@suffolk");

        var page = WebUtility.HtmlDecode(await manager.GetStringAsync(new Uri($"{Suffolk}/reports/scrutiny")));
        var csv = await manager.GetStringAsync(new Uri($"{Suffolk}/reports/scrutiny?handler=Csv"));

        foreach (var heading in Headings)
        {
            Assert.Contains($">{heading}</h2>", page, StringComparison.Ordinal);
        }

        Assert.Contains("Green</strong> 1 of 1 audits completed (100.0%) were graded good or better.", page, StringComparison.Ordinal);
        Assert.Contains("The rule: Green when at least 60% of the case-file audits", page, StringComparison.Ordinal);
        Assert.Equal(OutcomesSectionCharts.Evaluated, System.Text.RegularExpressions.Regex.Count(page, "id=\"outcomes-chart-[0-9]+-title\""));
        Assert.StartsWith("authority,period,section,table,row,column,value\r\n", csv, StringComparison.Ordinal);
        var thisYear = Consortium.Contracts.ReportingPeriod.YearOf(DateOnly.FromDateTime(DateTime.UtcNow)).Key;
        Assert.Contains($"Suffolk,{thisYear},Quality assurance,\"Case-file audits completed in the period, by final grade\",2 Good,Audits,1\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("Families' and children's voice,Families' ratings in case-file audits,The worker explained the worries,Average rating (0-10),8.0", csv, StringComparison.Ordinal);
        Assert.Contains("\"Red, amber and green judgements\",\"Judgements, with the reason and the rule for each\",Quality assurance,Judgement,Green", csv, StringComparison.Ordinal);
        foreach (var name in Names)
        {
            Assert.DoesNotContain(name, page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(name, csv, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Another_authoritys_administrator_cannot_get_the_report_and_their_own_holds_none_of_its_data()
    {
        await SeedSuffolkAsync();
        var sussex = await factory.SignedIn($"{Sussex}/admin", "admin@west-sussex");

        var atSuffolk = await sussex.GetAsync(new Uri($"{Suffolk}/reports/scrutiny?handler=Word"));
        var atSuffolkPath = await sussex.GetAsync(new Uri("http://localhost/t/suffolk/reports/scrutiny?handler=Csv"));
        var own = TextOf(await sussex.GetByteArrayAsync(new Uri($"{Sussex}/reports/scrutiny?handler=Word")));

        foreach (var refused in new[] { atSuffolk, atSuffolkPath })
        {
            Assert.Equal(HttpStatusCode.Found, refused.StatusCode);
            Assert.Contains("/idp/suffolk/connect/authorize", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        Assert.Contains("No case-file audit was completed in", own, StringComparison.Ordinal);
        Assert.DoesNotContain("Safety network size: 3 → 4", own, StringComparison.Ordinal);
        Assert.Contains("Judgement: Red. The practice policy, audit framework and training policy have not been changed", own, StringComparison.Ordinal);
        Assert.DoesNotContain("Suffolk", own, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("practitioner@suffolk", false)]
    [InlineData("noaccess@suffolk", false)]
    [InlineData("qa@suffolk", true)]
    [InlineData("manager@suffolk", true)]
    [InlineData("admin@suffolk", true)]
    public async Task Only_administrators_quality_assurance_and_team_managers_get_the_report(string user, bool allowed)
    {
        var client = await factory.SignedIn($"{Suffolk}/me", user);

        var page = await client.GetAsync(new Uri($"{Suffolk}/reports/scrutiny?period=2025-26%20Q4"));
        var csv = await client.GetAsync(new Uri($"{Suffolk}/reports/scrutiny?handler=Csv&period=2025-26%20Q4"));

        foreach (var response in new[] { page, csv })
        {
            if (allowed)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
            else
            {
                Assert.Equal(HttpStatusCode.Found, response.StatusCode);
                Assert.Contains("no-access", response.Headers.Location!.ToString(), StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("2026-11")]
    [InlineData("2099-00")]
    [InlineData("someday")]
    public async Task A_month_a_period_not_begun_or_nonsense_is_named_in_the_error_summary_and_gives_no_file(string period)
    {
        var admin = await factory.SignedIn($"{Suffolk}/admin", "admin@suffolk");

        var page = await admin.GetAsync(new Uri($"{Suffolk}/reports/scrutiny?period={Uri.EscapeDataString(period)}"));
        var word = await admin.GetAsync(new Uri($"{Suffolk}/reports/scrutiny?handler=Word&period={Uri.EscapeDataString(period)}"));

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, word.StatusCode);
        Assert.Contains("<a href=\"#period\">", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/html", word.Content.Headers.ContentType!.MediaType);
    }
}

internal static class WorkforceSectionWords
{
    /// <summary>What the report said before it computed the census measures.</summary>
    public const string OldNotYetAvailable = "the product does not compute the workforce census measures yet";
}

internal static class OutcomesSectionCharts
{
    /// <summary>One chart for each indicator the outcomes section evaluates.</summary>
    public static int Evaluated => Consortium.Scrutiny.Sections.OutcomesSection.Evaluated.Count;
}
