using Consortium.Contracts;

namespace Consortium.Hub.Ingestion;

/// <summary>A snapshot the hub did not take, and the suppressed figures (periods and catalogue wording) it would have given away.</summary>
public sealed record QuarantinedSnapshot(string AuthorityName, string AuthorityCode, ReportingPeriod Period, DateTimeOffset ComputedAt, DateTimeOffset ReceivedAt, string WouldDisclose);
