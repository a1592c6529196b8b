using Consortium.Tenancy.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Tenancy.Tests.Data;

public sealed class UniqueKeyViolationTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public UniqueKeyViolationTests()
    {
        _connection.Open();
        using var db = Context();
        db.Database.EnsureCreated();
    }

    public void Dispose() => _connection.Dispose();

    private SlotContext Context() => new(new DbContextOptionsBuilder<SlotContext>().UseSqlite(_connection).Options);

    /// <summary>Saves each slot from its own context, as two people would; the last save must be refused.</summary>
    private async Task<DbUpdateException> Refused(params Slot[] slots)
    {
        foreach (var slot in slots[..^1])
        {
            await using var earlier = Context();
            earlier.Slots.Add(slot);
            await earlier.SaveChangesAsync();
        }

        await using var db = Context();
        db.Slots.Add(slots[^1]);
        return await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task A_second_row_with_the_same_unique_key_or_primary_key_is_a_violation()
    {
        Assert.True(UniqueKeyViolation.Is(await Refused(new Slot { Id = 1, Day = "Monday" }, new Slot { Id = 2, Day = "Monday" })));
        Assert.True(UniqueKeyViolation.Is(await Refused(new Slot { Id = 3, Day = "Tuesday" }, new Slot { Id = 3, Day = "Wednesday" })));
    }

    [Fact]
    public async Task Any_other_refusal_is_not_mistaken_for_one()
    {
        Assert.False(UniqueKeyViolation.Is(await Refused(new Slot { Id = 4, Day = null! })));
        Assert.False(UniqueKeyViolation.Is(new DbUpdateException("no inner exception")));
    }

    private sealed class SlotContext(DbContextOptions<SlotContext> options) : DbContext(options)
    {
        public DbSet<Slot> Slots => Set<Slot>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<Slot>(slot =>
            {
                slot.Property(s => s.Id).ValueGeneratedNever();
                slot.HasIndex(s => s.Day).IsUnique();
            });
    }

    private sealed class Slot
    {
        public int Id { get; set; }

        public string Day { get; set; } = "";
    }
}
