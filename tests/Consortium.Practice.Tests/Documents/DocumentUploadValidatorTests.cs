using System.Text;
using Consortium.Practice.Documents;

namespace Consortium.Practice.Tests.Documents;

public sealed class DocumentUploadValidatorTests
{
    private const long TwentyMegabytes = 20 * 1024 * 1024;

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46];
    private static readonly byte[] Executable = Encoding.ASCII.GetBytes("MZ\x90\0\x03\0\0\0\x04\0");
    private static readonly byte[] Html = Encoding.ASCII.GetBytes("<html><script>");

    private static readonly DocumentUploadValidator Validator = new();

    private static DocumentUploadResult Check(string? fileName, byte[] bytes, string? declared = null, long? length = null) =>
        Validator.Validate(fileName, declared, bytes.AsSpan(0, Math.Min(bytes.Length, DocumentUploadValidator.SignatureLength)), length ?? 1000, TwentyMegabytes);

    private static void Accepted(DocumentUploadResult result, string fileName, string contentType)
    {
        Assert.Empty(result.Problems);
        Assert.True(result.IsValid);
        Assert.Equal(fileName, result.FileName);
        Assert.Equal(contentType, result.ContentType);
    }

    public static TheoryData<string, string, byte[], string, string> AllowedFiles => new()
    {
        { "care plan.pdf", "application/pdf", Pdf, "care plan.pdf", "application/pdf" },
        { "drawing.png", "image/png", Png, "drawing.png", "image/png" },
        { "photo.jpg", "image/jpeg", Jpeg, "photo.jpg", "image/jpeg" },
        { "photo.JPEG", "image/jpeg", Jpeg, "photo.jpeg", "image/jpeg" },
        { "Scan.PDF", "application/pdf", Pdf, "Scan.pdf", "application/pdf" },
    };

    [Theory]
    [MemberData(nameof(AllowedFiles))]
    public void Accepts_each_allowed_type_with_the_type_its_bytes_show(string name, string declared, byte[] bytes, string expectedName, string expectedType) =>
        Accepted(Check(name, bytes, declared), expectedName, expectedType);

    [Fact]
    public void The_content_type_comes_from_the_bytes_not_the_name_or_the_declared_type()
    {
        Accepted(Check("drawing", Png, "application/octet-stream"), "drawing.png", "image/png");
        Accepted(Check("letter", Pdf, null), "letter.pdf", "application/pdf");
        Accepted(Check("photo.jpg", Jpeg, "image/pjpeg"), "photo.jpg", "image/jpeg");
    }

    [Fact]
    public void A_file_named_as_an_allowed_type_whose_bytes_are_something_else_is_refused()
    {
        Assert.Equal(["The selected file must be a PDF, JPG or PNG"], Check("drawing.png", Executable, "image/png").Problems);
        Assert.Equal(["The selected file must be a PDF, JPG or PNG"], Check("drawing.png", Pdf, "image/png").Problems);
        Assert.Equal(["The selected file must be a PDF, JPG or PNG"], Check("report.pdf", Html, "application/pdf").Problems);
        Assert.Equal(["The selected file must be a PDF, JPG or PNG"], Check("photo.jpg", Png).Problems);
    }

    [Fact]
    public void An_allowed_file_under_another_name_or_declared_type_is_refused()
    {
        Assert.Equal(["The selected file must be a PDF, JPG or PNG"], Check("setup.exe", Png).Problems);
        Assert.Equal(["The selected file must be a PDF, JPG or PNG"], Check("page.html", Pdf).Problems);
        Assert.Equal(["The selected file must be a PDF, JPG or PNG"], Check("report.pdf", Pdf, "text/html").Problems);
        Assert.Equal(["The selected file must be a PDF, JPG or PNG"], Check("drawing.pdf", Pdf, "image/png").Problems);
    }

    [Fact]
    public void A_file_of_another_type_or_too_short_to_recognise_is_refused()
    {
        Assert.Equal(["The selected file must be a PDF, JPG or PNG"], Check("notes.txt", Encoding.ASCII.GetBytes("Some notes")).Problems);
        Assert.Equal(["The selected file must be a PDF, JPG or PNG"], Check("short.pdf", Encoding.ASCII.GetBytes("%PD"), length: 3).Problems);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_and_one_at_the_limit_is_not()
    {
        var over = Check("scan.pdf", Pdf, "application/pdf", TwentyMegabytes + 1);
        Assert.False(over.IsValid);
        Assert.Null(over.FileName);
        Assert.Null(over.ContentType);
        Assert.Equal(["The selected file must be smaller than 20 MB"], over.Problems);

        Assert.True(Check("scan.pdf", Pdf, "application/pdf", TwentyMegabytes).IsValid);
    }

    [Fact]
    public void The_limit_is_described_in_the_message_as_configured()
    {
        var result = Validator.Validate("scan.pdf", "application/pdf", Pdf, 3 * 1024 * 1024, (long)(2.5 * 1024 * 1024));
        Assert.Equal(["The selected file must be smaller than 2.5 MB"], result.Problems);
    }

    [Fact]
    public void A_file_over_the_limit_and_of_the_wrong_type_gets_both_messages() =>
        Assert.Equal(
            ["The selected file must be smaller than 20 MB", "The selected file must be a PDF, JPG or PNG"],
            Check("movie.mp4", Executable, "video/mp4", TwentyMegabytes * 3).Problems);

    [Fact]
    public void An_empty_file_is_refused_with_that_message_only() =>
        Assert.Equal(["The selected file is empty"], Validator.Validate("drawing.png", "image/png", [], 0, TwentyMegabytes).Problems);

    [Theory]
    [InlineData("../../etc/passwd.png", "passwd.png")]
    [InlineData("C:\\Users\\sam\\Pictures\\drawing.png", "drawing.png")]
    [InlineData("/tmp/uploads/../drawing.png", "drawing.png")]
    [InlineData("folder\\sub/drawing.png", "drawing.png")]
    [InlineData("..\\..\\windows\\win.ini\\drawing.png", "drawing.png")]
    public void Any_directory_part_of_the_name_is_dropped(string name, string expected) =>
        Accepted(Check(name, Png), expected, "image/png");

    [Theory]
    [InlineData("dra\u0000wing\u0007.pdf", "drawing.pdf")]
    [InlineData("invoice\u202Egnp.pdf", "invoicegnp.pdf")]
    [InlineData("<img src=x onerror=alert(1)>.pdf", "img srcx onerroralert(1).pdf")]
    [InlineData("my   drawing \t\r\n .pdf", "my drawing.pdf")]
    [InlineData("  Zoë's drawing: \"home\" .pdf", "Zoës drawing home.pdf")]
    [InlineData("Zoe\u0308.pdf", "Zoë.pdf")]
    [InlineData("drawing.pdf.", "drawing.pdf")]
    [InlineData("family (1), 2025.pdf", "family (1), 2025.pdf")]
    public void Control_and_unsafe_characters_are_removed_and_whitespace_collapsed(string name, string expected) =>
        Accepted(Check(name, Pdf), expected, "application/pdf");

    [Fact]
    public void A_long_name_is_cut_to_100_characters_keeping_the_extension()
    {
        var result = Check(new string('a', 300) + ".pdf", Pdf);

        Assert.Equal(new string('a', 96) + ".pdf", result.FileName);
        Assert.Equal(100, result.FileName!.Length);
    }

    [Fact]
    public void A_cut_never_leaves_half_a_character()
    {
        var result = Check(new string('a', 95) + "𝒜𝒜𝒜.pdf", Pdf);

        Assert.Equal(new string('a', 95) + ".pdf", result.FileName);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("???")]
    [InlineData("../")]
    [InlineData("...")]
    [InlineData(".png")]
    [InlineData("\u202E\u0000.png")]
    public void A_name_with_nothing_left_becomes_document_with_the_detected_extension(string? name) =>
        Accepted(Check(name, Png), "document.png", "image/png");
}
