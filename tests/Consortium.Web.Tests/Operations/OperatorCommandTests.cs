using System.Net;
using Consortium.Web.Operations;

namespace Consortium.Web.Tests.Operations;

public sealed class OperatorCommandTests : IDisposable
{
    private readonly ConsortiumWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<(int Exit, string Out, string Error)> Run(params string[] args)
    {
        _ = _factory.Server;
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await OperatorCommandLine.RunAsync(_factory.Services, args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static readonly string[] Rutland =
    [
        "tenants", "add", "--slug", "rutland", "--name", "Rutland", "--old-code", "857", "--new-code", "E06000017",
        "--region-code", "E12000004", "--region-name", "East Midlands", "--children", "7123", "--model-name", "Rutland Safety",
    ];

    [Fact]
    public async Task Onboarding_an_eleventh_authority_makes_it_resolvable_with_its_own_database()
    {
        var client = _factory.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("http://rutland.localhost/"))).StatusCode);

        var (exit, output, _) = await Run(Rutland);

        Assert.Equal(0, exit);
        Assert.Contains("[3/3] Creating and migrating the database of rutland", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_factory.DataDirectory, "tenants", "rutland.db")));
        var html = await client.GetStringAsync(new Uri("http://rutland.localhost/"));
        Assert.Equal("Rutland", Html.Heading(html));
        Assert.Equal("Rutland Safety", Html.TestId(html, "model-name"));
        Assert.Equal("Rutland", Html.Heading(await client.GetStringAsync(new Uri("http://localhost/t/rutland/"))));
        Assert.Contains("rutland", (await Run("tenants", "list")).Out, StringComparison.Ordinal);
        Assert.Contains("11 authorities.", (await Run("tenants", "list")).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Onboarding_with_bad_codes_says_what_is_wrong_and_adds_nothing()
    {
        var args = Rutland.ToArray();
        args[Array.IndexOf(args, "--new-code") + 1] = "W06000017";
        args[Array.IndexOf(args, "--slug") + 1] = "brent";

        var (exit, _, error) = await Run(args);

        Assert.Equal(1, exit);
        Assert.Contains("NewLaCode: New LA code must be an English upper-tier authority's ONS code", error, StringComparison.Ordinal);
        Assert.Contains("10 authorities.", (await Run("tenants", "list")).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_database_creation_leaves_no_catalog_entry_behind()
    {
        var args = Rutland.Concat(["--connection", "Data Source=/proc/no-such-folder/rutland.db"]).ToArray();

        var (exit, _, error) = await Run(args);

        Assert.Equal(1, exit);
        Assert.Contains("The database of rutland could not be created", error, StringComparison.Ordinal);

        Assert.Contains("10 authorities.", (await Run("tenants", "list")).Out, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.Client().GetAsync(new Uri("http://rutland.localhost/"))).StatusCode);
    }

    [Fact]
    public async Task Policy_set_saves_valid_settings_and_refuses_invalid_ones_whole()
    {
        var refused = await Run("policy", "set", "--tenant", "wakefield", "--by", "operator", "Timescales.AssessmentWorkingDays=40", "Disclosure.SuppressionThreshold=3");
        var saved = await Run("policy", "set", "--tenant", "wakefield", "--by", "operator", "Timescales.AssessmentWorkingDays=40");
        var shown = await Run("policy", "show", "--tenant", "wakefield", "--history");

        Assert.Equal(1, refused.Exit);
        Assert.Contains("Disclosure.SuppressionThreshold: Suppression threshold must be 5 or more, the Department's rule", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, saved.Exit);
        Assert.Contains("Saved as version 2.", saved.Out, StringComparison.Ordinal);
        Assert.Contains("Timescales.AssessmentWorkingDays = 40", shown.Out, StringComparison.Ordinal);
        Assert.Contains("Disclosure.SuppressionThreshold = 5", shown.Out, StringComparison.Ordinal);
        Assert.Contains("Assessment timescale: 45 → 40 working days", shown.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Policy_commands_refuse_an_unknown_authority_or_setting()
    {
        var unknownTenant = await Run("policy", "show", "--tenant", "atlantis");
        var unknownSetting = await Run("policy", "set", "--tenant", "brent", "--by", "operator", "Timescales.Nope=1");

        Assert.Equal(1, unknownTenant.Exit);
        Assert.Contains("There is no authority 'atlantis'", unknownTenant.Error, StringComparison.Ordinal);
        Assert.Equal(1, unknownSetting.Exit);
        Assert.Contains("'Timescales.Nope' is not a setting", unknownSetting.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_shows_its_progress_through_every_authority()
    {
        var (exit, output, _) = await Run("migrate");

        // Authorities are migrated a few at a time, so each is reported in the order it finishes.
        Assert.Equal(0, exit);
        var steps = System.Text.RegularExpressions.Regex.Matches(output, @"\[(\d+)/10\] ([a-z-]+): 0 migration\(s\) applied");
        Assert.Equal(Enumerable.Range(1, 10), steps.Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(
            ["brent", "bristol", "leicestershire", "lincolnshire", "norfolk", "suffolk", "tower-hamlets", "wakefield", "west-sussex", "wokingham"],
            steps.Select(m => m.Groups[2].Value).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Tenant", true, false)]
    [InlineData("Hub", false, true)]
    public async Task Migrate_in_a_process_of_one_role_migrates_only_what_that_role_owns(string role, bool authorities, bool hub)
    {
        using var factory = _factory.WithWebHostBuilder(b => b.UseSetting("Consortium:Roles", role));
        _ = factory.Server;
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await OperatorCommandLine.RunAsync(factory.Services, ["migrate"], output, error);

        Assert.Equal(0, exit);
        Assert.Equal("", error.ToString());
        Assert.Equal(authorities, output.ToString().Contains("[10/10] ", StringComparison.Ordinal));
        Assert.Equal(hub, output.ToString().Contains("hub: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sharing_indicators_from_a_hub_only_process_is_refused_and_touches_no_authority()
    {
        using var factory = _factory.WithWebHostBuilder(b => b.UseSetting("Consortium:Roles", "Hub"));
        _ = factory.Server;
        var brent = Path.Combine(_factory.DataDirectory, "tenants", "brent.db");
        var before = await File.ReadAllBytesAsync(brent);
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await OperatorCommandLine.RunAsync(factory.Services, ["indicators", "publish", "--tenant", "brent"], output, error);

        Assert.Equal(1, exit);
        Assert.Contains("does not run the authorities", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(brent));
        Assert.False(File.Exists(brent + "-wal"));
    }

    [Theory]
    [InlineData("tenants", "list")]
    [InlineData("policy", "show", "--tenant", "brent")]
    [InlineData("seed", "--tenant", "brent")]
    public async Task A_hub_only_process_refuses_the_authorities_commands(params string[] args)
    {
        using var factory = _factory.WithWebHostBuilder(b => b.UseSetting("Consortium:Roles", "Hub"));
        _ = factory.Server;
        var error = new StringWriter();

        var exit = await OperatorCommandLine.RunAsync(factory.Services, args, new StringWriter(), error);

        Assert.Equal(1, exit);
        Assert.Contains($"does not run the authorities (Consortium__Roles), so it cannot run '{args[0]}'", error.ToString(), StringComparison.Ordinal);
    }
}
