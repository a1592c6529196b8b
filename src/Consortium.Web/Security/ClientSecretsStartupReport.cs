namespace Consortium.Web.Security;

/// <summary>Says at start which client secrets or certificates are missing, so the operator need not wait for someone's sign-in to fail.</summary>
internal sealed partial class ClientSecretsStartupReport(ClientSecretsCheck check, ILogger<ClientSecretsStartupReport> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var missing in await check.MissingAsync(cancellationToken))
        {
            LogMissing(logger, missing);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Error, Message = "Identity provider client credentials missing or wrong ({Missing}); that realm's sign-in will fail and /health/ready reports it")]
    private static partial void LogMissing(ILogger logger, string missing);
}
