namespace Consortium.Web.Forms.BadRequests;

public sealed record BadFormView(string Reason);
