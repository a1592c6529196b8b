using System.Security.Cryptography;
using System.Text;

namespace Consortium.Practice.Staff.Import;

/// <summary>
/// What importing an HR file would do, checked against the directory as it is now: every problem, or the people it
/// adds, changes and records as leavers and the teams it creates. <see cref="Fingerprint"/> lets the confirmation
/// refuse to import anything other than what was previewed.
/// </summary>
public sealed record HrPreview(
    IReadOnlyList<HrProblem> Problems,
    IReadOnlyList<HrChange> Adds,
    IReadOnlyList<HrChange> Updates,
    IReadOnlyList<HrChange> Leavers,
    IReadOnlyList<string> NewTeams,
    int Unchanged,
    int NotInFile)
{
    public bool CanImport => Problems.Count == 0;

    public string Fingerprint => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n",
        [
            "adds", .. Adds.Select(Line),
            "updates", .. Updates.Select(Line),
            "leavers", .. Leavers.Select(Line),
            "teams", .. NewTeams,
        ]))));

    public static HrPreview Refused(params HrProblem[] problems) => new(problems, [], [], [], [], 0, 0);

    private static string Line(HrChange change) => $"{change.Row}|{change.SignInName}|{change.Name}|{string.Join("|", change.Changes)}";
}
