using Consortium.Practice.Outcomes;
using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Policy;
using Consortium.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consortium.Synthetic;

/// <summary>What the demo seed added to one authority: showcase children and background history children.</summary>
public sealed record DemoSeedResult(int Showcase, int History);
