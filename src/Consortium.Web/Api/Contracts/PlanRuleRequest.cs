using Consortium.Practice.Outcomes;
using Consortium.Practice.SafetyPlanning;

namespace Consortium.Web.Api.Contracts;

/// <summary>A rule as sent, with the ids of the network members responsible for it.</summary>
public sealed record PlanRuleRequest(string? Rule, IReadOnlyList<Guid>? Responsible);
