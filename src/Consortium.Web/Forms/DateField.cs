using Consortium.Practice.Outcomes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Forms;

public sealed record DateField(string Name, string Label, DateInput Value, string? Error, string? Hint = null);
