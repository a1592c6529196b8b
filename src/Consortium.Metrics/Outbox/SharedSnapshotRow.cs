using System.Text.Json;
using Consortium.Contracts;
using Consortium.Contracts.Messages;
using Consortium.Metrics.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Metrics.Outbox;

/// <summary>One snapshot the authority shared, and where its message is.</summary>
public sealed record SharedSnapshotRow(
    long Id, ReportingPeriod Period, DateTimeOffset ComputedAt, SnapshotReason Reason, DateTimeOffset? SentAt, int Attempts, string? LastFailure);
