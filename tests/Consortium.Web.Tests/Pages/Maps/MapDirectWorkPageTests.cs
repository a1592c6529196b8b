using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Consortium.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Consortium.Web.Tests.Pages.Maps;

/// <summary>The direct work that informed a map, on the map: the child's words and a small picture of each drawing.</summary>
[Collection(SharedWebHost.Name)]
public sealed class MapDirectWorkPageTests(ConsortiumWebFactory factory)
{
    private const string Brent = "http://brent.localhost";
    private const string Bristol = "http://bristol.localhost";

    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF"u8.ToArray();

    /// <summary>A drawing as a phone photographs it: larger than a thumbnail.</summary>
    private static byte[] LargePng()
    {
        using var bitmap = new SKBitmap(1200, 900);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SkyBlue);
            using var paint = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(100, 100, 400, 300, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static async Task<Guid> SavedMap(HttpClient client, Guid caseId)
    {
        var (mapId, etag) = await client.StartMap(Brent, caseId);
        Assert.Equal(HttpStatusCode.OK, (await client.PutJson($"{Brent}/api/maps/{mapId}", ApiCalls.MapJson("Jo was hurt."), etag)).StatusCode);
        return mapId;
    }

    /// <summary>Records direct work through its page, as a browser does, with the files given.</summary>
    private static async Task RecordDirectWork(HttpClient client, Guid caseId, string words, Guid? informedMap, params (string Name, byte[] Bytes, string Type)[] files)
    {
        var form = await client.GetStringAsync(new Uri($"{Brent}/cases/{caseId}/direct-work"));
        var today = DateTime.UtcNow;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Html.FormToken(form)), "__RequestVerificationToken" },
            { new StringContent("ThreeHouses"), "Tool" },
            { new StringContent(today.Day.ToString(CultureInfo.InvariantCulture)), "DoneOn.Day" },
            { new StringContent(today.Month.ToString(CultureInfo.InvariantCulture)), "DoneOn.Month" },
            { new StringContent(today.Year.ToString(CultureInfo.InvariantCulture)), "DoneOn.Year" },
            { new StringContent(words), "WorriesWords" },
            { new StringContent("Given"), "ChildConsent" },
            { new StringContent("Given"), "ParentConsent" },
            { new StringContent(informedMap?.ToString() ?? ""), "InformedMapId" },
        };
        foreach (var (name, bytes, type) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type);
            content.Add(file, "Files", name);
        }

        var posted = await client.PostAsync(new Uri($"{Brent}/cases/{caseId}/direct-work"), content);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
    }

    private async Task<T> AtBrent<T>(Func<PracticeDbContext, CancellationToken, Task<T>> work)
    {
        var tenant = (await factory.Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync("brent"))!;
        return await factory.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, (sp, ct) => work(sp.GetRequiredService<PracticeDbContext>(), ct));
    }

    private static string Section(string page)
    {
        var start = page.IndexOf("data-testid=\"informing-direct-work\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "The map has a section for the direct work that informed it.");
        var end = page.IndexOf("</section>", start, StringComparison.Ordinal);
        return page[start..end];
    }

    [Fact]
    public async Task The_map_shows_the_direct_work_that_informed_it_with_a_small_picture_of_each_drawing_and_a_link_for_other_files()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, childId, _) = await client.RecordReferral(Brent, "Jo", "Drawer");
        var mapId = await SavedMap(client, caseId);
        await RecordDirectWork(client, caseId, "My house of worries has the shouting in it", mapId, ("houses.png", LargePng(), "image/png"), ("plan.pdf", Pdf, "application/pdf"));
        await RecordDirectWork(client, caseId, "Not about this map at all", null, ("other.png", ApiCalls.Png, "image/png"));

        var page = await client.GetStringAsync(new Uri($"{Brent}/maps/{mapId}"));
        var section = Section(page);
        var date = DateTime.UtcNow.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        var thumbnail = Regex.Match(section, "<a class=\"govuk-link app-thumbnail\" href=\"(/direct-work/([0-9a-f-]{36})/documents/([0-9a-f]{32}))\"[^>]*>\\s*<img src=\"([^\"]+)\" alt=\"([^\"]+)\"");
        var pdfLink = Regex.Match(section, "<a class=\"govuk-link\" href=\"/direct-work/[0-9a-f-]{36}/documents/[0-9a-f]{32}\"[^>]*>plan.pdf</a>");

        Assert.Contains("Direct work that informed this map", page, StringComparison.Ordinal);
        Assert.Contains("My house of worries has the shouting in it", section, StringComparison.Ordinal);
        Assert.Contains($"Three Houses, {date}", section, StringComparison.Ordinal);
        Assert.DoesNotContain("Not about this map at all", page, StringComparison.Ordinal);
        Assert.True(thumbnail.Success, "The drawing is shown as a thumbnail that links to the full document.");
        Assert.Equal($"{thumbnail.Groups[1].Value}/thumbnail", thumbnail.Groups[4].Value);
        Assert.Equal($"Drawing from Three Houses, {date}", thumbnail.Groups[5].Value);
        Assert.DoesNotContain("Jo", thumbnail.Groups[5].Value, StringComparison.Ordinal);
        Assert.True(pdfLink.Success, "A document that is not a picture is a link, not a thumbnail.");
        Assert.Single(Regex.Matches(section, "<img "));

        var response = await client.GetAsync(new Uri($"{Brent}{thumbnail.Groups[4].Value}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var size = SKBitmap.DecodeBounds(bytes);
        Assert.Equal((320, 240), (size.Width, size.Height));
        Assert.True(bytes.Length < 40_000, $"A thumbnail is small ({bytes.Length} bytes).");

        var workId = Guid.Parse(thumbnail.Groups[2].Value);
        var logged = await AtBrent((db, ct) => db.AccessLog.CountAsync(a => a.ChildId == childId && a.Action == AccessAction.Viewed && a.RecordType == "document thumbnail" && a.RecordId == workId, ct));
        Assert.Equal(1, logged);
        var pdfThumbnail = Regex.Match(section, "href=\"(/direct-work/[0-9a-f-]{36}/documents/[0-9a-f]{32})\"[^>]*>plan.pdf").Groups[1].Value;
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"{Brent}{pdfThumbnail}/thumbnail"))).StatusCode);
    }

    [Fact]
    public async Task Another_authority_and_a_restricted_record_get_not_found_for_the_map_and_the_thumbnail()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, childId, _) = await client.RecordReferral(Brent, "Kit", "Sketcher");
        var mapId = await SavedMap(client, caseId);
        await RecordDirectWork(client, caseId, "A secret drawing of home", mapId, ("home.png", LargePng(), "image/png"));
        var section = Section(await client.GetStringAsync(new Uri($"{Brent}/maps/{mapId}")));
        var thumbnail = Regex.Match(section, "<img src=\"(/direct-work/[0-9a-f-]{36}/documents/[0-9a-f]{32}/thumbnail)\"").Groups[1].Value;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"{Brent}{thumbnail}"))).StatusCode);

        var bristol = await factory.SignedIn($"{Bristol}/caseload", "practitioner@bristol");
        var mapElsewhere = await bristol.GetAsync(new Uri($"{Bristol}/maps/{mapId}"));
        var thumbnailElsewhere = await bristol.GetAsync(new Uri($"{Bristol}{thumbnail}"));
        Assert.Equal(HttpStatusCode.NotFound, mapElsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, thumbnailElsewhere.StatusCode);
        Assert.DoesNotContain("secret drawing", await mapElsewhere.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual("image/jpeg", thumbnailElsewhere.Content.Headers.ContentType?.MediaType);

        await AtBrent(async (db, ct) =>
        {
            var child = await db.Children.SingleAsync(c => c.Id == childId, ct);
            child.IsRestricted = true;
            child.PermittedStaff = ["someone-else"];
            return await db.SaveChangesAsync(ct);
        });
        var before = await AtBrent((db, ct) => db.AccessLog.CountAsync(a => a.ChildId == childId && a.RecordType == "document thumbnail", ct));
        var mapRestricted = await client.GetAsync(new Uri($"{Brent}/maps/{mapId}"));
        var thumbnailRestricted = await client.GetAsync(new Uri($"{Brent}{thumbnail}"));
        var after = await AtBrent((db, ct) => db.AccessLog.CountAsync(a => a.ChildId == childId && a.RecordType == "document thumbnail", ct));

        Assert.Equal(HttpStatusCode.NotFound, mapRestricted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, thumbnailRestricted.StatusCode);
        Assert.DoesNotContain("secret drawing", await mapRestricted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual("image/jpeg", thumbnailRestricted.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_three_houses_record_shows_its_three_houses_on_the_map_and_a_record_with_no_house_is_refused_with_the_error_summary()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, _) = await client.RecordReferral(Brent, "Lou", "Housed");
        var mapId = await SavedMap(client, caseId);
        var form = await client.GetStringAsync(new Uri($"{Brent}/cases/{caseId}/direct-work"));
        var today = DateTime.UtcNow;
        Dictionary<string, string> Fields(string worries, string good, string dreams) => new()
        {
            ["__RequestVerificationToken"] = Html.FormToken(form), ["Tool"] = "ThreeHouses",
            ["DoneOn.Day"] = today.Day.ToString(CultureInfo.InvariantCulture), ["DoneOn.Month"] = today.Month.ToString(CultureInfo.InvariantCulture), ["DoneOn.Year"] = today.Year.ToString(CultureInfo.InvariantCulture),
            ["WorriesWords"] = worries, ["GoodThingsWords"] = good, ["DreamsWords"] = dreams, ["ChildConsent"] = "Given", ["ParentConsent"] = "Given", ["InformedMapId"] = mapId.ToString(),
        };

        var refused = await client.PostAsync(new Uri($"{Brent}/cases/{caseId}/direct-work"), new FormUrlEncodedContent(Fields("", " ", "")));
        var saved = await client.PostAsync(new Uri($"{Brent}/cases/{caseId}/direct-work"), new FormUrlEncodedContent(Fields("When the shouting starts", "", "A bedroom of my own")));
        var section = Section(await client.GetStringAsync(new Uri($"{Brent}/maps/{mapId}")));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var refusedPage = await refused.Content.ReadAsStringAsync();
        Assert.Contains("govuk-error-summary", refusedPage, StringComparison.Ordinal);
        Assert.Contains("href=\"#WorriesWords\">Write what the child said in at least one of the three houses", refusedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("When the shouting starts", Html.TestId(section, "house-worries"));
        Assert.Equal("Nothing written", Html.TestId(section, "house-good-things"));
        Assert.Equal("A bedroom of my own", Html.TestId(section, "house-dreams"));
        Assert.Contains("The house of worries", section, StringComparison.Ordinal);
    }
}
