using Consortium.Contracts;
using Consortium.Contracts.Disclosure;

namespace Consortium.Metrics.Computation;

/// <summary>The quantities to hide, and the periods to hold back because nothing could protect a small quantity of theirs.</summary>
public sealed record LinkedSuppressionResult(IReadOnlySet<Quantity> Hidden, IReadOnlyList<ReportingPeriod> Withheld);
