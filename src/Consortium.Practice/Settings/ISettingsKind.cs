using Consortium.Practice.Outcomes;
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

    IReadOnlyList<FieldError> Validate(T settings);

    /// <summary>How a save is told in the history: one line for each setting that changed.</summary>
    IReadOnlyList<string> Differences(T before, T after) => SettingsJson.Differences(before, after);

    /// <summary>The settings field by field, as their form shows them: what a conflict compares.</summary>
    RecordFields Fields(T settings)
    {
        var fields = new RecordFields();
        foreach (var (path, value) in SettingsJson.Flatten(settings))
        {
            fields.Add(path, path, value);
        }

        return fields;
    }
}
