using System.Text.RegularExpressions;
using Consortium.Metrics.Computation;
using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.DirectWork;
using Consortium.Practice.Maps;
using Consortium.Practice.Policy;
using Consortium.Practice.Retention;
using Consortium.Practice.Settings;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consortium.Web.Tests.Pages.Admin;

/// <summary>
/// Every setting of the practice policy changes something a page or a rule does: each is changed as an administrator
/// saves it (one host, one authority), and what uses it is read before and after. A setting added without a use here fails.
/// </summary>
public sealed class PolicySettingUseTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>, IAsyncLifetime
{
    private const string Host = "http://wokingham.localhost";
    private static readonly StaffMember Practitioner = new("wokingham-practitioner", "Pat Practitioner", "Team 1", new HashSet<StaffRole> { StaffRole.Practitioner });
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private TenantInfo _tenant = null!;
    private Guid _caseId;
    private Guid _mapId;

    /// <summary>Settings for what Consortium does not record, with why; every other setting must have a use.</summary>
    private static readonly Dictionary<string, string> NotApplicable = new()
    {
        ["Retention.LookedAfter.Basis"] = "Consortium records no looked-after children",
        ["Retention.LookedAfter.Years"] = "Consortium records no looked-after children",
    };

    private static readonly IReadOnlyList<string> Applicable = [.. PolicySettings.All.Select(s => s.Path).Where(p => !NotApplicable.ContainsKey(p))];

    public static TheoryData<string> Paths => [.. Applicable];

