using Consortium.Practice.Outcomes;
using Consortium.Practice.Settings;
using Consortium.Tenancy;

namespace Consortium.Practice.Audits;

/// <summary>The published frameworks: each version an audit can be done on.</summary>
public sealed class AuditFrameworkKind : ISettingsKind<AuditFramework>
{
    public string Kind => "AuditFramework";

    public AuditFramework Initial(TenantInfo tenant) => DefaultAuditFramework.Create();

    public IReadOnlyList<FieldError> Validate(AuditFramework settings) => AuditFrameworkValidator.Validate(settings);
}

/// <summary>The framework an administrator is editing; nobody audits on it until it is published.</summary>
public sealed class AuditFrameworkDraft
{
    public AuditFramework Framework { get; set; } = new();
}

public sealed class AuditFrameworkDraftKind : ISettingsKind<AuditFrameworkDraft>
{
    public string Kind => "AuditFrameworkDraft";

    public AuditFrameworkDraft Initial(TenantInfo tenant) => new() { Framework = DefaultAuditFramework.Create() };

    public IReadOnlyList<FieldError> Validate(AuditFrameworkDraft settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return AuditFrameworkValidator.Validate(settings.Framework);
    }
}
