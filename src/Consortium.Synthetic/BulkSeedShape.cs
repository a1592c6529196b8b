using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Policy;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consortium.Synthetic;

/// <summary>How a bulk seed is written: over how many days, and for whom.</summary>
/// <param name="HistoryDays">Referrals spread over this many days before today (default: the years asked for).</param>
/// <param name="Background">
/// A background history behind the demo set: allocated to synthetic workers of <see cref="BulkSyntheticSeeder.HistoryTeam"/>
/// only (so the development staff's caseloads keep the showcase children), with references C-H... and R-H....
/// </param>
/// <param name="Rates">The re-referral and plan rates to follow (default: about one referral in ten to a plan, re-referrals as the generator makes them).</param>
public sealed record BulkSeedShape(int? HistoryDays = null, bool Background = false, PublishedRates? Rates = null);
