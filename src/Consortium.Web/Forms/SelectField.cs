using Consortium.Practice.Outcomes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Forms;

public sealed record SelectField(string Name, string Label, IReadOnlyDictionary<string, string> Options, string? Value, string? Error, string? Hint = null, bool Codes = false);
