using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;

namespace Consortium.Web.Forms.BadRequests;

/// <summary>A form whose antiforgery token is missing or does not check gets the bad form page instead of an empty 400.</summary>
internal sealed class AntiforgeryFailureFilter(IModelMetadataProvider metadata) : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            context.Result = BadFormPage.For(BadFormReasons.NotChecked, metadata, context.ModelState);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
