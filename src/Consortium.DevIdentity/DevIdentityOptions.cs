namespace Consortium.DevIdentity;

/// <summary>Bound from "DevIdentity": the development OpenID Connect provider started in-process.</summary>
public sealed class DevIdentityOptions
{
    public const string Section = "DevIdentity";

    /// <summary>On by default outside Production; refused in Production.</summary>
    public bool? Enabled { get; set; }

    /// <summary>Where the app (and so the provider, under /idp/{realm}) is reached: scheme, host and port.</summary>
    public string Origin { get; set; } = "http://localhost:5080";

    /// <summary>Every development user's password.</summary>
    public string Password { get; set; } = "consortium-demo";

    /// <summary>
    /// Keep name, email, roles and team off the id_token and give them only at the userinfo endpoint, as many
    /// providers do in the code flow; the app must then read them from there.
    /// </summary>
    public bool ClaimsInUserInfoOnly { get; set; }

    /// <summary>
    /// Put this audience in every id_token instead of the client's id, as a provider does whose registration and
    /// the app's client id disagree; the app must refuse the token and say which audience it received.
    /// </summary>
    public string? IdTokenAudience { get; set; }

    public Uri OriginUri => new(Origin.TrimEnd('/') + "/");

    /// <summary>The issuer of a realm (an authority's slug, or "hub").</summary>
    public string IssuerFor(string realm) => $"{Origin.TrimEnd('/')}/idp/{realm}";

    public static string ClientIdFor(string realm) => $"consortium-{realm}";
}
