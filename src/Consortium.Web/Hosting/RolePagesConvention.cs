using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Consortium.Web.Hosting;

/// <summary>
/// Gives a page no route when the process does not run its owner's role, so it is never mapped: its address answers
/// 404 like any other that nothing serves. Razor Pages decides a page's routes from its path, before it loads the
/// page's class and its attributes, so ownership is by folder; a test holds each folder to the realms its pages answer in.
/// </summary>
public sealed class RolePagesConvention(ConsortiumRoles roles) : IPageRouteModelConvention
{
    private static readonly string[] EveryProcessFolders = ["/Account/", "/Platform/"];
    private static readonly string[] EveryProcessPages = ["/NotFound", "/Error", "/Login"];

    public void Apply(PageRouteModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var runs = OwnerOf(model.ViewEnginePath) switch
        {
            PageOwner.Authorities => roles.RunsTenant,
            PageOwner.Hub => roles.RunsHub,
            _ => true,
        };
        if (!runs)
        {
            model.Selectors.Clear();
        }
    }

    public static PageOwner OwnerOf(string viewEnginePath)
    {
        ArgumentNullException.ThrowIfNull(viewEnginePath);
        if (viewEnginePath.StartsWith("/Hub/", StringComparison.Ordinal))
        {
            return PageOwner.Hub;
        }

        return EveryProcessPages.Contains(viewEnginePath, StringComparer.Ordinal)
            || EveryProcessFolders.Any(folder => viewEnginePath.StartsWith(folder, StringComparison.Ordinal))
            ? PageOwner.EveryProcess
            : PageOwner.Authorities;
    }
}
