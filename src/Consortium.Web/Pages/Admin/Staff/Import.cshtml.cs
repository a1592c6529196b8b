using System.Text;
using Consortium.Practice.Outcomes;
using Consortium.Practice.Staff.Import;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Admin.Staff;

/// <summary>
/// An administrator imports staff from a CSV export of the HR system: upload, preview (every problem, or every change),
/// confirm. The file stays in the authority's database between the two; the confirmation reads it from there and
/// checks it again, so nothing the browser sends back is trusted.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.TenantAdministrator)]
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
public sealed class ImportModel(HrImport import, HrUploads uploads) : FormPageModel
{
    /// <summary>Room above the file limit for the form around it, so a slightly bigger file gets the page's own message.</summary>
    private const int RequestLimit = 2 * HrFile.MaxBytes;

    /// <summary>Problems listed on the page; the rest are counted.</summary>
    public const int ProblemsShown = 200;

    [BindProperty] public IFormFile? CsvFile { get; set; }
    [BindProperty] public Guid Upload { get; set; }
    [BindProperty] public string? Fingerprint { get; set; }

    public HrPreview? Preview { get; private set; }

    public void OnGet()
    {
    }

    public IActionResult OnGetTemplate() => File(Encoding.UTF8.GetBytes(HrColumns.Template), "text/csv; charset=utf-8", "staff-import-template.csv");

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken cancellationToken)
    {
        if (CsvFile is null || CsvFile.Length == 0)
        {
            Errors.Add(new(nameof(CsvFile), "Select a CSV file"));
            return Invalid();
        }

        if (CsvFile.Length > HrFile.MaxBytes)
        {
            Errors.Add(new(nameof(CsvFile), $"The file must be smaller than {HrFile.MaxBytes / 1024 / 1024} MB"));
            return Invalid();
        }

        string text;
        using (var reader = new StreamReader(CsvFile.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            text = await reader.ReadToEndAsync(cancellationToken);
        }

        Preview = await import.PreviewAsync(text, cancellationToken);
        if (!Preview.CanImport)
        {
            return ShowProblems(Preview.Problems);
        }

        Upload = await uploads.KeepAsync(text, CurrentStaff.From(User).Subject, cancellationToken);
        Fingerprint = Preview.Fingerprint;
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        var text = await uploads.FindAsync(Upload, CurrentStaff.From(User).Subject, cancellationToken);
        if (text is null)
        {
            return NotFound();
        }

        var outcome = await import.ImportAsync(text, Fingerprint ?? "", User.Identity?.Name ?? "", cancellationToken);
        if (outcome.IsDone)
        {
            await uploads.RemoveAsync(Upload, cancellationToken);
            var done = outcome.Value;
            return this.Saved($"Imported: {done.Adds.Count} added, {done.Updates.Count} changed, {done.Leavers.Count} leavers, {done.NewTeams.Count} new teams", "~/admin/staff");
        }

        // The directory changed since the preview (or the file no longer passes): show what importing it would do now.
        Preview = await import.PreviewAsync(text, cancellationToken);
        if (!Preview.CanImport)
        {
            await uploads.RemoveAsync(Upload, cancellationToken);
            return ShowProblems(Preview.Problems);
        }

        Fingerprint = Preview.Fingerprint;
        ModelState.Remove(nameof(Fingerprint));
        return outcome.Failure is Failure.Conflict conflict ? Failed(conflict with { TheirChanges = [] }) : Failed(outcome.Failure);
    }

    protected override string InputKeptAfterConflict => "This is what importing the file would do now.";

    private PageResult ShowProblems(IReadOnlyList<HrProblem> problems)
    {
        Errors.AddRange(problems.Take(ProblemsShown).Select(p => new FormError(null, p.ToString())));
        if (problems.Count > ProblemsShown)
        {
            Errors.Add(new(null, $"and {problems.Count - ProblemsShown:N0} more problems"));
        }

        Errors.Add(new(null, "Nothing has been imported. Correct the file and upload it again."));
        return Invalid();
    }
}
