using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;

namespace Consortium.Hub.Data;

/// <summary>
/// One indicator's value as the hub keeps it: at most one row per authority, period, indicator and catalogue
/// version (a unique index holds that), replaced whole when a newer snapshot of the same key arrives.
/// </summary>
public sealed class StoredIndicatorValue
{
    public long Id { get; set; }

    public required string AuthorityCode { get; set; }

    public PeriodKind PeriodKind { get; set; }

    public DateOnly PeriodStart { get; set; }

    public IndicatorCode Indicator { get; set; }

    public int CatalogueVersion { get; set; }

    public ValueStatus Status { get; set; }

    public decimal? Value { get; set; }

    public long? Numerator { get; set; }

    public long? Denominator { get; set; }

    public decimal? RatePer10000 { get; set; }

    public decimal? LowerQuartile { get; set; }

    public decimal? UpperQuartile { get; set; }

    public DateTimeOffset ComputedAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public ReportingPeriod Period => new(PeriodKind, PeriodStart);
}
