namespace Consortium.Practice.Access;

/// <summary>A role rule as one line, <c>type=value:Role</c>, for the operator's commands and configuration.</summary>
public static class RoleRuleText
{
    public static string Format(RoleMappingRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return $"{rule.ClaimType}={rule.ClaimValue}:{rule.Role}";
    }

    /// <summary>The rule, or null when the text is not type=value:Role with a known role. The value may contain '='.</summary>
    public static RoleMappingRule? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var colon = text.LastIndexOf(':');
        if (equals <= 0 || colon <= equals + 1)
        {
            return null;
        }

        var roleName = text[(colon + 1)..].Trim();
        return Enum.TryParse<StaffRole>(roleName, ignoreCase: false, out var role) && Enum.IsDefined(role) && !int.TryParse(roleName, out _)
            ? new RoleMappingRule { ClaimType = text[..equals].Trim(), ClaimValue = text[(equals + 1)..colon].Trim(), Role = role }
            : null;
    }
}
