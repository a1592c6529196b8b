using Consortium.Practice.SafetyPlanning;

namespace Consortium.Web.Api.Contracts;

/// <summary>Someone who agreed a safety plan revision: staff (personId is their staff directory id), family (a family member id) or the safety network (a network member id); role is their job title or relationship.</summary>
public sealed record PlanAgreerView(AgreerKind Kind, string Name, string Role, Guid PersonId);
