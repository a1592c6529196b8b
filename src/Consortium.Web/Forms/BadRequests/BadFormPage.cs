using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Consortium.Web.Forms.BadRequests;

/// <summary>The GOV.UK page, status 400, that says why a form could not be taken, in place of whatever the page would have shown.</summary>
public static class BadFormPage
{
    public const string ViewPath = "/Pages/Shared/_BadForm.cshtml";

    public static ViewResult For(string reason, IModelMetadataProvider metadata, ModelStateDictionary modelState) => new()
    {
        ViewName = ViewPath,
        StatusCode = StatusCodes.Status400BadRequest,
        ViewData = new ViewDataDictionary<BadFormView>(metadata, modelState) { Model = new BadFormView(reason) },
    };
}
