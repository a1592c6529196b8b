using System.Globalization;
using Consortium.Practice.Outcomes;

namespace Consortium.Practice.Maps;

/// <summary>A map's content field by field, as its page shows it, so that a conflict can say what changed.</summary>
public static class MapFields
{
    public static RecordFields Of(SafetyMap map, (string Statement, string Goal) labels)
    {
        ArgumentNullException.ThrowIfNull(map);
        return Fields(map.MapDate, map.Kind, map.HarmStatement, map.ComplicatingFactors, map.ExistingStrengths, map.ExistingSafety,
            map.Pairs.Select(p => (p.Statement, p.Goal)),
            map.NextSteps.Select(s => (s.What, s.Who, s.Due, s.Done)),
            labels);
    }

    /// <summary>What a person wrote, as it would be saved (blank pairs left out, text trimmed).</summary>
    public static RecordFields Of(MapInput input, (string Statement, string Goal) labels)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Fields(input.MapDate, input.Kind, input.HarmStatement, input.ComplicatingFactors, input.ExistingStrengths, input.ExistingSafety,
            input.Pairs.Where(p => !string.IsNullOrWhiteSpace(p.Statement)).Select(p => (p.Statement!, p.Goal ?? "")),
            input.NextSteps.Select(s => (s.What ?? "", s.Who ?? "", s.Due, s.Done)),
            labels);
    }

    private static RecordFields Fields(
        DateOnly? date,
        MapKind kind,
        string? harm,
        string? complicating,
        string? strengths,
        string? safety,
        IEnumerable<(string Statement, string Goal)> pairs,
        IEnumerable<(string What, string Who, DateOnly? Due, bool Done)> steps,
        (string Statement, string Goal) labels) =>
        new RecordFields()
            .Add(nameof(MapInput.MapDate), "Date of the map", date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture))
            .Add(nameof(MapInput.Kind), "Kind of map", kind == MapKind.SignsOfWellbeing ? "Early help" : "Child in need or child protection")
            .Add(nameof(MapInput.HarmStatement), "Harm", harm)
            .AddList(nameof(MapInput.Pairs), $"{labels.Statement}s and {labels.Goal.ToLowerInvariant()}s", pairs.Select(p => $"{p.Statement.Trim()} ({labels.Goal}: {p.Goal.Trim()})"))
            .Add(nameof(MapInput.ComplicatingFactors), "Complicating factors", complicating)
            .Add(nameof(MapInput.ExistingStrengths), "Existing strengths", strengths)
            .Add(nameof(MapInput.ExistingSafety), "Existing safety", safety)
            .AddList(nameof(MapInput.NextSteps), "Next steps", steps.Select(s =>
                $"{s.What.Trim()} ({s.Who.Trim()}{(s.Due is { } due ? ", by " + due.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : "")}{(s.Done ? ", done" : "")})"));
}
