using System.Globalization;
using Consortium.Practice.Outcomes;

namespace Consortium.Practice.SafetyPlanning;

/// <summary>A safety plan revision field by field, as its page shows it, so that a conflict can say what changed.</summary>
public static class PlanFields
{
    /// <summary>A revision's fields, or an unwritten plan's (all empty) for <c>null</c>.</summary>
    public static RecordFields Of(SafetyPlanRevision? revision, IReadOnlyList<SafetyNetworkMember> network) =>
        Fields(revision?.Status, (revision?.Rules ?? []).Select(r => (r.Rule, (IReadOnlyList<Guid>)r.ResponsibleMembers)), revision?.WarningSigns, revision?.BottomLines, revision?.ChildsVersion, revision?.ReviewOn, revision?.AgreedBy ?? [], revision?.AgreedOn, network);

    /// <summary>What a person wrote, as it would be saved (blank rules left out, text trimmed), with who agreed it as chosen (<paramref name="agreedBy"/>).</summary>
    public static RecordFields Of(PlanInput input, IReadOnlyList<SafetyNetworkMember> network, IReadOnlyList<PlanAgreer> agreedBy)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Fields(input.Status, input.Rules.Where(r => !string.IsNullOrWhiteSpace(r.Rule)).Select(r => (r.Rule!, r.Responsible)), input.WarningSigns, input.BottomLines, input.ChildsVersion, input.ReviewOn, agreedBy, input.AgreedOn, network);
    }

    private static RecordFields Fields(
        PlanStatus? status,
        IEnumerable<(string Rule, IReadOnlyList<Guid> Responsible)> rules,
        string? warningSigns,
        string? bottomLines,
        string? childsVersion,
        DateOnly? reviewOn,
        IReadOnlyList<PlanAgreer> agreedBy,
        DateOnly? agreedOn,
        IReadOnlyList<SafetyNetworkMember> network) =>
        new RecordFields()
            .Add(nameof(PlanInput.Status), "Status", status?.ToString())
            .AddList(nameof(PlanInput.Rules), "Rules", rules.Select(r => $"{r.Rule.Trim()} (kept by {Names(r.Responsible, network)})"))
            .Add(nameof(PlanInput.WarningSigns), "Warning signs", warningSigns)
            .Add(nameof(PlanInput.BottomLines), "Bottom lines", bottomLines)
            .Add(nameof(PlanInput.ChildsVersion), "The child's version", childsVersion)
            .Add(nameof(PlanInput.ReviewOn), "Review by", reviewOn?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture))
            .AddList(AgreedBy, "Agreed by", agreedBy.Select(a => a.Label))
            .Add(nameof(PlanInput.AgreedOn), "Agreed on", agreedOn?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));

    /// <summary>The field that lists who agreed the plan (chosen in two lists: staff, and family or network).</summary>
    public const string AgreedBy = "AgreedBy";

    private static string Names(IReadOnlyList<Guid> members, IReadOnlyList<SafetyNetworkMember> network)
    {
        var names = network.Where(m => members.Contains(m.Id)).Select(m => m.Name).ToList();
        return names.Count == 0 ? "nobody" : string.Join(", ", names);
    }
}
