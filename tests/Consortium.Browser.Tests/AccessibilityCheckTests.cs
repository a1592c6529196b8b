using Microsoft.Playwright;

namespace Consortium.Browser.Tests;

[Collection(BrowserTestGroup.Name)]
[Trait("Needs", "Browser")]
public sealed class AccessibilityCheckTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_accessibility_check_catches_a_real_violation()
    {
        var page = await (await fixture.Browser.NewContextAsync()).NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html lang=\"en\"><head><title>Broken</title></head><body><main><img src=\"x.png\"><a href=\"#\"></a></main></body></html>");

        var failure = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => Accessibility.AssertNoViolations(page));

        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
    }
}
