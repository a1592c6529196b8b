namespace Consortium.Web.Api.Contracts;

/// <summary>A team manager's authorisation: the date the step takes effect (the census's authorisation date for an assessment).</summary>
public sealed record AuthoriseRequest(DateOnly? EffectiveOn);
