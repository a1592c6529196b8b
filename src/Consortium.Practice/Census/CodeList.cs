using System.Diagnostics.CodeAnalysis;

namespace Consortium.Practice.Census;

/// <summary>One census code list, in the census's order: every code of the type, found by its code.</summary>
public sealed class CodeList<TCode>
    where TCode : CensusCode
{
    private readonly Dictionary<string, TCode> _byCode;

    public CodeList(IReadOnlyList<TCode> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        All = codes;
        _byCode = codes.ToDictionary(c => c.Code, StringComparer.Ordinal);
        Names = codes.ToDictionary(c => c.Code, c => c.DisplayName, StringComparer.Ordinal);
    }

    public IReadOnlyList<TCode> All { get; }

    /// <summary>Each code's display name, in the census's order, for a page's radios, select or checkboxes.</summary>
    public IReadOnlyDictionary<string, string> Names { get; }

    public bool TryParse([NotNullWhen(true)] string? code, [NotNullWhen(true)] out TCode? value)
    {
        value = code is null ? null : _byCode.GetValueOrDefault(code);
        return value is not null;
    }

    /// <summary>The code as stored; a stored code is always one of the list, so anything else is a defect.</summary>
    public TCode FromStored(string code) =>
        TryParse(code, out var value) ? value : throw new InvalidOperationException($"'{code}' is not a {typeof(TCode).Name} code of the census.");

    /// <summary>
    /// The problem with a set of codes from this list where one code (<paramref name="alone"/>) means "none" and stands
    /// alone: an unknown code, the same code twice, "none" with others, more than <paramref name="max"/>; or null.
    /// </summary>
    public string? CheckSet(IReadOnlyCollection<string?> chosen, TCode alone, int max, string what)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        ArgumentNullException.ThrowIfNull(alone);
        if (chosen.Any(c => !TryParse(c, out _)))
        {
            return $"Select {what} from the list";
        }

        if (chosen.Distinct(StringComparer.Ordinal).Count() != chosen.Count)
        {
            return $"Select each of the {what} once";
        }

        if (chosen.Count > 1 && chosen.Contains(alone.Code))
        {
            return $"'{alone.DisplayName}' cannot be selected with other {what}";
        }

        return chosen.Count > max ? $"Select at most {max} {what}" : null;
    }
}
