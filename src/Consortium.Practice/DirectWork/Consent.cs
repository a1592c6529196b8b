using Consortium.Tenancy.Data;

namespace Consortium.Practice.DirectWork;

public enum Consent
{
    NotAsked,
    Given,
    Refused,
    NotApplicable,
}
