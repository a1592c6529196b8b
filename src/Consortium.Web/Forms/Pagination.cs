namespace Consortium.Web.Forms;

/// <summary>Which page of a list is shown (zero-based), of how many, and the link to a page (one-based, as people count).</summary>
public sealed record Pagination(int Page, int Pages, Func<int, string> Link, string Label = "Results pages");
