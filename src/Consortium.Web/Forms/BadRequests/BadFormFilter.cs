using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Consortium.Web.Forms.BadRequests;

/// <summary>
/// Before antiforgery reads it, and after a page's own size limits are set, reads a posted form and answers with the
/// bad form page when it cannot be taken: not a form at all, over the form limits, or holding a NUL character.
/// </summary>
internal sealed class BadFormFilter(IModelMetadataProvider metadata) : IAsyncAuthorizationFilter
{
    /// <summary>After request size and form limits (900), before antiforgery (1000).</summary>
    public const int Order = 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method) || IsReExecuted(http))
        {
            return;
        }

        if (await ReasonAsync(http.Request) is { } reason)
        {
            context.Result = BadFormPage.For(reason, metadata, context.ModelState);
        }
    }

    private static bool IsReExecuted(HttpContext http) =>
        http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null;

    private static async Task<string?> ReasonAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return BadFormReasons.NotAForm;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException e) when (e.InnerException is InvalidOperationException)
        {
            return BadFormReasons.UnsavableCharacter;
        }
        catch (InvalidDataException)
        {
            return BadFormReasons.TooMuch;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return BadFormReasons.TooMuch;
        }

        return form.Any(field => field.Key.Contains('\0', StringComparison.Ordinal) || field.Value.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true))
            ? BadFormReasons.UnsavableCharacter
            : null;
    }
}
