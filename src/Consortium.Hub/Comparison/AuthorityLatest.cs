using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Authorities;
using Consortium.Hub.Data;

namespace Consortium.Hub.Comparison;

/// <summary>Every indicator of an authority for its latest period of a kind.</summary>
public sealed record AuthorityLatest(HubAuthority Authority, ReportingPeriod? Period, IReadOnlyList<LatestIndicator> Indicators);
