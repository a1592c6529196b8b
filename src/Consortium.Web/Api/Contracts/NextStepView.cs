using Consortium.Practice.Maps;

namespace Consortium.Web.Api.Contracts;

/// <summary>An owned, dated action toward the goals.</summary>
public sealed record NextStepView(string What, string Who, DateOnly? Due, bool Done);
