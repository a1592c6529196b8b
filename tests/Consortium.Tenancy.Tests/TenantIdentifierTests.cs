namespace Consortium.Tenancy.Tests;

public sealed class TenantIdentifierTests
{
    [Theory]
    [InlineData("brent", true)]
    [InlineData("tower-hamlets", true)]
    [InlineData("b", false)]
    [InlineData("Brent", false)]
    [InlineData("brent-", false)]
    [InlineData("1brent", false)]
    [InlineData("br.ent", false)]
    [InlineData("", false)]
    public void Accepts_only_lowercase_url_safe_slugs(string slug, bool expected) =>
        Assert.Equal(expected, TenantIdentifier.IsWellFormed(slug));

    [Theory]
    [InlineData("hub")]
    [InlineData("www")]
    [InlineData("idp")]
    public void Reserved_names_can_never_be_an_authority(string slug) =>
        Assert.Equal($"Short name '{slug}' is reserved", TenantIdentifier.Problem(slug));
}
