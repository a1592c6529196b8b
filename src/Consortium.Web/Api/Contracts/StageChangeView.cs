using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

/// <summary>One move of the case from a stage to another.</summary>
public sealed record StageChangeView(CaseStage From, CaseStage To, DateOnly EffectiveOn, string RecordedBy, DateTimeOffset RecordedAt)
{
    public static StageChangeView Of(StageChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new(change.From, change.To, change.EffectiveOn, change.RecordedBy, change.RecordedAt);
    }
}
