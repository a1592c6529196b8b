using Consortium.Practice.Outcomes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Forms;

/// <summary>A page with a GOV.UK form: its error summary entries and the 400 answer when they are not empty.</summary>
public abstract class FormPageModel : PageModel
{
    public List<FormError> Errors { get; } = [];

    public string? ErrorFor(string fieldId) => Errors.FirstOrDefault(e => e.FieldId == fieldId)?.Message;

    /// <summary>The id of the panel that lists, field by field, what the other person changed.</summary>
    public const string TheirChangesId = "their-changes";

    private readonly HashSet<string> _takenIntoForm = new(StringComparer.Ordinal);

    /// <summary>What the other person changed, when a save was refused because they saved first.</summary>
    public IReadOnlyList<string>? TheirChanges { get; private set; }

    /// <summary>The conflict whose changes the page lists field by field, when a save was refused because someone saved first.</summary>
    public Failure.Conflict? Conflict { get; private set; }

    /// <summary>Whether the form now holds the other person's value of a field, because this person had not changed it.</summary>
    public bool TookTheirs(string field) => _takenIntoForm.Contains(field);

    /// <summary>What the page tells the person about their own input when someone else saved first.</summary>
    protected virtual string InputKeptAfterConflict => "Your entry is below and has not been saved. Check it and save again.";

    protected PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>
    /// The page's answer to a change that was not made: the not-found page, or the form again (400) with the error
    /// summary saying why: each field's error, the reason it was refused, or what the other person changed.
    /// </summary>
    /// <param name="fieldId">The id of the form field an error of a domain field is shown at, where the two differ.</param>
    protected IActionResult Failed(Failure failure, Func<string, string?>? fieldId = null)
    {
        ArgumentNullException.ThrowIfNull(failure);
        switch (failure)
        {
            case Failure.NotFound:
                return NotFound();
            case Failure.Invalid invalid:
                Errors.AddRange(invalid.Errors.Select(e => new FormError(fieldId is null ? e.Field : fieldId(e.Field), e.Message)));
                break;
            case Failure.Refused refused:
                Errors.Add(new(null, refused.Reason));
                break;
            case Failure.Conflict conflict when conflict.Changes.Count > 0:
                (Conflict, TheirChanges) = (conflict, conflict.TheirChanges);
                var taken = _takenIntoForm.Count == 0 ? "" : ". Where you had not changed a field, their version is now in the form";
                Errors.Add(new(TheirChangesId, $"{conflict.Message}. What they changed is listed below{taken}. {InputKeptAfterConflict}"));
                break;
            case Failure.Conflict conflict:
                (Conflict, TheirChanges) = (conflict, conflict.TheirChanges);
                var what = conflict.TheirChanges.Count == 0 ? "" : ": " + string.Join("; ", conflict.TheirChanges);
                Errors.Add(new(null, $"{conflict.Message}{what}. {InputKeptAfterConflict}"));
                break;
        }

        return Invalid();
    }

    /// <summary>
    /// Takes the other person's value into the form for each field only they changed (<paramref name="take"/> sets one
    /// field from the version the conflict describes), so that saving again keeps their change. A field both changed
    /// keeps this person's input, with theirs shown beside it. Call it only with the form holding that version.
    /// </summary>
    protected void TakeTheirs(Failure.Conflict conflict, Action<string> take)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        ArgumentNullException.ThrowIfNull(take);
        foreach (var change in conflict.Changes.Where(c => c.Yours is null))
        {
            take(change.Field);
            _takenIntoForm.Add(change.Field);
        }
    }
}
