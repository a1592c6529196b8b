using Consortium.Tenancy.Stores;

namespace Consortium.Tenancy.Tests.Stores;

public sealed class CsvLineTests
{
    [Theory]
    [InlineData("a,b,c", new[] { "a", "b", "c" })]
    [InlineData("\"Bristol, City of\",801", new[] { "Bristol, City of", "801" })]
    [InlineData("\"say \"\"hi\"\"\",,x", new[] { "say \"hi\"", "", "x" })]
    public void Splits_quoted_fields(string line, string[] expected) =>
        Assert.Equal(expected, CsvLine.Split(line));
}
