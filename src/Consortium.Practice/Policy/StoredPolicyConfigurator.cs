using Consortium.Practice.Data;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Consortium.Tenancy.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consortium.Practice.Policy;

/// <summary>
/// Fills <c>IOptions&lt;PracticePolicy&gt;</c> for an authority from the latest version in its database.
/// Runs only when the tenant-keyed options cache has no fresh entry for that authority.
/// </summary>
internal sealed class StoredPolicyConfigurator(ITenantDbContextFactory<PracticeDbContext> contexts) : ITenantConfigureOptions<PracticePolicy>
{
    public void Configure(PracticePolicy options, TenantInfo tenant)
    {
        using var db = contexts.Create(tenant);
        var json = db.PolicyRevisions.AsNoTracking()
            .OrderByDescending(r => r.Version)
            .Select(r => r.PolicyJson)
            .FirstOrDefault();
        var stored = json is null ? InitialPolicy.For(tenant) : PolicyJson.Deserialize(json);
        options.Timescales = stored.Timescales;
        options.Terminology = stored.Terminology;
        options.SafetyScale = stored.SafetyScale;
        options.Disclosure = stored.Disclosure;
        options.Retention = stored.Retention;
    }
}

/// <summary>Refuses to hand out a policy that breaks the rules (a hand-edited database, for example).</summary>
internal sealed class PracticePolicyOptionsValidation : IValidateOptions<PracticePolicy>
{
    public ValidateOptionsResult Validate(string? name, PracticePolicy options)
    {
        var problems = PracticePolicyValidator.Validate(options);
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(p => $"{p.Field}: {p.Message}"));
    }
}
