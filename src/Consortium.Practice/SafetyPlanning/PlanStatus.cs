using Consortium.Tenancy.Data;

namespace Consortium.Practice.SafetyPlanning;

public enum PlanStatus
{
    Draft,
    Trial,
    Agreed,
}
