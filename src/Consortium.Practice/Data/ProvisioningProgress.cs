using Consortium.Practice.Access;
using Consortium.Practice.Policy;
using Consortium.Practice.Settings;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Consortium.Tenancy.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consortium.Practice.Data;

/// <summary>One step of migrating every authority: which one, how far through, and what was applied.</summary>
public sealed record ProvisioningProgress(int Position, int Count, string Identifier, int MigrationsApplied);
