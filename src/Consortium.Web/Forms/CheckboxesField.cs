using Consortium.Practice.Outcomes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Forms;

/// <summary>GOV.UK checkboxes: several values from one list; the first box carries the field's id for the error summary.</summary>
public sealed record CheckboxesField(string Name, string Legend, IReadOnlyDictionary<string, string> Options, IReadOnlyCollection<string> Values, string? Error, string? Hint = null, bool Codes = false);
