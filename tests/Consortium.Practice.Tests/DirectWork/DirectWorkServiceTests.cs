using Consortium.Practice.Outcomes;
using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.DirectWork;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Consortium.Practice.Tests.Casework;

namespace Consortium.Practice.Tests.DirectWork;

public sealed class DirectWorkServiceTests : IAsyncLifetime
{
    private readonly PracticeTestHost _host = new();
    private static readonly StaffMember Priya = new("brent-practitioner", "Priya Practitioner", "Team 1", new HashSet<StaffRole> { StaffRole.Practitioner });
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5, 6, 7, 8];

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private static DirectWorkInput ThreeHouses => new()
    {
        Tool = DirectWorkTool.ThreeHouses,
        DoneOn = Today,
        WorriesWords = "When mum shouts.",
        GoodThingsWords = "Nana's dog.",
        ChildConsent = Consent.Given,
        ParentConsent = Consent.Given,
        SharedWith = "Conference",
    };

    private static IncomingFile File(string name, byte[] bytes, string type = "image/png") => new(name, type, bytes.Length, () => new MemoryStream(bytes));

    private string DocumentsFolder => Path.Combine(_host.DataDirectory, "documents", "documents-brent");

    private int StoredFiles => Directory.Exists(DocumentsFolder) ? Directory.GetFiles(DocumentsFolder, "*", SearchOption.AllDirectories).Length : 0;

    private async Task<T> At<T>(string slug, Func<IServiceProvider, Task<T>> work) => await _host.As(await _host.ProvisionedAsync(slug), work);

    private async Task<Guid> CaseAtBrent() =>
        (await At("brent", sp => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(CaseworkServiceTests.Referral(), Priya))).Value!.Id;

    [Fact]
    public async Task A_drawing_is_stored_with_the_childs_words_and_read_back_through_its_record()
    {
        var caseId = await CaseAtBrent();

        var result = await At("brent", sp => sp.GetRequiredService<DirectWorkService>().RecordAsync(caseId, ThreeHouses, [File("three houses.png", Png)], Priya));
        var document = Assert.Single(result.Value!.Documents);
        var opened = await At("brent", sp => sp.GetRequiredService<DirectWorkService>().OpenDocumentAsync(result.Value!.Id, document.BlobName, Priya));

        Assert.Equal(("three houses.png", "image/png"), (document.FileName, document.ContentType));
        Assert.Equal(1, StoredFiles);
        await using var content = opened!.Content;
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        Assert.Equal(Png, copy.ToArray());
    }

    [Theory]
    [InlineData("too-big.png", 2, "The selected file must be smaller than 1 MB")]
    [InlineData("drawing.png", 0, "The selected file must be a PDF, JPG or PNG")]
    [InlineData("../../secrets/drawing.png", 0, "The selected file's name must not include a folder")]
    [InlineData("C:\\Users\\x\\drawing.png", 0, "The selected file's name must not include a folder")]
    public async Task A_bad_upload_is_refused_and_leaves_nothing_behind(string name, int megabytes, string message)
    {
        var caseId = await CaseAtBrent();
        await At("brent", async sp =>
        {
            var store = sp.GetRequiredService<Consortium.Practice.Settings.SettingsStore<Consortium.Practice.Policy.PracticePolicy>>();
            var current = await store.GetCurrentAsync();
            current.Settings.Documents.MaxUploadMegabytes = 1;
            return await store.SaveAsync(current.Settings, current.Version, "test");
        });
        var bytes = megabytes > 0 ? [.. Png, .. new byte[megabytes * 1024 * 1024]] : name.StartsWith("drawing", StringComparison.Ordinal) ? "%!PS-Adobe disguised"u8.ToArray() : Png;

        var result = await At("brent", sp => sp.GetRequiredService<DirectWorkService>().RecordAsync(caseId, ThreeHouses, [File(name, bytes)], Priya));

        Assert.Contains(new FieldError("Files", message), result.Errors());
        Assert.Equal(0, StoredFiles);
        Assert.Equal(0, await At("brent", sp => sp.GetRequiredService<PracticeDbContext>().DirectWork.CountAsync()));
    }

    [Fact]
    public async Task When_the_record_cannot_be_saved_the_stored_files_are_removed()
    {
        var caseId = await CaseAtBrent();
        await At("brent", sp => sp.GetRequiredService<PracticeDbContext>().Database.ExecuteSqlRawAsync("DROP TABLE DirectWork"));

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => At("brent", sp => sp.GetRequiredService<DirectWorkService>().RecordAsync(caseId, ThreeHouses, [File("a.png", Png), File("b.png", Png)], Priya)));

        Assert.Equal(0, StoredFiles);
    }

    [Fact]
    public async Task Another_authority_cannot_record_against_or_open_documents_of_brents_records()
    {
        var caseId = await CaseAtBrent();
        var work = (await At("brent", sp => sp.GetRequiredService<DirectWorkService>().RecordAsync(caseId, ThreeHouses, [File("a.png", Png)], Priya))).Value!;

        var recorded = await At("bristol", sp => sp.GetRequiredService<DirectWorkService>().RecordAsync(caseId, ThreeHouses, [File("a.png", Png)], Priya));
        var opened = await At("bristol", sp => sp.GetRequiredService<DirectWorkService>().OpenDocumentAsync(work.Id, work.Documents[0].BlobName, Priya));
        var wrongName = await At("brent", sp => sp.GetRequiredService<DirectWorkService>().OpenDocumentAsync(work.Id, "0123456789abcdef0123456789abcdef", Priya));

        Assert.False(recorded.IsDone);
        Assert.Null(opened);
        Assert.Null(wrongName);
        Assert.Equal(1, StoredFiles);
    }

    [Fact]
    public async Task Three_houses_are_kept_as_three_houses_and_need_at_least_one_while_other_tools_keep_the_childs_words()
    {
        var caseId = await CaseAtBrent();
        var service = (Func<DirectWorkInput, Task<Consortium.Practice.Outcomes.Outcome<DirectWorkRecord>>>)(input => At("brent", sp => sp.GetRequiredService<DirectWorkService>().RecordAsync(caseId, input, [], Priya)));

        var noHouse = await service(ThreeHouses with { WorriesWords = " ", GoodThingsWords = null, ChildsWords = "Not a house" });
        var tooLong = await service(ThreeHouses with { DreamsWords = new string('x', DirectWorkInput.MaxHouseWords + 1) });
        var noWords = await service(ThreeHouses with { Tool = DirectWorkTool.SafetyHouse });
        var houses = (await service(ThreeHouses with { DreamsWords = "A dog of my own." })).Value!;
        var safetyHouse = (await service(ThreeHouses with { Tool = DirectWorkTool.SafetyHouse, ChildsWords = "Nana is at the door." })).Value!;

        Assert.Equal([new FieldError("WorriesWords", "Write what the child said in at least one of the three houses")], noHouse.Errors());
        Assert.Equal([new FieldError("DreamsWords", $"The house of dreams must be {DirectWorkInput.MaxHouseWords} characters or fewer")], tooLong.Errors());
        Assert.Equal([new FieldError("ChildsWords", "Write the child's words, as they said them")], noWords.Errors());
        Assert.Equal(("When mum shouts.", "Nana's dog.", "A dog of my own."), (houses.WorriesWords, houses.GoodThingsWords, houses.DreamsWords));
        Assert.Equal("House of worries: When mum shouts.\n\nHouse of good things: Nana's dog.\n\nHouse of dreams: A dog of my own.", houses.ChildsWords);
        Assert.Equal(("Nana is at the door.", "", "", ""), (safetyHouse.ChildsWords, safetyHouse.WorriesWords, safetyHouse.GoodThingsWords, safetyHouse.DreamsWords));
    }
}
