using Consortium.Tenancy.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Tenancy.Tests.Data;

public sealed class TenantDbContextIsolationTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public TenantDbContextIsolationTests()
    {
        _connection.Open();
        using var db = Context(TestTenants.A);
        db.Database.EnsureCreated();
    }

    public void Dispose() => _connection.Dispose();

    private NoteContext Context(TenantInfo tenant) =>
        new(new DbContextOptionsBuilder<NoteContext>().UseSqlite(_connection).Options, tenant);

    private async Task<long> SaveNoteFor(TenantInfo tenant, string text)
    {
        await using var db = Context(tenant);
        var note = new Note { Text = text };
        db.Notes.Add(note);
        await db.SaveChangesAsync();
        return note.Id;
    }

    [Fact]
    public async Task A_context_for_one_authority_cannot_read_anothers_rows_even_by_id()
    {
        var bravoNote = await SaveNoteFor(TestTenants.B, "bravo's");
        await SaveNoteFor(TestTenants.A, "alpha's");

        await using var alpha = Context(TestTenants.A);
        Assert.Null(await alpha.Notes.FindAsync(bravoNote));
        Assert.Null(await alpha.Notes.SingleOrDefaultAsync(n => n.Id == bravoNote));
        Assert.Equal(["alpha's"], await alpha.Notes.Select(n => n.Text).ToListAsync());
        Assert.Equal(2, await alpha.Notes.IgnoreQueryFilters([TenantDbContext.TenantFilter]).CountAsync());
    }

    [Fact]
    public async Task New_rows_are_stamped_with_the_contexts_authority()
    {
        var id = await SaveNoteFor(TestTenants.A, "stamped");

        await using var alpha = Context(TestTenants.A);
        Assert.Equal(TestTenants.A.Id, (await alpha.Notes.SingleAsync(n => n.Id == id)).TenantId);
    }

    [Fact]
    public async Task Saving_another_authoritys_new_row_throws_and_saves_nothing()
    {
        await using var alpha = Context(TestTenants.A);
        alpha.Notes.Add(new Note { Text = "smuggled", TenantId = TestTenants.B.Id });

        var error = await Assert.ThrowsAsync<TenantMismatchException>(() => alpha.SaveChangesAsync());
        Assert.DoesNotContain(TestTenants.B.Id, error.Message, StringComparison.Ordinal);
        await using var bravo = Context(TestTenants.B);
        Assert.Empty(await bravo.Notes.ToListAsync());
    }

    [Fact]
    public async Task Updating_or_deleting_another_authoritys_row_throws()
    {
        var bravoNote = await SaveNoteFor(TestTenants.B, "bravo's");

        await using (var alpha = Context(TestTenants.A))
        {
            alpha.Notes.Attach(new Note { Id = bravoNote, TenantId = TestTenants.B.Id, Text = "overwritten" }).State = EntityState.Modified;
            await Assert.ThrowsAsync<TenantMismatchException>(() => alpha.SaveChangesAsync());
        }

        await using (var alpha = Context(TestTenants.A))
        {
            alpha.Notes.Remove(new Note { Id = bravoNote, TenantId = TestTenants.B.Id });
            Assert.Throws<TenantMismatchException>(() => alpha.SaveChanges());
        }

        await using var bravo = Context(TestTenants.B);
        Assert.Equal("bravo's", (await bravo.Notes.SingleAsync()).Text);
    }

    [Fact]
    public async Task Moving_a_row_to_another_authority_throws()
    {
        var id = await SaveNoteFor(TestTenants.A, "mine");
        await using var alpha = Context(TestTenants.A);
        var note = await alpha.Notes.SingleAsync(n => n.Id == id);
        note.TenantId = TestTenants.B.Id;

        await Assert.ThrowsAsync<TenantMismatchException>(() => alpha.SaveChangesAsync());
    }

    [Fact]
    public void A_context_cannot_be_made_without_an_authority() =>
        Assert.Throws<ArgumentNullException>(() => Context(null!));

    private sealed class NoteContext(DbContextOptions<NoteContext> options, TenantInfo tenant) : TenantDbContext(options, tenant)
    {
        public DbSet<Note> Notes => Set<Note>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Note>();
            base.OnModelCreating(modelBuilder);
        }
    }

    private sealed class Note : ITenantOwned
    {
        public long Id { get; set; }
        public string TenantId { get; set; } = "";
        public string Text { get; set; } = "";
    }
}
