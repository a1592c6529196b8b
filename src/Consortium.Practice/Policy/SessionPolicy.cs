namespace Consortium.Practice.Policy;

public sealed class SessionPolicy
{
    /// <summary>A signed-in member of staff is signed out after this many minutes without a request.</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;
}
