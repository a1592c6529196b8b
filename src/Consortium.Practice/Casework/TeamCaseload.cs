namespace Consortium.Practice.Casework;

/// <summary>
/// A page of a team's open cases as a query narrowed them, with the counts a manager watches: open and overdue cases
/// in the team and for each worker (whatever the filter), and every case the filter matched (for the download).
/// </summary>
public sealed record TeamCaseload(
    IReadOnlyList<CaseloadRow> Rows, IReadOnlyList<CaseloadRow> AllMatching, int Open, int Overdue, IReadOnlyList<WorkerCaseload> Workers, int Page, int Pages);

/// <summary>One worker's open and overdue cases in the team.</summary>
public sealed record WorkerCaseload(string Worker, int Open, int Overdue);
