using System.Net;
using System.Text.RegularExpressions;

namespace Consortium.Web.Tests.Pages.Programme;

/// <summary>The implementation self-assessment: rated by administrators, read by quality assurance and managers, kept apart per authority.</summary>
[Collection(SharedWebHost.Name)]
public sealed class SelfAssessmentPageTests(ConsortiumWebFactory factory)
{
    private const string Brent = "http://brent.localhost";

    private static readonly string[] Elements = ["Leadership", "PolicyAlignment", "Training", "PracticeLeadership", "QualityAssurance", "InformationSystems"];

    private static Dictionary<string, string> Form(string html, int training, string trainingEvidence)
    {
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(html),
            ["Quarter"] = Hidden(html, "Quarter"),
            ["Version"] = Hidden(html, "Version"),
            ["StartedFrom"] = Hidden(html, "StartedFrom"),
        };
        foreach (var element in Elements)
        {
            form[$"Rating-{element}"] = element == "Training" ? training.ToString(System.Globalization.CultureInfo.InvariantCulture) : "4";
            form[$"Evidence-{element}"] = element == "Training" ? trainingEvidence : $"Board minutes on {element}";
        }

        return form;
    }

    private static string Hidden(string html, string name) => WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value);

    [Fact]
    public async Task An_administrator_rates_a_quarter_a_second_tab_sees_the_other_rating_and_quality_assurance_reads_the_trend_but_another_authority_does_not()
    {
        var admin = await factory.SignedIn($"{Brent}/admin", "admin@brent");
        var rate = new Uri($"{Brent}/programme/self-assessment/rate");
        var firstTab = await admin.GetStringAsync(rate);
        var secondTab = await admin.GetStringAsync(rate);

        var bad = await admin.PostAsync(rate, new FormUrlEncodedContent(Form(firstTab, 11, "")));
        var badHtml = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        var first = await admin.PostAsync(rate, new FormUrlEncodedContent(Form(firstTab, 3, "Half the practitioners on the introductory course")));
        var second = await admin.PostAsync(rate, new FormUrlEncodedContent(Form(secondTab, 4, "Trainers licensed")));
        var secondHtml = WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("<a href=\"#Rating-Training\">Rate training from 0 to 10</a>", badHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Evidence-Training\">Give the evidence for the rating of training</a>", badHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("What changed since you opened this page", secondHtml, StringComparison.Ordinal);
        Assert.Contains("Half the practitioners on the introductory course", secondHtml, StringComparison.Ordinal);
        Assert.Contains("Trainers licensed</textarea>", secondHtml, StringComparison.Ordinal);

        var qa = await factory.SignedIn($"{Brent}/quality", "qa@brent");
        var page = WebUtility.HtmlDecode(await qa.GetStringAsync(new Uri($"{Brent}/programme/self-assessment")));
        var csv = await qa.GetStringAsync(new Uri($"{Brent}/programme/self-assessment?handler=Csv"));
        var qaRates = await qa.GetAsync(rate);
        var practitioner = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var practitionerReads = await practitioner.GetAsync(new Uri($"{Brent}/programme/self-assessment"));
        var wakefield = await factory.SignedIn("http://wakefield.localhost/admin", "admin@wakefield");
        var elsewhere = WebUtility.HtmlDecode(await wakefield.GetStringAsync(new Uri("http://wakefield.localhost/programme/self-assessment")));
        var elsewhereCsv = await wakefield.GetStringAsync(new Uri("http://wakefield.localhost/programme/self-assessment?handler=Csv"));

        Assert.Contains("Ratings by quarter (0 to 10)", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"line-chart\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Rate this quarter", page, StringComparison.Ordinal);
        Assert.Contains(",Training,3,Half the practitioners on the introductory course,", csv, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, qaRates.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, practitionerReads.StatusCode);
        Assert.Contains("No quarter has been rated yet.", elsewhere, StringComparison.Ordinal);
        Assert.Single(elsewhereCsv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }
}
