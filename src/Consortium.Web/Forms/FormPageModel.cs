using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Forms;

/// <summary>A page with a GOV.UK form: its error summary entries and the 400 answer when they are not empty.</summary>
public abstract class FormPageModel : PageModel
{
    public List<FormError> Errors { get; } = [];

    public string? ErrorFor(string fieldId) => Errors.FirstOrDefault(e => e.FieldId == fieldId)?.Message;

    protected PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}

public sealed record SelectField(string Name, string Label, IReadOnlyDictionary<string, string> Options, string? Value, string? Error, string? Hint = null, bool Codes = false);

public sealed record DateField(string Name, string Label, DateInput Value, string? Error, string? Hint = null);

public sealed record TextField(string Name, string Label, string? Value, string? Error, string? Hint = null, string Width = "govuk-!-width-two-thirds", string? Autocomplete = null);

public sealed record TextAreaField(string Name, string Label, string? Value, string? Error, string? Hint = null, int Rows = 4);

/// <summary>GOV.UK checkboxes: several values from one list; the first box carries the field's id for the error summary.</summary>
public sealed record CheckboxesField(string Name, string Legend, IReadOnlyDictionary<string, string> Options, IReadOnlyCollection<string> Values, string? Error, string? Hint = null, bool Codes = false);
