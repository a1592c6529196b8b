using System.Text.Json;
using Consortium.Practice.Outcomes;
using Consortium.Web.Api.Answers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Api;

public sealed class ChangeProblemTests
{
    public static TheoryData<Failure, int> EveryKind => new()
    {
        { new Failure.Invalid("GivenName", "Enter the child's first name"), StatusCodes.Status400BadRequest },
        { new Failure.NotFound("case"), StatusCodes.Status404NotFound },
        { new Failure.Refused("A closed case cannot take another child"), StatusCodes.Status409Conflict },
        { new Failure.Conflict("Someone else changed this case", ["The case is now at closed"]), StatusCodes.Status412PreconditionFailed },
    };

    [Theory]
    [MemberData(nameof(EveryKind))]
    public async Task Each_kind_of_failure_is_one_status_as_a_problem(Failure failure, int status)
    {
        var (answered, body) = await Execute(ChangeProblem.From(failure));

        Assert.Equal(status, answered);
        Assert.Equal(status, body.GetProperty("status").GetInt32());
        Assert.Contains("Nothing was saved", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_fields_are_keyed_by_their_json_names_and_a_conflict_says_what_changed()
    {
        var (_, invalid) = await Execute(ChangeProblem.From(new Failure.Invalid([new FieldError("GivenName", "Enter it"), new FieldError("Pairs-2", "Pair it")])));
        var (_, conflict) = await Execute(ChangeProblem.From(new Failure.Conflict("Someone else changed this case", ["The case is now at closed"])));
        var (_, refused) = await Execute(ChangeProblem.From(new Failure.Refused("The case has no open child protection plan")));

        Assert.Equal(["givenName", "pairs[2]"], invalid.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(["The case is now at closed"], conflict.GetProperty("theirChanges").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("The case has no open child protection plan", refused.GetProperty("title").GetString());
    }

    private static async Task<(int Status, JsonElement Body)> Execute(IResult result)
    {
        using var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        await result.ExecuteAsync(context);
        context.Response.Body.Position = 0;
        using var document = await JsonDocument.ParseAsync(context.Response.Body);
        return (context.Response.StatusCode, document.RootElement.Clone());
    }
}
