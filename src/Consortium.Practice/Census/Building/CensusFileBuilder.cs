using Consortium.Practice.Calendar;
using Consortium.Practice.Casework;
using Consortium.Practice.Census.Validation;
using Consortium.Practice.Data;
using Consortium.Practice.Policy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consortium.Practice.Census.Building;

/// <summary>
/// Builds the authority's Children in Need census file for a collection year from its casework: every child with an
/// episode open at any time in the year, each such episode with its modules. Reads the year's rows in a few set queries.
/// </summary>
public sealed class CensusFileBuilder(PracticeDbContext db, WorkingDayCalculator workingDays, IOptionsSnapshot<PracticePolicy> policy)
{
    /// <param name="year">The collection year, named by the year it ends in (2026 for 2025-26).</param>
    public async Task<CensusBuild> BuildAsync(int year, CancellationToken cancellationToken = default)
    {
        var header = new CensusHeader(year, new DateOnly(year, 3, 31), db.Tenant.OldLaCode);
        var (start, end) = (header.PeriodStart, header.PeriodEnd);
        var childIds = db.Cases.Where(c => c.ReferralDate <= end && (c.ClosedOn == null || c.ClosedOn >= start)).Select(c => c.ChildId);
        var caseIds = db.Cases.Where(c => childIds.Contains(c.ChildId) && c.ReferralDate <= end).Select(c => c.Id);

        var children = await db.Children.AsNoTracking().Where(c => childIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var moves = (await db.StageChanges.AsNoTracking().Where(m => caseIds.Contains(m.CaseId))
                .Select(m => new { m.CaseId, m.Id, m.From, m.To, m.EffectiveOn }).ToListAsync(cancellationToken))
            .OrderBy(m => m.EffectiveOn).ThenBy(m => m.Id)
            .ToLookup(m => m.CaseId, m => new EpisodeMove(m.From, m.To, m.EffectiveOn));
        var reviews = (await db.ReviewConferences.AsNoTracking().Where(r => caseIds.Contains(r.CaseId))
                .Select(r => new { r.CaseId, r.PlanStart, r.HeldOn }).ToListAsync(cancellationToken))
            .ToLookup(r => r.CaseId);
        var notRequired = (await db.EnquiryOutcomes.AsNoTracking().Where(o => caseIds.Contains(o.CaseId) && o.Step == EnquiryStep.Section47Enquiry)
                .Select(o => new { o.CaseId, o.Outcome, o.DecidedOn }).ToListAsync(cancellationToken))
            .Where(o => EnquiryOutcomes.ConferenceNotRequired(o.Outcome))
            .ToDictionary(o => o.CaseId, o => o.DecidedOn);

        var targetDays = policy.Value.Timescales.InitialConferenceWorkingDays;
        var histories = cases
            .Select(c => EpisodeHistory.Read(c, moves.Contains(c.Id) ? [.. moves[c.Id]] : EpisodeMove.FromDates(c), notRequired.TryGetValue(c.Id, out var on) ? on : null))
            .ToLookup(h => h.Case.ChildId);
        var censusChildren = new List<CensusChild>(children.Count);
        var records = new Dictionary<string, CensusChildRecord>(children.Count, StringComparer.Ordinal);
        foreach (var child in children.OrderBy(c => c.Reference, StringComparer.Ordinal))
        {
            var all = histories[child.Id].ToList();
            var planStarts = all.SelectMany(h => h.ProtectionPlans).Select(p => p.Start).ToList();
            var inYear = all.Where(h => h.Case.ClosedOn is null || h.Case.ClosedOn >= start).OrderBy(h => h.Case.ReferralDate).ThenBy(h => h.Case.Reference, StringComparer.Ordinal).ToList();
            var censusChild = CensusChildOf(child) with
            {
                Episodes = [.. inYear.Select(h => EpisodeInYear.ToCensus(h, header, planStarts,
                    reviews[h.Case.Id].ToLookup(r => r.PlanStart, r => r.HeldOn),
                    from => workingDays.AddWorkingDays(from, targetDays)))],
            };
            censusChildren.Add(censusChild);
            records.TryAdd(censusChild.LaChildId, new CensusChildRecord(child.Id, [.. inYear.Select(h => h.Case.Id)]));
        }

        return new CensusBuild(new CensusFile(header, censusChildren), records);
    }

    private static CensusChild CensusChildOf(Child child)
    {
        var unborn = child.DateOfBirth is null && child.ExpectedDateOfBirth is not null;
        return new CensusChild
        {
            LaChildId = LaChildId(child.Reference),
            BirthDate = child.DateOfBirth,
            ExpectedBirthDate = child.DateOfBirth is null ? child.ExpectedDateOfBirth : null,
            Sex = unborn ? "U" : SexInFile(child.SexCode),
            Ethnicity = child.EthnicityCode.Code,
            Disabilities = [.. child.DisabilityCodes.Select(d => d.Code)],
            Upn = child.Upn,
            UpnUnknown = child.Upn is null ? child.UpnUnknown?.Code : null,
            FormerUpn = child.FormerUpn,
            DeathDate = child.DateOfDeath,
        };
    }

    /// <summary>The LA child ID: the authority's reference without its punctuation (the census allows letters and digits only).</summary>
    public static string LaChildId(string reference) => string.Concat(reference.Where(char.IsAsciiLetterOrDigit));

    /// <summary>The census's sex codes since 2024-25: M, F, or U when not known or indeterminate.</summary>
    private static string SexInFile(Sex sex) => sex.Code switch
    {
        "1" => "M",
        "2" => "F",
        _ => "U",
    };
}
