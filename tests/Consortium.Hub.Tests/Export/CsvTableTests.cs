using Consortium.Hub.Export;

namespace Consortium.Hub.Tests.Export;

public sealed class CsvTableTests
{
    [Theory]
    [InlineData("Brent", "Brent")]
    [InlineData("Bristol, City of", "\"Bristol, City of\"")]
    [InlineData("the \"c\" symbol", "\"the \"\"c\"\" symbol\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData(" padded", "\" padded\"")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    public void A_field_is_quoted_and_escaped_only_when_it_must_be(string? value, string expected) =>
        Assert.Equal(expected, CsvTable.Field(value));

    [Fact]
    public void Rows_end_with_crlf_and_fields_are_separated_by_commas()
    {
        var csv = new CsvTable(["la_name", "value"]).Row(["Bristol, City of", "12.5"]);

        Assert.Equal("la_name,value\r\n\"Bristol, City of\",12.5\r\n", csv.ToString());
        Assert.NotEqual(0xEF, csv.ToBytes()[0]);
    }
}
