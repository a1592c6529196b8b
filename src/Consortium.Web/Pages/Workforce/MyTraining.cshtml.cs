using System.Globalization;
using Consortium.Practice.Workforce;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Workforce;

/// <summary>The signed-in person's own training: their status on each level their role needs, and what they have done.</summary>
[Authorize(Policy = AuthorizationPolicies.Staff)]
public sealed class MyTrainingModel(TrainingRecords training) : PageModel
{
    public PersonTraining? Training { get; private set; }

    public static string Day(DateOnly? day) => day?.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB")) ?? "";

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Training = await training.SignedInAsync(CurrentStaff.From(User).Subject, cancellationToken);
}
