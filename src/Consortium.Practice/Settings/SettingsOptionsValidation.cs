using Consortium.Practice.Data;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Consortium.Tenancy.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consortium.Practice.Settings;

/// <summary>Refuses to hand out settings that break the rules (a hand-edited database, for example).</summary>
internal sealed class SettingsOptionsValidation<T>(ISettingsKind<T> kind) : IValidateOptions<T>
    where T : class, new()
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var problems = kind.Validate(options);
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(p => $"{p.Field}: {p.Message}"));
    }
}
