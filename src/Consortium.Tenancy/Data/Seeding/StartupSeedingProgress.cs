namespace Consortium.Tenancy.Data.Seeding;

/// <summary>How many of the children an authority's background seeding will write are written so far.</summary>
public sealed record StartupSeedingProgress(int Written, int Total)
{
    public int Percent => Total == 0 ? 0 : (int)(100L * Written / Total);
}
