using Microsoft.AspNetCore.Http;

namespace Consortium.Tenancy.Resolution;

public interface IRequestRealmFeature
{
    string Realm { get; }
}
