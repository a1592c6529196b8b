using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Consortium.Browser.Tests;

internal static class Accessibility
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    };

    /// <summary>Fails with each axe violation (rule, impact, where) when the page does not meet WCAG 2.2 AA.</summary>
    public static async Task AssertNoViolations(IPage page)
    {
        var result = await page.RunAxe(WcagAa);
        var violations = result.Violations
            .SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" ", n.Target)}"))
            .ToList();
        Assert.True(violations.Count == 0, $"{page.Url} has accessibility violations:\n{string.Join("\n", violations)}");
    }
}
