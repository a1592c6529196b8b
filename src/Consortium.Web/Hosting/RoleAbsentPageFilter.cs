using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Consortium.Web.Hosting;

/// <summary>Answers 404 for pages of a role this process does not run (the hub's pages in an authorities-only app).</summary>
public sealed class RoleAbsentPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Result = new NotFoundResult();
        return Task.CompletedTask;
    }
}
