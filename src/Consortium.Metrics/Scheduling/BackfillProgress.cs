using Consortium.Contracts;
using Consortium.Metrics.Data;
using Consortium.Metrics.Outbox;
using Consortium.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Metrics.Scheduling;

/// <summary>One reporting year of a backfill done: which, and how far through.</summary>
public sealed record BackfillProgress(int Position, int Count, string Year, int Snapshots);
