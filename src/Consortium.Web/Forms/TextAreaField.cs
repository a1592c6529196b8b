using Consortium.Practice.Outcomes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Forms;

public sealed record TextAreaField(string Name, string Label, string? Value, string? Error, string? Hint = null, int Rows = 4);
