using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Consortium.Web.Security;

/// <summary>A page that says nothing about authorization gets the default policy: nothing is public by accident.</summary>
internal sealed class DefaultDenyPageConvention : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var declared = model.HandlerTypeAttributes.Concat(model.EndpointMetadata);
        if (!declared.Any(a => a is IAuthorizeData or IAllowAnonymous))
        {
            model.EndpointMetadata.Add(new AuthorizeAttribute());
        }
    }
}
