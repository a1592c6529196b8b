using Consortium.Contracts;
using Consortium.Practice.Outcomes;
using Consortium.Practice.Settings;
using Consortium.Tenancy;

namespace Consortium.Scrutiny.Board;

/// <summary>The board's overrides as a kind of versioned settings: an authority starts with none.</summary>
public sealed class BoardOverridesKind : ISettingsKind<BoardOverrides>
{
    public string Kind => "ScrutinyBoardOverrides";

    public BoardOverrides Initial(TenantInfo tenant) => new();

    public IReadOnlyList<FieldError> Validate(BoardOverrides settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var problems = new List<FieldError>();
        foreach (var given in settings.Overrides)
        {
            problems.AddRange(OverrideInput.Check(given.Period, given.Section, given.Rating, given.Note));
        }

        if (settings.Overrides.GroupBy(o => (o.Period, o.Section)).Any(g => g.Count() > 1))
        {
            problems.Add(new(nameof(OverrideInput.Section), "A section has one board judgement for a period"));
        }

        return problems;
    }
}
