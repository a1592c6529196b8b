using Consortium.Practice.Outcomes;
using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

/// <summary>A core group meeting as sent: when it was held.</summary>
public sealed record CoreGroupRequest(DateOnly? HeldOn)
{
    public IReadOnlyList<FieldError> Validate() =>
        HeldOn is null ? [new(nameof(HeldOn), "Enter the date the core group met")] : [];
}
