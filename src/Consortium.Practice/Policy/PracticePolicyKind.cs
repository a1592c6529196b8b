using Consortium.Practice.Outcomes;
using Consortium.Practice.Settings;
using Consortium.Tenancy;

namespace Consortium.Practice.Policy;

/// <summary>The practice policy as a versioned settings kind: statutory defaults with the authority's seed values applied.</summary>
public sealed class PracticePolicyKind : ISettingsKind<PracticePolicy>
{
    public string Kind => "PracticePolicy";

    public PracticePolicy Initial(TenantInfo tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var policy = new PracticePolicy();
        foreach (var (path, value) in tenant.PolicySeed.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var (changed, error) = PolicySettings.With(policy, path, value);
            policy = changed ?? throw new InvalidOperationException($"The policy seed of authority '{tenant.Identifier}' is invalid: {error}");
        }

        return policy;
    }

    public IReadOnlyList<FieldError> Validate(PracticePolicy settings) => PracticePolicyValidator.Validate(settings);

    public IReadOnlyList<string> Differences(PracticePolicy before, PracticePolicy after) => PolicySettings.Differences(before, after);

    /// <summary>Each setting by its path, named as the history names it, with the value as the form shows it.</summary>
    public RecordFields Fields(PracticePolicy settings)
    {
        var fields = new RecordFields();
        foreach (var setting in PolicySettings.All)
        {
            fields.Add(setting.Path, setting.Name, setting.Display(settings));
        }

        return fields;
    }
}
