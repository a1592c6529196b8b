using Consortium.Practice.Maps;

namespace Consortium.Web.Api.Contracts;

/// <summary>The versions of a case's map, latest first; only the latest can be changed.</summary>
public sealed record MapVersionList(Guid CaseId, IReadOnlyList<MapVersionSummary> Versions);
