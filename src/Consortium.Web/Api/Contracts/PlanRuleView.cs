using Consortium.Practice.Outcomes;
using Consortium.Practice.SafetyPlanning;

namespace Consortium.Web.Api.Contracts;

/// <summary>An everyday rule of the plan and the network members (by id) who make sure it is kept.</summary>
public sealed record PlanRuleView(string Rule, IReadOnlyList<Guid> Responsible);
