using Consortium.Practice.Casework;
using Consortium.Practice.Census;
using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Consortium.Practice.Policy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consortium.Practice.Maps;

/// <summary>
/// Writes and reads a case's maps and the ratings on them. Only the latest version is edited, with
/// optimistic concurrency; a review starts a new version from the latest. Views and changes are logged.
/// </summary>
public sealed class SafetyMapService(PracticeDbContext db, IOptionsSnapshot<PracticePolicy> policy, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IReadOnlyList<SafetyMap>> VersionsAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        await db.SafetyMaps.AsNoTracking().Where(m => m.CaseId == caseId).OrderByDescending(m => m.Version).ToListAsync(cancellationToken);

    /// <summary>
    /// Starts the next version of the case's map as a draft, copied from the latest (or blank for the first); if the
    /// latest version is still a draft, that draft is the one to carry on with.
    /// </summary>
    public async Task<Outcome<SafetyMap>> StartVersionAsync(Guid caseId, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        var opened = await OpenCase(caseId, who, cancellationToken);
        if (opened is null)
        {
            return new Failure.NotFound("map");
        }

        var latest = await db.SafetyMaps.AsNoTracking().Where(m => m.CaseId == caseId).OrderByDescending(m => m.Version).FirstOrDefaultAsync(cancellationToken);
        if (latest is { IsDraft: true })
        {
            return latest;
        }

        var now = clock.GetUtcNow();
        var map = new SafetyMap
        {
            CaseId = caseId,
            ChildId = opened.Value.Child.Id,
            Version = (latest?.Version ?? 0) + 1,
            IsDraft = true,
            MapDate = Today,
            Kind = latest?.Kind ?? (opened.Value.Case.PrimaryNeed == PrimaryNeed.AbuseOrNeglect ? MapKind.SignsOfSafety : MapKind.SignsOfWellbeing),
            HarmStatement = latest?.HarmStatement ?? "",
            ComplicatingFactors = latest?.ComplicatingFactors ?? "",
            ExistingStrengths = latest?.ExistingStrengths ?? "",
            ExistingSafety = latest?.ExistingSafety ?? "",
            Pairs = latest?.Pairs.Select(p => new DangerGoalPair { Id = p.Id, Statement = p.Statement, Goal = p.Goal }).ToList() ?? [],
            NextSteps = latest?.NextSteps.Where(s => !s.Done).Select(s => new NextStep { What = s.What, Who = s.Who, Due = s.Due }).ToList() ?? [],
            UpdatedBy = who.Name,
            UpdatedAt = now,
        };
        db.SafetyMaps.Add(map);
        Snapshot(map, now);
        AccessLogWriter.Add(db, map.ChildId, who, AccessAction.Created, "map", map.Id, now);
        return await db.SaveOrFailAsync(
            SavingChanges.Always(NewerVersionStarted),
            duplicate: SavingChanges.Always(NewerVersionStarted),
            cancellationToken) ?? (Outcome<SafetyMap>)map;
    }

    public async Task<MapView?> OpenAsync(Guid mapId, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        var map = await db.SafetyMaps.AsNoTracking().FirstOrDefaultAsync(m => m.Id == mapId, cancellationToken);
        var opened = map is null ? null : await OpenCase(map.CaseId, who, cancellationToken);
        if (map is null || opened is null)
        {
            return null;
        }

        AccessLogWriter.Add(db, map.ChildId, who, AccessAction.Viewed, "map", map.Id, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        var ratings = await db.SafetyRatings.AsNoTracking().Where(r => r.MapId == mapId).OrderBy(r => r.RatedOn).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var latest = await db.SafetyMaps.Where(m => m.CaseId == map.CaseId).MaxAsync(m => m.Version, cancellationToken);
        return new MapView(map, opened.Value.Child, opened.Value.Case, ratings, map.Version == latest);
    }

    /// <summary>
    /// Saves the latest version's content if nobody changed it since <paramref name="expectedToken"/>. Otherwise the
    /// conflict lists, field by field, what changed since <paramref name="startedFrom"/> (the map's fields as the person
    /// loaded it, which a form posts back; without it, every field that now differs from the person's input).
    /// </summary>
    public async Task<Outcome<SafetyMap>> SaveAsync(
        Guid mapId, MapInput input, Guid expectedToken, StaffMember who, IReadOnlyDictionary<string, string>? startedFrom = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(who);
        var map = await db.SafetyMaps.FirstOrDefaultAsync(m => m.Id == mapId, cancellationToken);
        if (map is null || await OpenCase(map.CaseId, who, cancellationToken) is null)
        {
            return new Failure.NotFound("map");
        }

        if (await db.SafetyMaps.AnyAsync(m => m.CaseId == map.CaseId && m.Version > map.Version, cancellationToken))
        {
            return new Failure.Refused("This is an earlier version of the map and cannot be changed. Open the latest version");
        }

        if (map.ConcurrencyToken != expectedToken)
        {
            return db.Refuse(Conflict(map, input, startedFrom ?? await SnapshotAsync(mapId, expectedToken, cancellationToken)));
        }

        var (statement, goal) = Labels(input.Kind);
        var problems = input.Validate(Today, statement, goal);
        if (problems.Count > 0)
        {
            return new Failure.Invalid(problems);
        }

        map.IsDraft = false;
        map.MapDate = input.MapDate!.Value;
        map.Kind = input.Kind;
        map.HarmStatement = (input.HarmStatement ?? "").Trim();
        map.ComplicatingFactors = (input.ComplicatingFactors ?? "").Trim();
        map.ExistingStrengths = (input.ExistingStrengths ?? "").Trim();
        map.ExistingSafety = (input.ExistingSafety ?? "").Trim();
        map.Pairs = [.. input.Pairs
            .Where(p => !string.IsNullOrWhiteSpace(p.Statement))
            .Select(p => new DangerGoalPair { Id = p.Id ?? Guid.NewGuid(), Statement = p.Statement!.Trim(), Goal = p.Goal!.Trim() })];
        map.NextSteps = [.. input.NextSteps.Select(s => new NextStep { What = s.What!.Trim(), Who = s.Who!.Trim(), Due = s.Due, Done = s.Done })];
        var now = clock.GetUtcNow();
        map.UpdatedBy = who.Name;
        map.UpdatedAt = now;
        map.ConcurrencyToken = Guid.NewGuid();
        Snapshot(map, now);
        AccessLogWriter.Add(db, map.ChildId, who, AccessAction.Changed, "map", map.Id, now);
        return await db.SaveOrFailAsync(
            async () => Conflict(await db.SafetyMaps.AsNoTracking().FirstAsync(m => m.Id == mapId, cancellationToken), input, startedFrom ?? await SnapshotAsync(mapId, expectedToken, cancellationToken)),
            cancellationToken: cancellationToken) ?? (Outcome<SafetyMap>)map;
    }

    /// <summary>Adds one person's score to a map, for one of its pairs or the map overall.</summary>
    public async Task<Outcome<SafetyMap>> RateAsync(Guid mapId, RatingInput input, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(who);
        var map = await db.SafetyMaps.AsNoTracking().FirstOrDefaultAsync(m => m.Id == mapId, cancellationToken);
        if (map is null || await OpenCase(map.CaseId, who, cancellationToken) is null)
        {
            return new Failure.NotFound("map");
        }

        if (map.IsDraft)
        {
            return new Failure.Refused("This version of the map is a draft. Save it before adding scores");
        }

        var problems = input.Validate(Today, [.. map.Pairs.Select(p => p.Id)]);
        if (problems.Count > 0)
        {
            return new Failure.Invalid(problems);
        }

        var now = clock.GetUtcNow();
        db.SafetyRatings.Add(new SafetyRating
        {
            MapId = mapId,
            PairId = input.PairId,
            PersonName = input.PersonName!.Trim(),
            PersonRole = input.PersonRole!.Trim(),
            Agency = string.IsNullOrWhiteSpace(input.Agency) ? null : input.Agency.Trim(),
            Score = input.Score!.Value,
            Why = input.Why!.Trim(),
            RatedOn = input.RatedOn!.Value,
            RecordedBy = who.Name,
            RecordedAt = now,
        });
        AccessLogWriter.Add(db, map.ChildId, who, AccessAction.Changed, "rating", map.Id, now);
        await db.SaveChangesAsync(cancellationToken);
        return map;
    }

    /// <summary>Each person's overall score on every saved version of the case's map (drafts have none).</summary>
    public async Task<ScoreHistory> ScoreHistoryAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var versions = await db.SafetyMaps.AsNoTracking().Where(m => m.CaseId == caseId && !m.IsDraft).OrderBy(m => m.Version)
            .Select(m => new { m.Id, m.Version, m.MapDate }).ToListAsync(cancellationToken);
        var ids = versions.Select(v => v.Id).ToList();
        var ratings = await db.SafetyRatings.AsNoTracking().Where(r => ids.Contains(r.MapId) && r.PairId == null).ToListAsync(cancellationToken);
        var people = ratings
            .GroupBy(r => (Name: r.PersonName.Trim().ToUpperInvariant(), Role: r.PersonRole.Trim().ToUpperInvariant()))
            .Select(person => new ScoreHistory.Person(person.First().PersonName, person.First().PersonRole, [.. versions.Select(v =>
                person.Where(r => r.MapId == v.Id).OrderByDescending(r => r.RatedOn).ThenByDescending(r => r.Id).Select(r => (int?)r.Score).FirstOrDefault())]))
            .OrderBy(p => p.Role, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new([.. versions.Select(v => (v.Version, v.MapDate))], people);
    }

    /// <summary>The people who scored the version before this one, whom this version offers to score again.</summary>
    public async Task<IReadOnlyList<Scorer>> PreviousScorersAsync(SafetyMap map, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(map);
        var previous = await db.SafetyMaps.AsNoTracking().Where(m => m.CaseId == map.CaseId && m.Version < map.Version && !m.IsDraft)
            .OrderByDescending(m => m.Version).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken);
        if (previous is null)
        {
            return [];
        }

        var ratings = await db.SafetyRatings.AsNoTracking().Where(r => r.MapId == previous).ToListAsync(cancellationToken);
        return [.. ratings.OrderBy(r => r.Id)
            .Select(r => new Scorer(r.PersonName, r.PersonRole, r.Agency))
            .DistinctBy(s => (s.Name.ToUpperInvariant(), s.Role.ToUpperInvariant()))];
    }

    /// <summary>The authority's own words for the two ends of the safety scale.</summary>
    public SafetyScalePolicy Scale => policy.Value.SafetyScale;

    /// <summary>The authority's own words for a map of this kind.</summary>
    public (string Statement, string Goal) Labels(MapKind kind)
    {
        var words = policy.Value.Terminology;
        return kind == MapKind.SignsOfWellbeing ? (words.WorryStatement, words.WellbeingGoal) : (words.DangerStatement, words.SafetyGoal);
    }

    /// <summary>Keeps the map's content as it stands at its current version, for a later conflict to compare with.</summary>
    private void Snapshot(SafetyMap map, DateTimeOffset now) =>
        db.MapSnapshots.Add(new MapSnapshot
        {
            MapId = map.Id,
            Token = map.ConcurrencyToken,
            Fields = System.Text.Json.JsonSerializer.Serialize(MapFields.Of(map, Labels(map.Kind)).Values),
            SavedAt = now,
        });

    /// <summary>The map's fields at the version <paramref name="token"/>, where it was kept (not for maps saved before versions were kept).</summary>
    private async Task<IReadOnlyDictionary<string, string>?> SnapshotAsync(Guid mapId, Guid token, CancellationToken cancellationToken)
    {
        var fields = await db.MapSnapshots.AsNoTracking().Where(s => s.MapId == mapId && s.Token == token).Select(s => s.Fields).FirstOrDefaultAsync(cancellationToken);
        return fields is null ? null : System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(fields);
    }

    private static readonly Failure.Refused NewerVersionStarted =
        new("Someone else started a new version of this map at the same time. Open the latest version");

    private Failure.Conflict Conflict(SafetyMap current, MapInput yours, IReadOnlyDictionary<string, string>? startedFrom)
    {
        var labels = Labels(current.Kind);
        return Failure.Conflict.Of(
            $"{current.UpdatedBy} saved this map {SavedAt.Words(current.UpdatedAt)}, while you were working on it",
            FieldChanges.Between(startedFrom, MapFields.Of(current, labels), MapFields.Of(yours, labels)),
            current.ConcurrencyToken.ToString());
    }

    private Task<(Child Child, CaseRecord Case)?> OpenCase(Guid caseId, StaffMember who, CancellationToken cancellationToken) =>
        db.OpenableCaseAsync(caseId, who, cancellationToken);
}
