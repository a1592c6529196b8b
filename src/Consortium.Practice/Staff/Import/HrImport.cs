using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Consortium.Practice.Staff.Import;

/// <summary>
/// Imports the staff directory from a CSV export of the council's HR system: a preview of every problem or every change,
/// then, on confirmation, the same file checked again against the directory as it is then and saved all or nothing.
/// </summary>
public sealed class HrImport(PracticeDbContext db, TimeProvider clock, ILogger<HrImport> logger)
{
    public async Task<HrPreview> PreviewAsync(string text, CancellationToken cancellationToken = default) =>
        (await PlanAsync(text, cancellationToken)).Preview;

    /// <summary>
    /// Imports the file if it still has no problems and would still do exactly what the preview with
    /// <paramref name="previewed"/> as its fingerprint said; otherwise nothing is imported.
    /// </summary>
    public async Task<Outcome<HrPreview>> ImportAsync(string text, string previewed, string changedBy, CancellationToken cancellationToken = default)
    {
        var plan = await PlanAsync(text, cancellationToken);
        if (!plan.Preview.CanImport)
        {
            return new Failure.Invalid([.. plan.Preview.Problems.Select(p => new FieldError("File", p.ToString()))]);
        }

        if (plan.Preview.Fingerprint != previewed)
        {
            return Changed;
        }

        var now = clock.GetUtcNow();
        foreach (var team in plan.NewTeams)
        {
            db.Teams.Add(team);
            DirectoryHistory.Add(db, DirectoryRecordKind.Team, team.Id, team.Version, changedBy, now, ["Added by an HR import"]);
        }

        foreach (var record in plan.NewRecords)
        {
            db.StaffRecords.Add(record);
            DirectoryHistory.Add(db, DirectoryRecordKind.Staff, record.Id, record.Version, changedBy, now, ["Added by an HR import"]);
        }

        foreach (var (record, details, changes) in plan.Changed)
        {
            details.ApplyTo(record);
            record.Version++;
            DirectoryHistory.Add(db, DirectoryRecordKind.Staff, record.Id, record.Version, changedBy, now, ["Changed by an HR import", .. changes]);
        }

        // One save is one transaction: every row is written, or none is.
        if (await db.SaveOrFailAsync(SavingChanges.Always(Changed), SavingChanges.Always(Changed), cancellationToken) is { } failure)
        {
            return failure;
        }

        logger.LogInformation(
            "HR import at {Tenant}: {Added} staff added, {Updated} changed, {Leavers} leavers, {Teams} teams added",
            db.Tenant.Identifier, plan.Preview.Adds.Count, plan.Preview.Updates.Count, plan.Preview.Leavers.Count, plan.NewTeams.Count);
        return plan.Preview;
    }

    private static readonly Failure.Conflict Changed =
        new("The staff directory changed after the preview, so nothing was imported. Check the new preview and import again", []);

    private async Task<HrPlan> PlanAsync(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var file = HrFile.Read(text);
        var existing = await db.StaffRecords.ToListAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().ToListAsync(cancellationToken);
        return new HrPlanner(existing, teams, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).Plan(file);
    }
}
