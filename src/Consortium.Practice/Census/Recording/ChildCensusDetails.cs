using Consortium.Practice.Casework;
using Consortium.Practice.Outcomes;

namespace Consortium.Practice.Census.Recording;

/// <summary>
/// What the census needs of a child that their referral does not ask: the unique pupil number or why it is not known,
/// a former UPN, and the date of death. Each may be left blank (the census's own rules then say what is missing).
/// </summary>
public sealed record ChildCensusDetails(string? Upn, string? UpnUnknown, string? FormerUpn, DateOnly? DateOfDeath)
{
    public const string UpnExample = "H801200001001";

    /// <summary>The UPN as stored: trimmed, upper case, without spaces; null for blank.</summary>
    public string? CleanUpn => Clean(Upn);

    public string? CleanFormerUpn => Clean(FormerUpn);

    public IReadOnlyList<FieldError> Validate(Child child, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(child);
        var problems = new List<FieldError>();
        var upn = CleanUpn;
        if (upn is not null && UpnProblem(upn) is { } wrong)
        {
            problems.Add(new(nameof(Upn), wrong));
        }

        var unknown = string.IsNullOrWhiteSpace(UpnUnknown) ? null : UpnUnknown.Trim();
        if (unknown is not null && !Census.UpnUnknown.List.TryParse(unknown, out _))
        {
            problems.Add(new(nameof(UpnUnknown), "Select why the UPN is not known from the list"));
        }
        else if (unknown is not null && upn is not null)
        {
            problems.Add(new(nameof(UpnUnknown), "Leave the reason blank when you enter a UPN"));
        }

        var former = CleanFormerUpn;
        if (former is not null && !Census.Upn.HasUpnForm(former))
        {
            problems.Add(new(nameof(FormerUpn), $"Enter the former UPN as a letter and 12 more characters, like {UpnExample}"));
        }
        else if (former is not null && former == upn)
        {
            problems.Add(new(nameof(FormerUpn), "The former UPN must be different from the UPN"));
        }

        if (DateOfDeath > today)
        {
            problems.Add(new(nameof(DateOfDeath), "The date of death must be today or in the past"));
        }
        else if (DateOfDeath < child.DateOfBirth)
        {
            problems.Add(new(nameof(DateOfDeath), "The date of death must be on or after the date of birth"));
        }
        else if (DateOfDeath is not null && child.DateOfBirth is null)
        {
            problems.Add(new(nameof(DateOfDeath), "An unborn child has no date of death: record the birth first"));
        }

        return problems;
    }

    private static string? UpnProblem(string upn)
    {
        if (upn.Length != Census.Upn.Length || !char.IsAsciiLetter(upn[0]))
        {
            return $"Enter the UPN as 13 characters, a letter then 12 more, like {UpnExample}";
        }

        if (!Census.Upn.HasNumericBody(upn) || !upn[1..4].All(char.IsAsciiDigit) || !Census.Upn.HasKnownLastCharacter(upn))
        {
            return "Characters 2 to 12 of the UPN must be digits, and the last a digit or a letter other than I, O or S";
        }

        if (!Census.Upn.HasKnownLaCode(upn))
        {
            return "Characters 2 to 4 of the UPN must be the code of an English authority";
        }

        return Census.Upn.HasRightCheckLetter(upn) ? null : "The UPN's first letter does not match the rest of it: check it was copied correctly";
    }

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Concat(value.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
}
