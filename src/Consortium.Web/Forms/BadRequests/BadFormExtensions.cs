using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Forms.BadRequests;

public static class BadFormExtensions
{
    /// <summary>A posted form the service cannot take gets a page saying why, on every page.</summary>
    public static IServiceCollection AddBadFormPage(this IServiceCollection services) =>
        services.Configure<MvcOptions>(o =>
        {
            o.Filters.Add<BadFormFilter>(BadFormFilter.Order);
            o.Filters.Add<AntiforgeryFailureFilter>();
        });
}
