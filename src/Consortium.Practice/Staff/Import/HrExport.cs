using System.Globalization;
using Consortium.Practice.Access;
using CsvHelper;

namespace Consortium.Practice.Staff.Import;

/// <summary>
/// The administrators' staff list as CSV in the HR import's own columns, so a downloaded list can be corrected in a
/// spreadsheet and imported again. Cells that a spreadsheet would run as a formula are escaped.
/// </summary>
public static class HrExport
{
    public static byte[] Write(IEnumerable<StaffListRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, CsvWriterOptions.Default with { Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteRecord([.. HrColumns.All.Select(c => c.Heading)]);
            foreach (var row in rows)
            {
                csv.WriteRecord([
                    row.GivenName, row.FamilyName, row.SignInName, row.Team ?? "", StaffRoles.DisplayName(row.Role), row.JobTitle, row.ManagerSignInName ?? "",
                    Date(row.StartDate), row.EndDate is { } end ? Date(end) : "", row.RegistrationNumber ?? "", StaffDetails.FteText(row.Fte), row.Employment.ToString(),
                ]);
            }
        }

        return stream.ToArray();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
