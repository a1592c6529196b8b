using System.Globalization;
using Consortium.Practice.Outcomes;
using Consortium.Practice.SelfAssessment;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Programme;

/// <summary>The administrator's form that rates one quarter's implementation, element by element, 0-10 with evidence.</summary>
[Authorize(Policy = AuthorizationPolicies.TenantAdministrator)]
public sealed class RateImplementationModel(SelfAssessmentService assessments) : FormPageModel
{
    [BindProperty(SupportsGet = true)] public string? Quarter { get; set; }

    /// <summary>The version the form was filled from (0 for a quarter not yet rated).</summary>
    [BindProperty] public int Version { get; set; }

    [BindProperty] public string? StartedFrom { get; set; }

    public Dictionary<ImplementationElement, ElementRatingInput> Values { get; } = [];

    public static IReadOnlyDictionary<string, string> Scale { get; } = Enumerable.Range(0, 11).ToDictionary(i => i.ToString(CultureInfo.InvariantCulture), i => i switch
    {
        0 => "0 (not started)",
        10 => "10 (fully embedded)",
        _ => i.ToString(CultureInfo.InvariantCulture),
    });

    public SelectField RatingField(ImplementationElement element) => new(
        SelfAssessmentInput.RatingField(element), $"{ImplementationElements.Name(element)}: rating", Scale, Values.GetValueOrDefault(element)?.Rating, ErrorFor(SelfAssessmentInput.RatingField(element)));

    public TextAreaField EvidenceField(ImplementationElement element) => new(
        SelfAssessmentInput.EvidenceField(element), $"{ImplementationElements.Name(element)}: evidence", Values.GetValueOrDefault(element)?.Evidence, ErrorFor(SelfAssessmentInput.EvidenceField(element)), Rows: 3);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ReportingQuarter.TryParse(Quarter, out var start) || start > assessments.Today)
        {
            start = ReportingQuarter.StartOf(assessments.Today);
        }

        Quarter = ReportingQuarter.Key(start);
        StartFrom(await assessments.ForQuarterAsync(start, cancellationToken));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        foreach (var element in ImplementationElements.All)
        {
            Values[element] = new(Request.Form[SelfAssessmentInput.RatingField(element)], Request.Form[SelfAssessmentInput.EvidenceField(element)]);
        }

        var saved = await assessments.SaveAsync(new SelfAssessmentInput(Quarter, Values), Version, CurrentStaff.From(User), StartingValues.Read(StartedFrom), cancellationToken);
        if (saved.IsDone)
        {
            return this.Saved($"Self-assessment for {Quarter} saved", "~/programme/self-assessment");
        }

        if (saved.Failure is Failure.Conflict conflict && ReportingQuarter.TryParse(Quarter, out var start)
            && await assessments.ForQuarterAsync(start, cancellationToken) is { } theirs
            && theirs.Version.ToString(CultureInfo.InvariantCulture) == conflict.Version)
        {
            // Only the version whose changes are shown may be saved over; one saved since is again a conflict.
            TakeTheirs(conflict, field => Take(theirs, field));
            Version = theirs.Version;
            StartedFrom = StartingValues.Write(SelfAssessmentService.Fields(theirs));
            ModelState.Clear();
        }

        return Failed(saved.Failure);
    }

    protected override string InputKeptAfterConflict => "Your ratings are in the form and have not been saved. Check them against theirs, then save again.";

    private void StartFrom(SelfAssessmentQuarter? quarter)
    {
        Version = quarter?.Version ?? 0;
        StartedFrom = StartingValues.Write(SelfAssessmentService.Fields(quarter));
        foreach (var rating in quarter?.Ratings ?? [])
        {
            Values[rating.Element] = new(rating.Rating.ToString(CultureInfo.InvariantCulture), rating.Evidence);
        }
    }

    private void Take(SelfAssessmentQuarter theirs, string field)
    {
        foreach (var rating in theirs.Ratings)
        {
            var mine = Values.GetValueOrDefault(rating.Element) ?? new(null, null);
            if (field == SelfAssessmentInput.RatingField(rating.Element))
            {
                Values[rating.Element] = mine with { Rating = rating.Rating.ToString(CultureInfo.InvariantCulture) };
            }
            else if (field == SelfAssessmentInput.EvidenceField(rating.Element))
            {
                Values[rating.Element] = mine with { Evidence = rating.Evidence };
            }
        }
    }
}
