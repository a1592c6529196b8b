using Consortium.Practice.Outcomes;
using Consortium.Practice.Settings;
using Consortium.Tenancy;

namespace Consortium.Practice.Access;

/// <summary>The role mapping as a versioned settings kind.</summary>
public sealed class RoleMappingKind : ISettingsKind<RoleMapping>
{
    public const int MaxRules = 100;

    public string Kind => "RoleMapping";

    public RoleMapping Initial(TenantInfo tenant) => new();

    /// <summary>The rules as one list, a rule a line, as the roles page shows them.</summary>
    public RecordFields Fields(RoleMapping settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new RecordFields().AddList(nameof(RoleMapping.Rules), "Role rules", settings.Rules.Select(r => $"{r.ClaimType} = {r.ClaimValue} gives {r.Role}"));
    }

    public IReadOnlyList<FieldError> Validate(RoleMapping settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var problems = new List<FieldError>();
        if (settings.Rules.Count > MaxRules)
        {
            problems.Add(new("Rules", $"An authority can have at most {MaxRules} role rules"));
        }

        for (var i = 0; i < settings.Rules.Count; i++)
        {
            var rule = settings.Rules[i];
            if (string.IsNullOrWhiteSpace(rule.ClaimType) || rule.ClaimType.Length > 200)
            {
                problems.Add(new($"Rules.{i}.ClaimType", $"Rule {i + 1}: enter the claim type, up to 200 characters"));
            }

            if (string.IsNullOrWhiteSpace(rule.ClaimValue) || rule.ClaimValue.Length > 200)
            {
                problems.Add(new($"Rules.{i}.ClaimValue", $"Rule {i + 1}: enter the claim value, up to 200 characters"));
            }

            if (!Enum.IsDefined(rule.Role))
            {
                problems.Add(new($"Rules.{i}.Role", $"Rule {i + 1}: choose a role"));
            }

            if (settings.Rules.Take(i).Any(r => r.ClaimType == rule.ClaimType && r.ClaimValue == rule.ClaimValue && r.Role == rule.Role))
            {
                problems.Add(new($"Rules.{i}.ClaimValue", $"Rule {i + 1} repeats an earlier rule"));
            }
        }

        if (!settings.Rules.Any(r => r.Role == StaffRole.TenantAdministrator))
        {
            problems.Add(new("Rules", "Keep at least one rule that makes people authority administrators, or nobody could change these rules again"));
        }

        return problems;
    }
}
