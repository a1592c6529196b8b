using Consortium.Contracts;
using Consortium.Contracts.Messages;
using Consortium.Metrics.Data;
using Consortium.Practice.Policy;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Microsoft.Extensions.Options;

namespace Consortium.Metrics.Computation;

/// <summary>One indicator as the authority sees it on its own dashboard: its own figures, and what sharing them would send.</summary>
public sealed record AuthorityIndicator(Measure Measure, IndicatorValue Shared);
