using Microsoft.AspNetCore.Http;

namespace Consortium.Tenancy.Resolution;

/// <summary>
/// The realms an endpoint answers in. An endpoint without it answers only in the tenant realm, so a new
/// page is an authority's page unless it says otherwise, and never answers without an authority.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class RealmAttribute(params string[] realms) : Attribute
{
    public IReadOnlyList<string> Realms { get; } = realms;

    public bool Allows(string realm) => Realms.Contains(Tenancy.Resolution.Realms.Any) || Realms.Contains(realm);
}
