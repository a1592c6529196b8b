using System.Globalization;
using Consortium.Hub.Export;
using Consortium.Practice.Access;
using Consortium.Practice.Workforce;
using Consortium.Practice.Workforce.Capacity;
using Consortium.Web.Forms;
using Consortium.Web.Pages.Hub.Charts;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Workforce;

/// <summary>The capacity plan for a target: places and trainer days per level, and the forecast as a chart beside its table; both tables as CSV.</summary>
[Authorize(Policy = AuthorizationPolicies.WorkforceLeads)]
public sealed class CapacityModel(CapacityPlanner planner, TrainingRecords training, TimeProvider clock) : FormPageModel
{
    private static readonly string[] Colours = ["#1d70b8", "#d4351c", "#00703c", "#4c2c92", "#f47738"];
    private static readonly string?[] Dashes = [LineChart.Solid, LineChart.Dashed, LineChart.DashDot, LineChart.Solid, LineChart.Dashed];
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    [BindProperty(SupportsGet = true)] public string? Role { get; set; }
    [BindProperty(SupportsGet = true)] public string? Target { get; set; }
    [BindProperty(SupportsGet = true)] public DateInput By { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? PlacesPerCourse { get; set; }

    public IReadOnlyDictionary<string, string> Roles { get; private set; } = new Dictionary<string, string>();
    public CapacityPlan? Plan { get; private set; }

    public SelectField RoleField => new(nameof(Role), "Role", Roles, Role, ErrorFor(nameof(Role)));
    public TextField TargetField => new(nameof(Target), "Target (per cent holding each level the role needs)", Target, ErrorFor(nameof(Target)), Width: "govuk-input--width-3");
    public DateField ByField => new(nameof(By), "By", By, ErrorFor(nameof(By)), "For example, 31 3 2027");
    public TextField PlacesField => new(nameof(PlacesPerCourse), "Places per course", PlacesPerCourse, ErrorFor(nameof(PlacesPerCourse)), Width: "govuk-input--width-3");

    public static string Month(DateOnly month) => month.ToString("MMM yyyy", EnGb);

    public static string Percent(decimal value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    public LineChart Chart(CapacityPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var months = plan.Levels.Count > 0 ? plan.Levels[0].Forecast : [];
        return new LineChart(
            "capacity-chart",
            $"Forecast per cent of {StaffRoles.DisplayName(plan.Target.Role).ToLowerInvariant()}s holding each level, by month",
            $"From the courses scheduled and a turnover of {Percent(plan.AnnualTurnoverPercent)}% a year; the dotted line is the target of {Percent(plan.Target.TargetPercent)}%. The table beside it gives the figures.",
            [.. months.Select(m => Month(m.Start))],
            [
                .. plan.Levels.Select((l, i) => new LineChart.Series(l.Name, [.. l.Forecast.Select(m => (decimal?)m.Percent)], Colours[i % Colours.Length], Dashes[i % Dashes.Length])),
                new LineChart.Series("Target", [.. months.Select(_ => (decimal?)plan.Target.TargetPercent)], "#505a5f", LineChart.Dotted),
            ]);
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var target = await ParseAsync(cancellationToken);
        if (target is null)
        {
            return Invalid();
        }

        var plan = await planner.PlanAsync(target, cancellationToken);
        if (!plan.IsDone)
        {
            return Failed(plan.Failure);
        }

        Plan = plan.Value;
        return Page();
    }

    /// <summary>The plan (table=plan) or the forecast (table=forecast) as CSV.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string? table, CancellationToken cancellationToken)
    {
        var target = await ParseAsync(cancellationToken);
        var plan = target is null ? null : await planner.PlanAsync(target, cancellationToken);
        if (plan?.Value is not { } done || table is not ("plan" or "forecast"))
        {
            return NotFound();
        }

        CsvTable csv;
        if (table == "plan")
        {
            csv = new CsvTable(["level", "holders_now", "places_needed", "places_scheduled", "gap", "courses_for_gap", "trainer_days"]);
            foreach (var l in done.Levels)
            {
                csv.Row([l.Name, N(l.Holders), N(l.Needed), N(l.Scheduled), N(l.Gap), N(l.CoursesForGap), N(l.TrainerDays)]);
            }
        }
        else
        {
            csv = new CsvTable(["month", "level", "holders", "percent", "target_percent"]);
            foreach (var l in done.Levels)
            {
                foreach (var m in l.Forecast)
                {
                    csv.Row([m.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture), l.Name, m.Holders.ToString("0.##", CultureInfo.InvariantCulture), Percent(m.Percent), Percent(done.Target.TargetPercent)]);
                }
            }
        }

        return File(csv.ToBytes(), "text/csv; charset=utf-8", $"capacity_{table}.csv");
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The target from the query, with the defaults where nothing was given; null with the errors to show when something is wrong.</summary>
    private async Task<CapacityTarget?> ParseAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var policy = await training.PolicyAsync(cancellationToken);
        Roles = policy.Requirements.Select(r => r.Role).Distinct().ToDictionary(r => r.ToString(), StaffRoles.DisplayName);
        Role ??= Roles.Keys.FirstOrDefault(k => k == nameof(StaffRole.Practitioner)) ?? Roles.Keys.FirstOrDefault();
        Target ??= "90";
        PlacesPerCourse ??= "20";
        if (By.IsEmpty)
        {
            By = DateInput.From(CapacityForecast.FirstOfMonth(today).AddMonths(13).AddDays(-1));
        }

        var role = Role is not null && Roles.ContainsKey(Role) ? Enum.Parse<StaffRole>(Role) : (StaffRole?)null;
        if (role is null)
        {
            Errors.Add(new(nameof(Role), "Choose a role that needs training"));
        }

        var targetOk = decimal.TryParse(Target.Trim().TrimEnd('%'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent);
        if (!targetOk)
        {
            Errors.Add(new(nameof(Target), "The target must be a percentage more than 0 and no more than 100"));
        }

        var (by, byError) = By.Parse("The date");
        if (by is null)
        {
            Errors.Add(new(nameof(By), byError ?? "Enter the date the target is for"));
        }

        var placesOk = int.TryParse(PlacesPerCourse.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var places);
        if (!placesOk)
        {
            Errors.Add(new(nameof(PlacesPerCourse), $"Places per course must be a whole number from 1 to {CapacityPlanner.MaxPlacesPerCourse}"));
        }

        return Errors.Count > 0 ? null : new CapacityTarget(role!.Value, percent, by!.Value, places);
    }
}
