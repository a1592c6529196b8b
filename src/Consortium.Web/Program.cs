using Consortium.Web;
using Consortium.Web.Operations;

var isOperatorCommand = OperatorCommandLine.IsOperatorCommand(args);
var builder = WebApplication.CreateBuilder(isOperatorCommand ? [] : args);
builder.AddConsortium();
if (isOperatorCommand)
{
    OperatorCommandLine.ConfigureLogging(builder.Logging);
}

var app = builder.Build();

if (isOperatorCommand)
{
    return await OperatorCommandLine.RunAsync(app.Services, args, Console.Out, Console.Error);
}

app.MapConsortium();
await app.RunAsync();
return 0;
