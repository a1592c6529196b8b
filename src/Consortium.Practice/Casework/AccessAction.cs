using Consortium.Tenancy.Data;

namespace Consortium.Practice.Casework;

public enum AccessAction
{
    Viewed,
    Created,
    Changed,
    Refused,
}
