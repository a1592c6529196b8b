using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

/// <summary>The child a case is about.</summary>
public sealed record ChildSummary(Guid Id, string Reference, string Name);
