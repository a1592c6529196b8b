namespace Consortium.Practice.Casework;

/// <summary>One page of the children a search found, and how many it found in all.</summary>
public sealed record ChildSearchResult(IReadOnlyList<ChildSearchRow> Rows, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// A child found by a search: their record and their latest episode. Name and date of birth are null for a restricted
/// record the person may not open (found only by its reference).
/// </summary>
public sealed record ChildSearchRow(Guid ChildId, string Reference, string? Name, DateOnly? DateOfBirth, Guid? LatestCaseId, string? LatestCaseReference, CaseStage? LatestStage, int Episodes, bool IsSynthetic);
