using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Consortium.Web.Security;

public enum ClientAuthenticationMethod
{
    /// <summary>A public client: PKCE only, no client authentication.</summary>
    None,
    ClientSecretPost,
    ClientSecretBasic,
    PrivateKeyJwt,
}

/// <summary>
/// How a realm's client authenticates at its provider's token endpoint, read from the realm's settings: the method
/// and, by the names of their configuration keys, the secret or the certificate. <see cref="Problems"/> names what
/// is wrong by setting name, never a value.
/// </summary>
public sealed record ClientCredentials(ClientAuthenticationMethod Method, string? Secret, X509Certificate2? Certificate)
{
    private static readonly Dictionary<string, ClientAuthenticationMethod> Methods = new(StringComparer.Ordinal)
    {
        ["client_secret_post"] = ClientAuthenticationMethod.ClientSecretPost,
        ["client_secret_basic"] = ClientAuthenticationMethod.ClientSecretBasic,
        ["private_key_jwt"] = ClientAuthenticationMethod.PrivateKeyJwt,
    };

    /// <summary>
    /// Certificates by a hash of their configuration value: a realm's options are rebuilt every
    /// <c>Tenancy:OptionsCacheSeconds</c> and readiness checks them on every probe, so each value is parsed once and the
    /// certificate (a native key handle) shared, not made afresh and left to the finaliser. A rotated value is a new entry.
    /// </summary>
    private static readonly ConcurrentDictionary<string, Lazy<X509Certificate2?>> Certificates = new(StringComparer.Ordinal);

    public static ClientCredentials None { get; } = new(ClientAuthenticationMethod.None, null, null);

    /// <summary>The realm's credentials, or an exception that names the first problem.</summary>
    public static ClientCredentials Read(IConfiguration configuration, string realm, string? method, string? secretName, string? certificateName)
    {
        var (credentials, problems) = Resolve(configuration, realm, method, secretName, certificateName);
        return problems.Count == 0 ? credentials! : throw new InvalidOperationException($"Realm '{realm}' cannot authenticate to its identity provider: {problems[0]}.");
    }

    /// <summary>What stops the realm's client authenticating, each as "realm: setting (why)"; empty when nothing does.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration, string realm, string? method, string? secretName, string? certificateName)
    {
        return Resolve(configuration, realm, method, secretName, certificateName).Problems;
    }

    private static (ClientCredentials? Credentials, List<string> Problems) Resolve(IConfiguration configuration, string realm, string? method, string? secretName, string? certificateName)
    {
        var problems = new List<string>();
        ClientAuthenticationMethod chosen;
        if (string.IsNullOrWhiteSpace(method))
        {
            chosen = string.IsNullOrWhiteSpace(secretName) ? ClientAuthenticationMethod.None : ClientAuthenticationMethod.ClientSecretPost;
        }
        else if (!Methods.TryGetValue(method.Trim(), out chosen))
        {
            problems.Add($"{realm}: ClientAuthenticationMethod (\"{method}\" is not client_secret_post, client_secret_basic or private_key_jwt)");
            return (null, problems);
        }

        switch (chosen)
        {
            case ClientAuthenticationMethod.ClientSecretPost or ClientAuthenticationMethod.ClientSecretBasic:
                var secret = string.IsNullOrWhiteSpace(secretName) ? null : configuration[secretName];
                if (string.IsNullOrWhiteSpace(secretName))
                {
                    problems.Add($"{realm}: ClientSecretName (needed for {method})");
                }
                else if (string.IsNullOrEmpty(secret))
                {
                    problems.Add($"{realm}: {secretName}");
                }

                return (problems.Count == 0 ? new(chosen, secret, null) : null, problems);
            case ClientAuthenticationMethod.PrivateKeyJwt:
                if (string.IsNullOrWhiteSpace(certificateName))
                {
                    problems.Add($"{realm}: ClientCertificateName (needed for private_key_jwt)");
                    return (null, problems);
                }

                var value = configuration[certificateName];
                if (string.IsNullOrWhiteSpace(value))
                {
                    problems.Add($"{realm}: {certificateName}");
                    return (null, problems);
                }

                var key = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(value)));
                var certificate = Certificates.GetOrAdd(key, _ => new Lazy<X509Certificate2?>(() => LoadWithPrivateKey(value))).Value;
                if (certificate is null)
                {
                    problems.Add($"{realm}: {certificateName} (not a certificate with an RSA private key)");
                    return (null, problems);
                }

                return (new(chosen, null, certificate), problems);
            default:
                return (None, problems);
        }
    }

    /// <summary>
    /// A certificate with its RSA private key from a configuration value: PEM (certificate and private key), or
    /// base64 PKCS#12 without a password, the form Key Vault gives a certificate read as a secret.
    /// </summary>
    private static X509Certificate2? LoadWithPrivateKey(string value)
    {
        X509Certificate2? certificate = null;
        try
        {
            var text = value.Trim();
            certificate = text.StartsWith("-----BEGIN", StringComparison.Ordinal)
                ? X509Certificate2.CreateFromPem(text, text)
                : X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(text), password: null, X509KeyStorageFlags.EphemeralKeySet);
            using var key = certificate.GetRSAPrivateKey();
            if (key is not null)
            {
                return certificate;
            }
        }
        catch (Exception e) when (e is FormatException or ArgumentException or System.Security.Cryptography.CryptographicException)
        {
            // Reported by setting name below; the message could quote the value.
        }

        certificate?.Dispose();
        return null;
    }
}
