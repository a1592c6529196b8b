using System.Globalization;
using Consortium.Practice.Outcomes;

namespace Consortium.Practice.Casework;

/// <summary>A case field by field, as its pages show it, so that a conflict can say what someone else changed.</summary>
public static class CaseFields
{
    public static RecordFields Of(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new RecordFields()
            .Add(nameof(CaseRecord.Stage), "Stage", $"{CaseStages.DisplayName(record.Stage)} since {Date(record.StageSince)}")
            .Add(nameof(CaseRecord.WorkerName), "Allocated to", record.WorkerName)
            .AddList(nameof(CaseRecord.AssessmentFactors), "Assessment factors", record.AssessmentFactors.Select(f => f.DisplayName))
            .Add(nameof(CaseRecord.CategoryOfAbuse), "Category of abuse", record.CategoryOfAbuse?.DisplayName)
            .Add(nameof(CaseRecord.LatestCategoryOfAbuse), "Latest category of abuse", record.LatestCategoryOfAbuse?.DisplayName)
            .Add(nameof(CaseRecord.ClosureReason), "Reason for closing", record.ClosureReason?.DisplayName)
            .Add(nameof(CaseRecord.ReferralNfa), "Referral led to no further action", record.ReferralNfa switch { true => "Yes", false => "No", null => "" })
            .AddList(nameof(CaseRecord.Reviews), "Review conferences", record.Reviews.OrderBy(r => r.HeldOn)
                .Select(r => $"{Date(r.HeldOn)}: {(r.Outcome == ReviewOutcome.EndPlan ? "the plan ended" : "the plan continues")}"))
            .AddList(nameof(CaseRecord.CoreGroups), "Core group meetings", record.CoreGroups.OrderBy(g => g.HeldOn).Select(g => Date(g.HeldOn)))
            .Add(nameof(CaseRecord.SiblingGroupId), "Sibling group", record.SiblingGroupId is null ? "" : "Referred with siblings");
    }

    /// <summary>
    /// The child's family as the person may see it (a restricted sibling only as such), one line each: a sibling added to
    /// the referral adds a line, so adding another in a second tab can say who was added meanwhile.
    /// </summary>
    public static RecordFields Family(IEnumerable<FamilyListEntry> family) =>
        new RecordFields().AddList(nameof(Family), "Family", family.Select(f => f.Relationship.Length == 0 ? f.Name : $"{f.Name} ({f.Relationship})"));

    /// <summary>The case's fields and then the child's family.</summary>
    public static RecordFields WithFamily(CaseRecord record, IEnumerable<FamilyListEntry> family)
    {
        var fields = Of(record);
        foreach (var field in Family(family).All)
        {
            fields.Add(field.Field, field.Label, field.Value);
        }

        return fields;
    }

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
