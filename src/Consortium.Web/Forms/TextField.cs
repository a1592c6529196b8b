using Consortium.Practice.Outcomes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Forms;

public sealed record TextField(string Name, string Label, string? Value, string? Error, string? Hint = null, string Width = "govuk-!-width-two-thirds", string? Autocomplete = null);