    public async Task InitializeAsync()
    {
        _tenant = (await factory.Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync("wokingham"))!;
        (_caseId, _mapId) = await In(async sp =>
        {
            var record = (await sp.GetRequiredService<CaseworkService>().RecordReferralAsync(new NewReferral
            {
                GivenName = "Pol", FamilyName = "Icy", DateOfBirth = new DateOnly(2018, 2, 3), SexCode = "1", EthnicityCode = "WBRI",
                ReferralDate = Today.AddDays(-5), ReferralSource = "2A", PrimaryNeed = "N1", Reason = "Worried about bruising.", ReferrerName = "Rosalind Referrer", ReferrerEmail = "r.referrer@example.org",
            }, Practitioner)).Value!;
            var map = (await sp.GetRequiredService<SafetyMapService>().StartVersionAsync(record.Id, Practitioner)).Value!;
            await sp.GetRequiredService<SafetyMapService>().SaveAsync(map.Id, new MapInput { MapDate = Today, Kind = map.Kind, HarmStatement = "Harm" }, map.ConcurrencyToken, Practitioner);
            return (record.Id, map.Id);
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<T> In<T>(Func<IServiceProvider, Task<T>> work) =>
        factory.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(_tenant, (sp, _) => work(sp));

    [Fact]
    public void Every_setting_has_a_use_here_or_a_reason_it_applies_to_nothing()
    {
        var probed = Applicable.ToHashSet();
        Assert.All(PolicySettings.All, s => Assert.True(probed.Contains(s.Path) || NotApplicable.ContainsKey(s.Path), $"{s.Path} has no use in PolicySettingUseTests"));
        Assert.All(probed, path => Assert.NotNull(Probe(path)));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Changing_a_setting_changes_what_uses_it(string path)
    {
        var setting = PolicySettings.All.Single(s => s.Path == path);
        var before = await Probe(path)!();

        var original = await In(async sp => (await sp.GetRequiredService<SettingsStore<PracticePolicy>>().GetCurrentAsync()));
        var (changed, error) = setting.WithInput(original.Settings, AnotherValue(setting, original.Settings));
        Assert.Null(error);
        var saved = await In(sp => sp.GetRequiredService<SettingsStore<PracticePolicy>>().SaveAsync(changed!, original.Version, "Test administrator"));
        Assert.True(saved.IsDone, saved.Failure?.ToString());
        try
        {
            var after = await Probe(path)!();
            Assert.NotEqual(before, after);
        }
        finally
        {
            await In(sp => sp.GetRequiredService<SettingsStore<PracticePolicy>>().SaveAsync(original.Settings, saved.Value, "Test administrator"));
        }
    }

    private static string AnotherValue(PolicySetting setting, PracticePolicy policy) => setting switch
    {
        NumberSetting number => (int.Parse(setting.Display(policy)!, System.Globalization.CultureInfo.InvariantCulture) is var value && value < number.Maximum ? value + 1 : value - 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ChoiceSetting choice => choice.Choices.First(c => c.Value != setting.Display(policy)).Value,
        _ => "Words of this authority's own",
    };

    /// <summary>What reads the setting, as the product reads it; null for a setting with no use.</summary>
    private Func<Task<string>>? Probe(string path) => path switch
    {
        "Timescales.MapReviewIntervalDays" or "Disclosure.SuppressionThreshold" or "Goals.AchievedAtOrAbove" => () => In(sp =>
            Task.FromResult(ComputationSettings.For(_tenant, sp.GetRequiredService<IOptionsSnapshot<PracticePolicy>>().Value, Today).ToString())),
        _ when path.StartsWith("Timescales.", StringComparison.Ordinal) => () => In(sp =>
            Task.FromResult(string.Join("; ", sp.GetRequiredService<CaseDueDates>().For(CaseOnAPlan(), sp.GetRequiredService<IOptionsSnapshot<PracticePolicy>>().Value).Select(d => $"{d.Label} {d.Due:O}")))),
        "Terminology.ModelName" => async () => Html.TestIdText(await (await Client()).GetStringAsync(new Uri($"{Host}/")), "model-name") ?? "",
        _ when path.StartsWith("Terminology.", StringComparison.Ordinal) => () => In(sp =>
        {
            var maps = sp.GetRequiredService<SafetyMapService>();
            return Task.FromResult($"{maps.Labels(MapKind.SignsOfSafety)} {maps.Labels(MapKind.SignsOfWellbeing)}");
        }),
        _ when path.StartsWith("SafetyScale.", StringComparison.Ordinal) => async () =>
        {
            var page = await (await Client()).GetStringAsync(new Uri($"{Host}/maps/{_mapId}"));
            return $"{Html.TestIdText(page, "scale-wording")} {Regex.Match(page, "<option value=\"(0|10)\"[^>]*>([^<]*)<").Value}";
        },
        _ when path.StartsWith("Checklist.", StringComparison.Ordinal) => () => In(async sp =>
        {
            var quality = new StaffMember("wokingham-qa", "Quinn Assurance", "", new HashSet<StaffRole> { StaffRole.QualityAssurance });
            var view = (await sp.GetRequiredService<Consortium.Practice.Audits.Dashboard.PracticeDashboard>().ForAsync(null, quality))!;
            return string.Join("; ", view.Checklist[0].ByItem(view.NetworkSize, view.ScaledWithinDays).Select(i => i.Item));
        }),
        "Session.IdleTimeoutMinutes" => () => In(sp =>
            Task.FromResult(sp.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(Consortium.Web.Security.AuthenticationSchemes.TenantCookie).ExpireTimeSpan.ToString())),
        "Documents.MaxUploadMegabytes" => () => In(async sp =>
        {
            // Just over the default's size: refused under it, and no longer refused for its size when the limit is raised.
            var file = new IncomingFile("drawing.png", "image/png", 20L * 1024 * 1024 + 1, () => new MemoryStream([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]));
            var outcome = await sp.GetRequiredService<DirectWorkService>().RecordAsync(_caseId, new DirectWorkInput(), [file], Practitioner);
            return string.Join("; ", outcome.Failure is Practice.Outcomes.Failure.Invalid invalid ? invalid.Errors.Where(e => e.Field == "Files").Select(e => e.Message) : []);
        }),
        _ when path.StartsWith("Retention.", StringComparison.Ordinal) => () => In(sp =>
        {
            var type = Enum.Parse<RecordType>(path.Split('.')[1]);
            var rules = sp.GetRequiredService<IOptionsSnapshot<PracticePolicy>>().Value.Retention.Where(r => r.Key == type).ToDictionary();
            var episode = new RetentionEpisode(Today.AddYears(-1), type == RecordType.Adoption ? "RC1" : "RC7", type == RecordType.ChildProtection);
            return Task.FromResult(RetentionSchedule.For(new DateOnly(2015, 6, 1), [episode], type == RecordType.EarlyHelp, rules)?.ToString() ?? "");
        }),
        _ => null,
    };

    private Task<HttpClient> Client() => factory.SignedIn($"{Host}/caseload", "practitioner@wokingham");

    /// <summary>A case on a plan with a review held and a visit made, so every timescale has a due date.</summary>
    private static CaseRecord CaseOnAPlan()
    {
        var plan = Today.AddMonths(-8);
        var record = new CaseRecord
        {
            ReferralDate = plan.AddDays(-40),
            StrategyDiscussion = plan.AddDays(-30),
            Section47Start = plan.AddDays(-30),
            InitialConference = plan,
            ProtectionPlanStart = plan,
            Stage = CaseStage.ChildProtectionPlan,
        };
        record.Reviews.Add(new ReviewConference { PlanStart = plan, HeldOn = plan.AddMonths(3) });
        record.Visits.Add(new StatutoryVisit { VisitedOn = Today.AddDays(-3) });
        return record;
    }
}
