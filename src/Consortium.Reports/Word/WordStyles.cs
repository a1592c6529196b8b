using DocumentFormat.OpenXml.Wordprocessing;

namespace Consortium.Reports.Word;

/// <summary>
/// The styles the report uses, under Word's built-in names ("Title", "heading 1", "heading 2", "Table Grid"), so Word
/// treats the headings as headings; Arial throughout, as the product's pages.
/// </summary>
internal static class WordStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Judgement = "Judgement";
    public const string TableGrid = "TableGrid";

    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial", EastAsia = "Arial" },
                new FontSize { Val = "22" },
                new Languages { Val = "en-GB" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = Normal, Default = true },
        Heading(Title, "Title", null, "40"),
        Heading(Heading1, "heading 1", 0, "32"),
        Heading(Heading2, "heading 2", 1, "26"),
        new Style(
            new StyleName { Val = "Judgement" },
            new BasedOn { Val = Normal },
            new StyleRunProperties(new Bold())) { Type = StyleValues.Paragraph, StyleId = Judgement, CustomStyle = true },
        new Style(
            new StyleName { Val = "Table Grid" },
            new BasedOn { Val = "TableNormal" },
            new StyleTableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4U },
                new LeftBorder { Val = BorderValues.Single, Size = 4U },
                new BottomBorder { Val = BorderValues.Single, Size = 4U },
                new RightBorder { Val = BorderValues.Single, Size = 4U },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U }))) { Type = StyleValues.Table, StyleId = TableGrid },
        new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
            new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa })) { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });

    private static Style Heading(string id, string name, int? outline, string size) => new(
        new StyleName { Val = name },
        new BasedOn { Val = Normal },
        new NextParagraphStyle { Val = Normal },
        new PrimaryStyle(),
        outline is { } level
            ? new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = level })
            : new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }),
        new StyleRunProperties(new Bold(), new FontSize { Val = size })) { Type = StyleValues.Paragraph, StyleId = id };
}
