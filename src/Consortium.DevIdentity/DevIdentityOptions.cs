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

    /// <summary>
    /// Realms (an authority's slug, or "hub") whose app client is registered as confidential, keyed by realm: the
    /// token endpoint then requires that client's one authentication method, as a production provider does.
    /// </summary>
    public Dictionary<string, DevConfidentialClient> ConfidentialClients { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public Uri OriginUri => new(Origin.TrimEnd('/') + "/");

    /// <summary>The issuer of a realm (an authority's slug, or "hub").</summary>
    public string IssuerFor(string realm) => $"{Origin.TrimEnd('/')}/idp/{realm}";

    public static string ClientIdFor(string realm) => $"consortium-{realm}";
}

/// <summary>How a realm's confidential client authenticates at the development provider's token endpoint.</summary>
public sealed class DevConfidentialClient
{
    /// <summary>client_secret_post, client_secret_basic or private_key_jwt: the only method the token endpoint accepts from it.</summary>
    public string Method { get; set; } = "client_secret_post";

    /// <summary>The client secret (client_secret_post and client_secret_basic).</summary>
    public string? Secret { get; set; }

    /// <summary>The client's certificate, public part only: PEM, or base64 DER (private_key_jwt).</summary>
    public string? Certificate { get; set; }
}
