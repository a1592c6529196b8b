using Consortium.Practice.Outcomes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Forms;

/// <summary>A page with a GOV.UK form: its error summary entries and the 400 answer when they are not empty.</summary>
public abstract class FormPageModel : PageModel
{
    public List<FormError> Errors { get; } = [];

    public string? ErrorFor(string fieldId) => Errors.FirstOrDefault(e => e.FieldId == fieldId)?.Message;

    /// <summary>What the other person changed, when a save was refused because they saved first.</summary>
    public IReadOnlyList<string>? TheirChanges { get; private set; }

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
            case Failure.Conflict conflict:
                TheirChanges = conflict.TheirChanges;
                var what = conflict.TheirChanges.Count == 0 ? "" : ": " + string.Join("; ", conflict.TheirChanges);
                Errors.Add(new(null, $"{conflict.Message}{what}. {InputKeptAfterConflict}"));
                break;
        }

        return Invalid();
    }
}
