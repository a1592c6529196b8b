using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Workforce.Leadership;

/// <summary>
/// The practice sessions held at this authority. Cases are named by the authority's case reference; a restricted
/// case's reference is accepted only from, and shown only to, staff who may open it.
/// </summary>
public sealed class PracticeSessions(PracticeDbContext db, PracticeLeaders leaders, TimeProvider clock)
{
    public const int MaxCases = 20;
    private static readonly char[] Separators = [',', ';', ' ', '\r', '\n', '\t'];

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<Outcome<PracticeSession>> RecordAsync(SessionInput input, StaffMember recorder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(recorder);
        var errors = new List<FieldError>();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(new("Kind", "Choose the kind of session"));
        }

        if (input.Date is null)
        {
            errors.Add(new("Date", "Enter the date of the session"));
        }
        else if (input.Date > Today)
        {
            errors.Add(new("Date", "The date of the session must be today or in the past"));
        }

        if (input.LeaderId is not { } leader)
        {
            errors.Add(new("LeaderId", "Choose the practice leader who led the session"));
        }
        else if (input.Date is { } day && !await leaders.ServedOnAsync(leader, day, cancellationToken))
        {
            errors.Add(new("LeaderId", "The leader must be on the practice leaders register on the date of the session"));
        }

        var attendees = input.AttendeeIds.Distinct().ToList();
        var on = input.Date ?? Today;
        if (attendees.Count == 0)
        {
            errors.Add(new("AttendeeIds", "Choose who attended"));
        }
        else if (await db.StaffRecords.CountAsync(s => attendees.Contains(s.Id) && s.StartDate <= on && (s.EndDate == null || s.EndDate >= on), cancellationToken) != attendees.Count)
        {
            errors.Add(new("AttendeeIds", "Choose each attendee from the staff directory, as they were on the date of the session"));
        }

        var (caseIds, caseError) = await CasesAsync(input.CaseReferences, recorder, cancellationToken);
        if (caseError is not null)
        {
            errors.Add(new("CaseReferences", caseError));
        }

        if (errors.Count > 0)
        {
            return new Failure.Invalid(errors);
        }

        var session = new PracticeSession
        {
            Kind = input.Kind!.Value,
            Date = input.Date!.Value,
            LeaderId = input.LeaderId!.Value,
            AttendeeIds = attendees,
            CaseIds = caseIds,
            RecordedBy = recorder.Name,
            RecordedAt = clock.GetUtcNow(),
        };
        db.PracticeSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session;
    }

    /// <summary>The sessions held from a day on, latest first, each case shown by reference only if the viewer may open it.</summary>
    public async Task<IReadOnlyList<SessionRow>> ListAsync(StaffMember viewer, DateOnly from, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var sessions = (await db.PracticeSessions.AsNoTracking().Where(s => s.Date >= from).ToListAsync(cancellationToken))
            .OrderByDescending(s => s.Date).ThenByDescending(s => s.RecordedAt).ToList();
        var staffIds = sessions.SelectMany(s => s.AttendeeIds.Append(s.LeaderId)).Distinct().ToList();
        var names = await db.StaffRecords.AsNoTracking().Where(s => staffIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.GivenName + " " + s.FamilyName, cancellationToken);
        var caseIds = sessions.SelectMany(s => s.CaseIds).Distinct().ToList();
        var cases = (await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id))
                .Join(db.Children.AsNoTracking(), c => c.ChildId, k => k.Id, (c, k) => new { c.Id, c.Reference, Child = k })
                .ToListAsync(cancellationToken))
            .ToDictionary(c => c.Id, c => c.Child.MayBeOpenedBy(viewer) ? c.Reference : null);
        return [.. sessions.Select(s =>
        {
            var references = s.CaseIds.Select(id => cases.GetValueOrDefault(id)).ToList();
            return new SessionRow(
                s.Id, s.Kind, s.Date, names.GetValueOrDefault(s.LeaderId, ""),
                [.. s.AttendeeIds.Select(id => names.GetValueOrDefault(id, "")).Order(StringComparer.CurrentCulture)],
                [.. references.OfType<string>().Order(StringComparer.Ordinal)],
                references.Count(r => r is null));
        })];
    }

    /// <summary>Sessions of each kind in each of the months from the month of <paramref name="from"/> to this month, counted by the database.</summary>
    public async Task<IReadOnlyList<SessionMonth>> ByMonthAsync(DateOnly from, CancellationToken cancellationToken = default)
    {
        var first = new DateOnly(from.Year, from.Month, 1);
        var counts = await db.PracticeSessions.AsNoTracking().Where(s => s.Date >= first)
            .GroupBy(s => new { s.Date.Year, s.Date.Month, s.Kind })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Kind, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var months = new List<SessionMonth>();
        for (var month = first; month <= Today; month = month.AddMonths(1))
        {
            var m = month;
            months.Add(new SessionMonth(m, Enum.GetValues<SessionKind>().ToDictionary(
                k => k,
                k => counts.Where(c => c.Year == m.Year && c.Month == m.Month && c.Kind == k).Sum(c => c.Count))));
        }

        return months;
    }

    /// <summary>The ids of the cases named, or why they cannot be taken: a case that is not this authority's, or one the recorder may not open, is "not found" alike.</summary>
    private async Task<(List<Guid> Ids, string? Error)> CasesAsync(string? text, StaffMember recorder, CancellationToken cancellationToken)
    {
        var references = (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries)
            .Select(r => r.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (references.Count > MaxCases)
        {
            return ([], $"Enter up to {MaxCases} case references");
        }

        var found = (await db.Cases.AsNoTracking().Where(c => references.Contains(c.Reference))
                .Join(db.Children.AsNoTracking(), c => c.ChildId, k => k.Id, (c, k) => new { c.Id, c.Reference, Child = k })
                .ToListAsync(cancellationToken))
            .Where(c => c.Child.MayBeOpenedBy(recorder))
            .ToDictionary(c => c.Reference, c => c.Id, StringComparer.Ordinal);
        var missing = references.Where(r => !found.ContainsKey(r)).ToList();
        return missing.Count > 0
            ? ([], $"No case you can open has the reference {string.Join(", ", missing)}: check the case references")
            : ([.. references.Select(r => found[r])], null);
    }
}

public sealed record SessionRow(Guid Id, SessionKind Kind, DateOnly Date, string Leader, IReadOnlyList<string> Attendees, IReadOnlyList<string> CaseReferences, int CasesNotShown);

public sealed record SessionMonth(DateOnly Month, IReadOnlyDictionary<SessionKind, int> ByKind)
{
    public int Total => ByKind.Values.Sum();
}
