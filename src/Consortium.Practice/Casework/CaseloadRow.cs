using Consortium.Practice.Calendar;
using Consortium.Practice.Data;
using Consortium.Practice.Policy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consortium.Practice.Casework;

/// <summary>
/// One line of a caseload: the case, its child (or that the child is restricted), and what is due; for a child referred
/// with siblings, the sibling group and how many other open cases it has.
/// </summary>
public sealed record CaseloadRow(Guid CaseId, string CaseReference, Guid ChildId, string ChildReference, string? ChildName, CaseStage Stage, string WorkerName, DueItem? NextDue, bool Overdue, bool IsSynthetic, Guid? SiblingGroupId = null, int OpenSiblings = 0, DateOnly ReferredOn = default);
