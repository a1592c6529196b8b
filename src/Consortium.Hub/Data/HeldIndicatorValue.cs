using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;

namespace Consortium.Hub.Data;

/// <summary>
/// One indicator's value as one applied snapshot stated it: every revision the hub has held, never replaced, so the
/// disclosure guard checks what arrives against everything anyone reading the hub may have seen, not only the latest.
/// </summary>
public sealed class HeldIndicatorValue
{
    public long Id { get; set; }

    public required string AuthorityCode { get; set; }

    public PeriodKind PeriodKind { get; set; }

    public DateOnly PeriodStart { get; set; }

    public IndicatorCode Indicator { get; set; }

    public int CatalogueVersion { get; set; }

    public DateTimeOffset ComputedAt { get; set; }

    public ValueStatus Status { get; set; }

    public decimal? Value { get; set; }

    public long? Numerator { get; set; }

    public long? Denominator { get; set; }

    public ReportingPeriod Period => new(PeriodKind, PeriodStart);
}
