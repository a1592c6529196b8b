using Consortium.Contracts.Catalogue;

namespace Consortium.Contracts.Disclosure;

/// <summary>
/// Every sum anyone holding the published tables and the catalogue knows to hold between an authority's quantities:
/// a percentage's numerator and complement make its denominator; a year is the sum of its quarters and of its months,
/// and a quarter of its months, for what adds up over periods; plans open at the end of a period are those open
/// at the end of the one before, plus those starting, less those ending; and the case-file audits completed in a period
/// are the sum of those of each grade, those good or better the sum of grades 1 and 2; and the employed social workers in
/// post (turnover's and practice leaders' denominator) are those of the agency rate's denominator who are not agency.
/// </summary>
public static class LinkedIdentities
{
    private static readonly IndicatorDefinition OpenPlans = IndicatorCatalogue.Get(IndicatorCode.CPP_OPEN);
    private static readonly IndicatorDefinition PlansStarting = IndicatorCatalogue.Get(IndicatorCode.CPP_START);
    private static readonly IndicatorDefinition PlansEnding = IndicatorCatalogue.Get(IndicatorCode.CPP_2YR);
    private static readonly IndicatorDefinition AuditsCompleted = IndicatorCatalogue.Get(IndicatorCode.QA_AUDIT_GOOD);
    private static readonly IndicatorDefinition Turnover = IndicatorCatalogue.Get(IndicatorCode.WF_TURNOVER);
    private static readonly IndicatorDefinition Agency = IndicatorCatalogue.Get(IndicatorCode.WF_AGENCY);

    /// <summary>
    /// The identities among the quantities of <paramref name="periods"/>: every period that exists (has started), so a
    /// year in progress is the sum of its months so far.
    /// </summary>
    public static IReadOnlyList<Identity> Among(IEnumerable<ReportingPeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var all = periods.ToHashSet();
        var identities = new List<Identity>();
        foreach (var period in all)
        {
            identities.AddRange(Complements(period));
            identities.AddRange(PeriodSums(period, all));
            identities.AddRange(AuditGrades(period));
            identities.Add(Identity.Sum(new Quantity(period, Turnover.Denominator!), [new Quantity(period, IndicatorQuantities.ComplementOf(Agency))]));
            if (all.Contains(period.Previous()))
            {
                identities.Add(StockAndFlow(period));
            }
        }

        return identities;
    }

    private static IEnumerable<Identity> Complements(ReportingPeriod period) =>
        IndicatorCatalogue.All.Where(d => d.Unit == IndicatorUnit.Percent).Select(d =>
        {
            var quantities = IndicatorQuantities.Of(d).ToDictionary(q => q.Role, q => new Quantity(period, q.Counted));
            return Identity.Sum(quantities[QuantityRole.Denominator], [quantities[QuantityRole.Numerator], quantities[QuantityRole.Complement]]);
        });

    private static IEnumerable<Identity> AuditGrades(ReportingPeriod period)
    {
        Quantity Numerator(IndicatorCode code) => new(period, IndicatorCatalogue.Get(code).Numerator!);
        var grades = IndicatorCatalogue.AuditGrades.Select(Numerator).ToList();
        yield return Identity.Sum(new Quantity(period, AuditsCompleted.Denominator!), grades);
        yield return Identity.Sum(Numerator(IndicatorCode.QA_AUDIT_GOOD), grades.Take(IndicatorCatalogue.AuditGoodOrBetterUpTo));
    }

    private static IEnumerable<Identity> PeriodSums(ReportingPeriod total, HashSet<ReportingPeriod> all)
    {
        var partKinds = total.Kind switch
        {
            PeriodKind.ReportingYear => new[] { PeriodKind.Quarter, PeriodKind.Month },
            PeriodKind.Quarter => [PeriodKind.Month],
            _ => [],
        };
        var counted = IndicatorCatalogue.All.SelectMany(IndicatorQuantities.Of).Select(q => q.Counted)
            .Where(IndicatorQuantities.AddsUpOverPeriods).Distinct().ToList();
        foreach (var kind in partKinds)
        {
            var parts = PartsOf(total, kind).Where(all.Contains).ToList();
            if (parts.Count == 0)
            {
                continue;
            }

            foreach (var words in counted)
            {
                yield return Identity.Sum(new Quantity(total, words), parts.Select(p => new Quantity(p, words)));
            }
        }
    }

    private static IEnumerable<ReportingPeriod> PartsOf(ReportingPeriod total, PeriodKind kind)
    {
        var part = new ReportingPeriod(kind, total.Start);
        while (part.Start <= total.End)
        {
            yield return part;
            part = part.Next();
        }
    }

    private static Identity StockAndFlow(ReportingPeriod period) => new(
    [
        (new Quantity(period, OpenPlans.Numerator!), -1),
        (new Quantity(period.Previous(), OpenPlans.Numerator!), 1),
        (new Quantity(period, PlansStarting.Numerator!), 1),
        (new Quantity(period, PlansEnding.Denominator!), -1),
    ]);
}
