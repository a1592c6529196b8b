using Consortium.Tenancy;
using Microsoft.Extensions.Options;

namespace Consortium.Practice.Access;

/// <summary>Refuses to start with a configured role rule that is not <c>type=value:Role</c>, rather than ignoring it.</summary>
internal sealed class ConfiguredRoleRulesValidation : IValidateOptions<TenancyOptions>
{
    public ValidateOptionsResult Validate(string? name, TenancyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Tenants
            .SelectMany(t => t.Value.RoleRules.Select((text, i) => (Slug: t.Key, Index: i, Text: text)))
            .Where(r => RoleRuleText.Parse(r.Text) is null)
            .Select(r => $"Tenancy:Tenants:{r.Slug}:RoleRules:{r.Index} must be written type=value:Role, where Role is one of {string.Join(", ", Enum.GetNames<StaffRole>())}")
            .ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
