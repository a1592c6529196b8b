using System.Text.RegularExpressions;
using Consortium.Practice.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Casework;

/// <summary>
/// Children already on record who may be the child of a new referral, so the person recording it can use the existing
/// record instead of making a second one. A match needs the name (spelt alike, in either order) and the date of birth
/// (the same, or with day and month swapped, or a year out) or the postcode; or the same date of birth, family name and
/// postcode (a child known by another first name). Restricted records the person may not open are never offered.
/// </summary>
public sealed partial class LikelyMatches(PracticeDbContext db)
{
    public const int MostShown = 10;

    public async Task<IReadOnlyList<ChildMatch>> ForAsync(NewReferral referral, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(who);
        var given = NameSimilarity.Normalise(referral.GivenName);
        var family = NameSimilarity.Normalise(referral.FamilyName);
        if (given.Length == 0 || family.Length == 0)
        {
            return [];
        }

        var dates = DatesAlike(referral.DateOfBirth).ToList();
        var postcode = Postcode(referral.Address);
        var pattern = postcode is null ? null : $"%{postcode[..^3].Trim()}%{postcode[^3..]}%";
        var candidates = await db.Children.AsNoTracking()
            .Where(c => c.MergedIntoChildId == null)
            .Where(c => (c.DateOfBirth != null && dates.Contains(c.DateOfBirth.Value)) || (pattern != null && c.Address != null && EF.Functions.Like(c.Address, pattern)))
            .OrderBy(c => c.FamilyName).ThenBy(c => c.Id)
            .Take(200)
            .ToListAsync(cancellationToken);

        var matches = new List<(Child Child, List<string> Reasons)>();
        foreach (var child in candidates.Where(c => c.MayBeOpenedBy(who)))
        {
            var reasons = Reasons(child, given, family, referral.DateOfBirth, postcode);
            if (reasons is not null)
            {
                matches.Add((child, reasons));
            }
        }

        var ids = matches.Select(m => m.Child.Id).ToList();
        var open = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.ChildId) && c.Stage != CaseStage.Closed)
            .Select(c => new { c.ChildId, c.Reference }).ToListAsync(cancellationToken);
        return [.. matches.OrderByDescending(m => m.Reasons.Count).Take(MostShown).Select(m => new ChildMatch(
            m.Child.Id, m.Child.Reference, m.Child.FullName, m.Child.DateOfBirth, m.Child.Address,
            open.FirstOrDefault(o => o.ChildId == m.Child.Id)?.Reference, m.Reasons))];
    }

    private static List<string>? Reasons(Child child, string given, string family, DateOnly? born, string? postcode)
    {
        var theirGiven = NameSimilarity.Normalise(child.GivenName);
        var theirFamily = NameSimilarity.Normalise(child.FamilyName);
        var sameOrder = NameSimilarity.Alike(given, theirGiven) && NameSimilarity.Alike(family, theirFamily);
        var otherOrder = !sameOrder && NameSimilarity.Alike(given, theirFamily) && NameSimilarity.Alike(family, theirGiven);
        var reasons = new List<string>();
        var sameName = given == theirGiven && family == theirFamily;
        if (sameName)
        {
            reasons.Add("the same name");
        }
        else if (sameOrder)
        {
            reasons.Add("a name spelt alike");
        }
        else if (otherOrder)
        {
            reasons.Add("the same names in the other order");
        }

        var dateAlike = born is { } date && child.DateOfBirth is { } theirs && DatesAlike(date).Contains(theirs);
        if (dateAlike)
        {
            reasons.Add(born == child.DateOfBirth ? "the same date of birth" : "a date of birth that differs only by a swapped day and month or by a year");
        }

        var samePostcode = postcode is not null && Postcode(child.Address) == postcode;
        if (samePostcode)
        {
            reasons.Add("the same postcode");
        }

        var named = sameOrder || otherOrder;
        var knownByAnotherName = born == child.DateOfBirth && samePostcode && NameSimilarity.Alike(family, theirFamily);
        return (named && (dateAlike || samePostcode)) || knownByAnotherName ? reasons : null;
    }

    private static IEnumerable<DateOnly> DatesAlike(DateOnly? born)
    {
        if (born is not { } date)
        {
            yield break;
        }

        yield return date;
        yield return date.AddYears(-1);
        yield return date.AddYears(1);
        if (date.Day <= 12 && date.Day != date.Month && DateOnly.TryParseExact($"{date.Year:D4}-{date.Day:D2}-{date.Month:D2}", "yyyy-MM-dd", out var swapped))
        {
            yield return swapped;
        }
    }

    /// <summary>A UK postcode in an address, upper case with one space (NR1 2AB), or nothing.</summary>
    internal static string? Postcode(string? address)
    {
        var match = address is null ? null : PostcodePattern().Match(address.ToUpperInvariant());
        return match is { Success: true } ? $"{match.Groups[1].Value} {match.Groups[2].Value}" : null;
    }

    [GeneratedRegex(@"\b([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PostcodePattern();
}
