using Consortium.Practice.Data;
using Consortium.Practice.Staff;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Workforce.Measures;

/// <summary>
/// The workforce census measures of a year, counted and summed by the database from the staff directory, the
/// administrator's vacancy figures and casework allocation. A member of staff's FTE, role and registration are as the
/// directory holds them now; cases are counted against their current worker, so a past year's caseload is the cases
/// then open as they are allocated today.
/// </summary>
public sealed class WorkforceCensus(PracticeDbContext db)
{
    public async Task<WorkforceMeasures> MeasuresAsync(CensusYear year, CancellationToken cancellationToken = default)
    {
        var (start, census) = (year.Start, year.CensusDate);
        var socialWorkers = db.StaffRecords.AsNoTracking().Where(s => s.RegistrationNumber != null);
        var employed = socialWorkers.Where(s => s.Employment == Employment.Employed);

        // On the register at 30 September: started by then and their last day after it (a last day of 30 September is a leaver's).
        var inPost = employed.Where(s => s.StartDate <= census && (s.EndDate == null || s.EndDate > census));
        var agency = socialWorkers.Where(s => s.Employment == Employment.Agency && s.StartDate <= census && (s.EndDate == null || s.EndDate > census));
        var starters = employed.Where(s => s.StartDate >= start && s.StartDate <= census);
        var leavers = employed.Where(s => s.EndDate >= start && s.EndDate <= census);

        var openAtCensus = db.Cases.AsNoTracking().Where(c => c.ReferralDate <= census && (c.ClosedOn == null || c.ClosedOn > census));
        var holders = inPost
            .Select(s => new { s.Fte, Cases = openAtCensus.Count(c => c.WorkerSubject == s.Subject || c.WorkerSubject == s.SignInName) })
            .Where(h => h.Cases > 0);

        var inPostTotal = await TotalAsync(inPost, cancellationToken);
        var agencyTotal = await TotalAsync(agency, cancellationToken);
        var startersTotal = await TotalAsync(starters, cancellationToken);
        var leaversTotal = await TotalAsync(leavers, cancellationToken);
        var held = await holders.GroupBy(h => 1)
            .Select(g => new { Fte = g.Sum(h => (double)h.Fte), People = g.Count(), Cases = g.Sum(h => h.Cases) })
            .FirstOrDefaultAsync(cancellationToken);

        var vacancies = db.TeamVacancies.AsNoTracking().Where(v => v.Year == year.Year);
        var vacancyEntries = await vacancies.CountAsync(cancellationToken);
        double? vacantFte = vacancyEntries == 0 ? null : await vacancies.SumAsync(v => (double)v.VacantFte, cancellationToken);

        return new WorkforceMeasures(
            year,
            inPostTotal.Fte, inPostTotal.Headcount,
            startersTotal.Fte, startersTotal.Headcount,
            leaversTotal.Fte, leaversTotal.Headcount,
            agencyTotal.Fte, agencyTotal.Headcount,
            vacantFte is { } v ? Fte(v) : null, vacancyEntries, await db.Teams.CountAsync(cancellationToken),
            Fte(held?.Fte ?? 0), held?.People ?? 0, held?.Cases ?? 0);
    }

    /// <summary>
    /// Headcount and summed FTE in one query. SQLite cannot sum decimals, so FTE is summed as a double and rounded
    /// back to the directory's 4 decimal places, which loses nothing at the sizes of an authority's workforce.
    /// </summary>
    private static async Task<(decimal Fte, int Headcount)> TotalAsync(IQueryable<StaffRecord> staff, CancellationToken cancellationToken)
    {
        var total = await staff.GroupBy(s => 1)
            .Select(g => new { Fte = g.Sum(s => (double)s.Fte), Headcount = g.Count() })
            .FirstOrDefaultAsync(cancellationToken);
        return (Fte(total?.Fte ?? 0), total?.Headcount ?? 0);
    }

    private static decimal Fte(double sum) => Math.Round((decimal)sum, 4, MidpointRounding.AwayFromZero);
}
