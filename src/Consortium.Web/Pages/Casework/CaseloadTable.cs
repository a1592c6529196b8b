using Consortium.Practice.Casework;

namespace Consortium.Web.Pages.Casework;

/// <summary>A table of cases (a caseload or search results) as the shared partial shows it.</summary>
public sealed record CaseloadTable(string Caption, IReadOnlyList<CaseloadRow> Rows, bool ShowWorker)
{
    public static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
