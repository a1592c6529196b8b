using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Policy;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consortium.Synthetic;

/// <summary>One step of a bulk seed: how many referrals (one per child) are written out of how many.</summary>
public sealed record SeedProgress(int Written, int Total);
