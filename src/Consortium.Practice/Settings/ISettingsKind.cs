using Consortium.Tenancy;

namespace Consortium.Practice.Settings;

/// <summary>What the versioned store needs to know about one kind of authority settings.</summary>
public interface ISettingsKind<T>
    where T : class, new()
{
    /// <summary>Stored in each revision so kinds share one table.</summary>
    string Kind { get; }

    /// <summary>The settings an authority starts with.</summary>
    T Initial(TenantInfo tenant);

    IReadOnlyList<SettingsProblem> Validate(T settings);
}
