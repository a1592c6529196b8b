using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.SelfAssessment;

/// <summary>
/// The authority's quarterly self-assessment of its implementation: every quarter rated so far, and saving one, only
/// over the version the person started from (otherwise a conflict naming what the other person changed, field by field).
/// </summary>
public sealed class SelfAssessmentService(PracticeDbContext db, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Every quarter rated, oldest first, with its ratings.</summary>
    public async Task<IReadOnlyList<SelfAssessmentQuarter>> HistoryAsync(CancellationToken cancellationToken = default) =>
        await db.SelfAssessments.AsNoTracking().Include(q => q.Ratings).OrderBy(q => q.QuarterStart).ToListAsync(cancellationToken);

    public async Task<SelfAssessmentQuarter?> ForQuarterAsync(DateOnly quarterStart, CancellationToken cancellationToken = default) =>
        await db.SelfAssessments.AsNoTracking().Include(q => q.Ratings).FirstOrDefaultAsync(q => q.QuarterStart == quarterStart, cancellationToken);

    /// <param name="basedOnVersion">The version the person started from; 0 for a quarter not yet rated.</param>
    /// <param name="startedFrom">The fields as the form loaded them, so a conflict can say what changed since.</param>
    public async Task<Outcome<SelfAssessmentQuarter>> SaveAsync(SelfAssessmentInput input, int basedOnVersion, StaffMember who, IReadOnlyDictionary<string, string>? startedFrom = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(who);
        if (!who.Has(StaffRole.TenantAdministrator))
        {
            return new Failure.Refused("Only the authority's administrators rate its implementation");
        }

        var problems = input.Validate(Today, out var quarterStart, out var ratings);
        if (problems.Count > 0)
        {
            return new Failure.Invalid(problems);
        }

        var saved = await db.SelfAssessments.Include(q => q.Ratings).FirstOrDefaultAsync(q => q.QuarterStart == quarterStart, cancellationToken);
        if ((saved?.Version ?? 0) != basedOnVersion)
        {
            return saved is null ? new Failure.Conflict("The version you edited is not the latest", []) : Conflict(saved, input, startedFrom);
        }

        if (saved is null)
        {
            saved = new SelfAssessmentQuarter { QuarterStart = quarterStart };
            db.SelfAssessments.Add(saved);
        }

        foreach (var element in ImplementationElements.All)
        {
            var rating = saved.Ratings.FirstOrDefault(r => r.Element == element);
            if (rating is null)
            {
                rating = new SelfAssessmentRating { QuarterId = saved.Id, Element = element };
                saved.Ratings.Add(rating);
                db.Add(rating);
            }

            rating.Rating = ratings[element];
            rating.Evidence = input.Elements[element].Evidence!.Trim();
        }

        saved.Version++;
        saved.RecordedBy = who.Name;
        saved.RecordedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone saved this quarter first (a newer version, or the same new quarter): show them what they saved.
            db.ChangeTracker.Clear();
            var theirs = await db.SelfAssessments.AsNoTracking().Include(q => q.Ratings).FirstAsync(q => q.QuarterStart == quarterStart, cancellationToken);
            return Conflict(theirs, input, startedFrom);
        }

        return saved;
    }

    /// <summary>A quarter's fields as the form names them, in the words the page shows.</summary>
    public static RecordFields Fields(SelfAssessmentQuarter? quarter)
    {
        var fields = new RecordFields();
        foreach (var element in ImplementationElements.All)
        {
            var rating = quarter?.Ratings.FirstOrDefault(r => r.Element == element);
            var name = ImplementationElements.Name(element);
            fields.Add(SelfAssessmentInput.RatingField(element), $"{name}: rating", rating?.Rating.ToString(System.Globalization.CultureInfo.InvariantCulture));
            fields.Add(SelfAssessmentInput.EvidenceField(element), $"{name}: evidence", rating?.Evidence);
        }

        return fields;
    }

    private static Failure.Conflict Conflict(SelfAssessmentQuarter theirs, SelfAssessmentInput input, IReadOnlyDictionary<string, string>? startedFrom)
    {
        var yours = new RecordFields();
        foreach (var element in ImplementationElements.All)
        {
            var given = input.Elements.GetValueOrDefault(element);
            var name = ImplementationElements.Name(element);
            yours.Add(SelfAssessmentInput.RatingField(element), $"{name}: rating", given?.Rating);
            yours.Add(SelfAssessmentInput.EvidenceField(element), $"{name}: evidence", given?.Evidence);
        }

        return Failure.Conflict.Of(
            $"{theirs.RecordedBy} saved this quarter's self-assessment {SavedAt.Words(theirs.RecordedAt)} while you were editing it",
            FieldChanges.Between(startedFrom, Fields(theirs), yours),
            theirs.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
