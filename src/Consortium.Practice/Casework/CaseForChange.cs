using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Casework;

/// <summary>A case loaded for a change, with its child, tracked so that what the change does to it is saved.</summary>
public sealed record CaseForChange(CaseRecord Case, Child Child, DateTimeOffset Now);
