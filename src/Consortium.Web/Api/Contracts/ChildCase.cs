using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

/// <summary>One of a child's cases, in brief; the whole case is at <c>/api/cases/{id}</c>.</summary>
public sealed record ChildCase(Guid Id, string Reference, CaseStage Stage, string StageName, DateOnly ReferralDate, DateOnly? ClosedOn, string WorkerName)
{
    public static ChildCase From(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.Id, record.Reference, record.Stage, CaseStages.DisplayName(record.Stage), record.ReferralDate, record.ClosedOn, record.WorkerName);
    }
}
