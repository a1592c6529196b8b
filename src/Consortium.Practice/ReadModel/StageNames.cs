using Consortium.Practice.Casework;
using Consortium.Tenancy.Data;

namespace Consortium.Practice.ReadModel;

/// <summary>The stages a <see cref="StageChangeRow"/> names, as practice stores them.</summary>
public static class StageNames
{
    public const string Section47Enquiry = nameof(CaseStage.Section47Enquiry);
    public const string ChildProtectionPlan = nameof(CaseStage.ChildProtectionPlan);
}
