using Consortium.Contracts;
using Consortium.Practice.Outcomes;
using Consortium.Practice.Settings;

namespace Consortium.Scrutiny.Board;

/// <summary>
/// Reads and records the board's judgements of the report's sections. Each change is a new version of the authority's
/// board settings (its history says who changed what and when); a change based on a replaced version is a conflict.
/// </summary>
public sealed class BoardJudgements(SettingsStore<BoardOverrides> store, TimeProvider clock)
{
    public Task<CurrentSettings<BoardOverrides>> CurrentAsync(CancellationToken cancellationToken = default) => store.GetCurrentAsync(cancellationToken);

    /// <summary>The board's judgements for one period, by section key.</summary>
    public async Task<IReadOnlyDictionary<string, JudgementOverride>> ForAsync(ReportingPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var current = await store.GetCurrentAsync(cancellationToken);
        return current.Settings.Overrides.Where(o => o.Period == period.Key).ToDictionary(o => o.Section, StringComparer.Ordinal);
    }

    /// <summary>Records (or, with <see cref="OverrideInput.UseTheRule"/>, removes) the board's judgement of a section, giving the settings version saved.</summary>
    public async Task<Outcome<int>> SaveAsync(OverrideInput input, int basedOnVersion, string who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var problems = input.Validate(today, out var rating);
        if (problems.Count > 0)
        {
            return new Failure.Invalid(problems);
        }

        _ = ReportingPeriod.TryParse(input.Period, out var parsed);
        var period = parsed.Key;
        var current = await store.GetCurrentAsync(cancellationToken);
        var overrides = current.Settings.Overrides.Where(o => o.Period != period || o.Section != input.Section).ToList();
        if (rating is { } board)
        {
            overrides.Add(new JudgementOverride { Period = period, Section = input.Section!, Rating = board, Note = input.Note!.Trim(), By = who.Trim(), On = today });
        }

        return await store.SaveAsync(new BoardOverrides { Overrides = overrides }, basedOnVersion, who, cancellationToken);
    }

    /// <summary>The sections with the board's judgement beside each rule's judgement it overrides.</summary>
    public static IReadOnlyList<ReportSection> Apply(IReadOnlyList<ReportSection> sections, IReadOnlyDictionary<string, JudgementOverride> board)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(board);
        return [.. sections.Select(s => s.Judgement is { } judgement && board.TryGetValue(s.Key, out var given)
            ? s with { Judgement = judgement with { Board = given } }
            : s)];
    }
}
