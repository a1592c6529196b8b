using Consortium.Practice.Outcomes;
using Consortium.Practice.Access;
using Consortium.Practice.Settings;

namespace Consortium.Practice.Tests.Access;

public sealed class RoleMappingTests
{
    private static readonly RoleMappingKind Kind = new();

    [Fact]
    public void Maps_any_claim_type_and_value_to_roles()
    {
        var mapping = new RoleMapping
        {
            Rules =
            [
                new() { ClaimType = "groups", ClaimValue = "7d1e0c4a-practitioners", Role = StaffRole.Practitioner },
                new() { ClaimType = "roles", ClaimValue = "Admin", Role = StaffRole.TenantAdministrator },
                new() { ClaimType = "department", ClaimValue = "QA", Role = StaffRole.QualityAssurance },
            ],
        };

        var roles = mapping.RolesFor([("groups", "7d1e0c4a-practitioners"), ("department", "QA"), ("roles", "admin")]);

        Assert.Equal([StaffRole.Practitioner, StaffRole.QualityAssurance], roles);
    }

    [Fact]
    public void The_default_maps_entra_app_roles_named_after_the_staff_roles()
    {
        Assert.Empty(Kind.Validate(new RoleMapping()));
        Assert.Equal([StaffRole.TeamManager], new RoleMapping().RolesFor([("roles", "TeamManager")]));
        Assert.Empty(new RoleMapping().RolesFor([("role", "TeamManager"), ("roles", "Unknown")]));
    }

    [Fact]
    public void Each_bad_rule_is_named_and_losing_every_administrator_is_refused()
    {
        var mapping = new RoleMapping
        {
            Rules =
            [
                new() { ClaimType = "", ClaimValue = "x", Role = StaffRole.Practitioner },
                new() { ClaimType = "roles", ClaimValue = "", Role = StaffRole.Practitioner },
                new() { ClaimType = "roles", ClaimValue = "P", Role = StaffRole.Practitioner },
                new() { ClaimType = "roles", ClaimValue = "P", Role = StaffRole.Practitioner },
            ],
        };

        Assert.Equal(
            [
                new FieldError("Rules.0.ClaimType", "Rule 1: enter the claim type, up to 200 characters"),
                new FieldError("Rules.1.ClaimValue", "Rule 2: enter the claim value, up to 200 characters"),
                new FieldError("Rules.3.ClaimValue", "Rule 4 repeats an earlier rule"),
                new FieldError("Rules", "Keep at least one rule that makes people authority administrators, or nobody could change these rules again"),
            ],
            Kind.Validate(mapping));
    }
}
