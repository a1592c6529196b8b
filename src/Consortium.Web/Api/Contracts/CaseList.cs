using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

/// <summary>A page of cases: a caseload or search results.</summary>
public sealed record CaseList(int Page, int PageSize, IReadOnlyList<CaseListItem> Items)
{
    public static CaseList From(IReadOnlyList<CaseloadRow> rows, int page, DateOnly today) =>
        new(page, CaseloadService.PageSize, [.. rows.Select(r => CaseListItem.From(r, today))]);
}
