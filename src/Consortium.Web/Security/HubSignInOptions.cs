namespace Consortium.Web.Security;

/// <summary>Bound from "Hub:SignIn": the consortium's own identity provider for the hub realm.</summary>
public sealed class HubSignInOptions
{
    public const string Section = "Hub:SignIn";

    /// <summary>Empty: the development provider's hub issuer.</summary>
    public string? Authority { get; set; }
    public string? MetadataAddress { get; set; }
    public string? ClientId { get; set; }

    /// <summary>Name of the configuration key (or Key Vault secret) holding the client secret.</summary>
    public string? ClientSecretName { get; set; }

    /// <summary>client_secret_post (default with a secret), client_secret_basic or private_key_jwt.</summary>
    public string? ClientAuthenticationMethod { get; set; }

    /// <summary>Name of the configuration key (or Key Vault secret) holding the certificate for private_key_jwt.</summary>
    public string? ClientCertificateName { get; set; }

    /// <summary>The claim that carries hub roles (Entra app roles: "roles").</summary>
    public string RoleClaimType { get; set; } = "roles";

    public int IdleTimeoutMinutes { get; set; } = 30;
}
