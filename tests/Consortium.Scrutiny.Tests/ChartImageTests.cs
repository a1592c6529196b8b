using Consortium.Contracts;
using Consortium.Scrutiny.Word;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using SkiaSharp;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Consortium.Scrutiny.Tests;

/// <summary>The report's charts as PNG pictures in the Word document.</summary>
public sealed class ChartImageTests
{
    private static readonly ReportChart Chart = new(
        "Repeat child protection plans (%), quarter by quarter",
        "Repeat plans fell from 20 to 12 per cent over eight quarters.",
        ["2024-25 Q1", "2024-25 Q2", "2024-25 Q3", "2024-25 Q4", "2025-26 Q1", "2025-26 Q2", "2025-26 Q3", "2025-26 Q4"],
        [new ChartSeries("Repeat child protection plans (%)", [20, 19, null, 17, 16, 15, 13, 12])]);

    [Fact]
    public void A_chart_is_drawn_as_a_png_of_the_stated_size_with_the_line_in_it()
    {
        var png = ChartImage.Png(Chart);

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(ChartImage.Width, bitmap.Width);
        Assert.Equal(ChartImage.Height, bitmap.Height);
        var lineColoured = 0;
        for (var x = 0; x < bitmap.Width; x++)
        {
            for (var y = 0; y < bitmap.Height; y++)
            {
                if (bitmap.GetPixel(x, y) == ChartImage.LineColour)
                {
                    lineColoured++;
                }
            }
        }

        Assert.True(lineColoured > 300, $"{lineColoured} pixels of the line's colour");
    }

    [Fact]
    public void The_word_document_holds_each_chart_as_an_inline_picture_with_its_description_and_stays_valid()
    {
        var report = new ScrutinyReport("Tower Hamlets", ReportingPeriod.Year(2025), new DateOnly(2026, 5, 1),
            [new ReportSection("outcomes", "Outcomes for children", ["Figures."], [new ReportTable("Quarter by quarter", ["Indicator", "Q1"], [["Repeat", "20"]])]) { Charts = [Chart, Chart with { Title = "Second" }] }]);

        using var document = WordprocessingDocument.Open(new MemoryStream(ScrutinyWordDocument.Write(report)), false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var images = document.MainDocumentPart!.ImageParts.ToList();
        Assert.Equal(2, images.Count);
        Assert.All(images, i => Assert.Equal("image/png", i.ContentType));
        var pictures = document.MainDocumentPart.Document!.Body!.Descendants<Wp.DocProperties>().ToList();
        Assert.Equal([Chart.Description, Chart.Description], pictures.Select(p => p.Description!.Value));
        Assert.Equal(pictures.Count, pictures.Select(p => p.Id!.Value).Distinct().Count());
        using var stream = images[0].GetStream();
        using var decoded = SKBitmap.Decode(stream);
        Assert.Equal(ChartImage.Width, decoded.Width);
    }
}
