namespace Consortium.Practice.Staff.Import;

/// <summary>What an import would write, beside the preview that describes it: new teams, new records, changed records.</summary>
internal sealed record HrPlan(HrPreview Preview, IReadOnlyList<Team> NewTeams, IReadOnlyList<StaffRecord> NewRecords, IReadOnlyList<(StaffRecord Record, StaffDetails Details, IReadOnlyList<string> Changes)> Changed);
