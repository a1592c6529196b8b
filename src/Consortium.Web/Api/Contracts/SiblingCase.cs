using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

/// <summary>Another case of the sibling group: a restricted child's name is left out (null).</summary>
public sealed record SiblingCase(Guid CaseId, string CaseReference, Guid ChildId, string ChildReference, string? ChildName, CaseStage Stage)
{
    public static SiblingCase From(CaseloadRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.CaseId, row.CaseReference, row.ChildId, row.ChildReference, row.ChildName, row.Stage);
    }
}
