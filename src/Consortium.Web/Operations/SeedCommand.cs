using System.CommandLine;
using System.Diagnostics;
using Consortium.Synthetic;
using Consortium.Tenancy.Stores;

namespace Consortium.Web.Operations;

/// <summary><c>seed</c>: full synthetic volumes for one authority, showing progress. Every record is marked synthetic.</summary>
internal static class SeedCommand
{
    public static Command Create(IServiceProvider services, OperatorConsole console)
    {
        var tenant = new Option<string>("--tenant") { Description = "The authority's slug", Required = true };
        var perYear = new Option<int?>("--referrals-per-year") { Description = "Referrals a year; default: the Department's latest published figure for the authority (Norfolk: 5,986), or the consortium's rate applied to its children" };
        var years = new Option<int>("--years") { Description = "Years of history", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "The same seed always gives the same data", DefaultValueFactory = _ => 2014 };
        var command = new Command("seed", "Seed synthetic casework at full volume for one authority") { tenant, perYear, years, seed };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var slug = parse.GetValue(tenant)!;
            var directory = services.GetRequiredService<ITenantDirectory>();
            var found = await directory.FindByIdentifierAsync(slug, cancellationToken);
            if (found is null)
            {
                await console.Error.WriteLineAsync($"There is no authority '{slug}'. 'tenants list' shows them.");
                return 1;
            }

            var referrals = parse.GetValue(perYear) ?? PublishedReferralVolumes.PerYear(found, await directory.GetAllAsync(cancellationToken));
            var span = parse.GetValue(years);
            if (referrals is < 1 or > 50_000 || span is < 1 or > 30)
            {
                await console.Error.WriteLineAsync("There is a problem: referrals a year must be 1 to 50,000 and years 1 to 30.");
                return 1;
            }

            await console.Out.WriteLineAsync($"Seeding {referrals} synthetic referrals a year for {span} years into {slug}…");

            await services.GetRequiredService<Practice.Data.TenantDatabaseProvisioner>().ProvisionAsync(found, cancellationToken);
            var clock = Stopwatch.StartNew();
            var progress = new SynchronousProgress<SeedProgress>(step =>
                console.Out.WriteLine($"[{step.Written}/{step.Total}] synthetic referrals written ({clock.Elapsed.TotalSeconds:F0} s)"));
            var written = await services.GetRequiredService<BulkSyntheticSeeder>().SeedAsync(found, referrals, span, parse.GetValue(seed), progress, cancellationToken: cancellationToken);
            await console.Out.WriteLineAsync($"Seeded {written} synthetic referrals for {slug} in {clock.Elapsed.TotalSeconds:F1} s.");
            return 0;
        });
        return command;
    }
}
