using Consortium.Practice.Access;
using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Casework;

/// <summary>
/// Management authorisation of the steps that need it (<see cref="StageRules.NeedsAuthorisation"/>): a practitioner's
/// proposed move waits for a team manager, who authorises it (the move is then made, dated as they say) or declines it
/// with a reason. Nobody authorises their own request or their own case; one request waits on a case at a time.
/// </summary>
public sealed class AuthorisationService(PracticeDbContext db, CaseworkService casework, TimeProvider clock)
{
    public const int MaxReason = 2000;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Makes the move where it needs no authorisation or this person may give it; otherwise asks a team manager for it.</summary>
    public Task<Outcome<ProposedMove>> ProposeAsync(
        Guid caseId, StageTransition move, Guid expectedToken, StaffMember who, bool includeSiblings = false, IReadOnlyDictionary<string, string>? startedFrom = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(move);
        ArgumentNullException.ThrowIfNull(who);
        return db.ChangeCaseAsync<ProposedMove>(caseId, expectedToken, who, clock.GetUtcNow(), async change =>
        {
            var record = change.Case;
            if (!StageRules.NeedsAuthorisation(record, move.To) || StageRules.MayAuthorise(who, record))
            {
                var moved = await casework.MoveAsync(change, move, who, includeSiblings, cancellationToken);
                return moved.IsDone ? new ProposedMove(moved.Value, null) : moved.Failure;
            }

            var problems = StageRules.Check(record, move, Today);
            if (problems.Count > 0)
            {
                return new Failure.Invalid(problems);
            }

            if (await WaitingOnAsync(record.Id, cancellationToken) is { } waiting)
            {
                return new Failure.Refused($"{waiting.RequestedByName} has already asked for authorisation to move this case to {CaseStages.DisplayName(waiting.To).ToLowerInvariant()}. A team manager must decide that first");
            }

            var request = new AuthorisationRequest
            {
                CaseId = record.Id,
                From = record.Stage,
                To = move.To,
                ProposedOn = move.EffectiveOn,
                CategoryOfAbuse = move.CategoryOfAbuse,
                ClosureReason = move.ClosureReason,
                AssessmentFactors = [.. move.AssessmentFactors ?? []],
                IncludeSiblings = includeSiblings,
                RequestedBySubject = who.Subject,
                RequestedByName = who.Name,
                RequestedAt = change.Now,
                Decision = AuthorisationDecision.Waiting,
            };
            db.AuthorisationRequests.Add(request);
            AccessLogWriter.Add(db, record.ChildId, who, AccessAction.Changed, "authorisation request", request.Id, change.Now);
            return new ProposedMove(record, request);
        }, startedFrom: startedFrom, cancellationToken: cancellationToken);
    }

    /// <summary>A team manager authorises the request: the proposed move is made as of <paramref name="on"/>.</summary>
    public async Task<Outcome<CaseRecord>> AuthoriseAsync(Guid requestId, DateOnly on, Guid expectedToken, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (await DecidableAsync(requestId, who, cancellationToken) is not { } request)
        {
            return new Failure.NotFound("authorisation request");
        }

        if (Undecidable(request, who) is { } refusal)
        {
            return refusal;
        }

        return await db.ChangeCaseAsync<CaseRecord>(request.CaseId, expectedToken, who, clock.GetUtcNow(), async change =>
        {
            var moved = await casework.MoveAsync(change, request.Move(on), who, request.IncludeSiblings, cancellationToken);
            if (moved.IsDone)
            {
                Decide(request, AuthorisationDecision.Authorised, who, change.Now);
            }

            return moved;
        }, cancellationToken: cancellationToken);
    }

    /// <summary>A team manager declines the request, saying why; the case stays where it is.</summary>
    public async Task<Outcome<AuthorisationRequest>> DeclineAsync(Guid requestId, string? reason, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (await DecidableAsync(requestId, who, cancellationToken) is not { } request)
        {
            return new Failure.NotFound("authorisation request");
        }

        if (Undecidable(request, who) is { } refusal)
        {
            return refusal;
        }

        var why = (reason ?? "").Trim();
        if (why.Length == 0 || why.Length > MaxReason)
        {
            return new Failure.Invalid([new("Reason", why.Length == 0 ? "Enter why you are not authorising this" : $"The reason must be {MaxReason} characters or fewer")]);
        }

        var opened = await db.OpenableCaseAsync(request.CaseId, who, cancellationToken);
        var now = clock.GetUtcNow();
        Decide(request, AuthorisationDecision.Declined, who, now);
        request.DeclineReason = why;
        AccessLogWriter.Add(db, opened!.Value.Child.Id, who, AccessAction.Changed, "authorisation request", request.Id, now);
        var failure = await db.SaveOrFailAsync(
            async () => new Failure.Conflict($"{(await db.AuthorisationRequests.AsNoTracking().FirstAsync(r => r.Id == requestId, cancellationToken)).DecidedByName ?? "Someone else"} decided this request while you were working on it", []),
            cancellationToken: cancellationToken);
        return failure is null ? request : failure;
    }

    /// <summary>Every request made on the case, newest first.</summary>
    public async Task<IReadOnlyList<AuthorisationRequest>> ForCaseAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        [.. (await db.AuthorisationRequests.AsNoTracking().Where(r => r.CaseId == caseId).ToListAsync(cancellationToken)).OrderByDescending(r => r.RequestedAt)];

    /// <summary>The requests waiting on the manager's team's cases, oldest first; none for anyone but a team manager.</summary>
    public async Task<IReadOnlyList<WaitingAuthorisation>> WaitingForTeamAsync(StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (!who.Has(StaffRole.TeamManager))
        {
            return [];
        }

        var waiting = await db.AuthorisationRequests.AsNoTracking()
            .Where(r => r.Decision == AuthorisationDecision.Waiting)
            .Join(db.Cases.AsNoTracking().Where(c => c.Team == who.Team), r => r.CaseId, c => c.Id, (r, c) => new { Request = r, Case = c })
            .Join(db.Children.AsNoTracking(), x => x.Case.ChildId, k => k.Id, (x, k) => new { x.Request, x.Case, Child = k })
            .ToListAsync(cancellationToken);
        return [.. waiting
            .OrderBy(w => w.Request.RequestedAt)
            .Select(w => new WaitingAuthorisation(w.Request.Id, w.Case.Id, w.Case.Reference, w.Child.MayBeOpenedBy(who) ? w.Child.FullName : null, w.Request.From, w.Request.To, w.Request.RequestedByName, w.Request.RequestedAt))];
    }

    private Task<AuthorisationRequest?> WaitingOnAsync(Guid caseId, CancellationToken cancellationToken) =>
        db.AuthorisationRequests.AsNoTracking().FirstOrDefaultAsync(r => r.CaseId == caseId && r.Decision == AuthorisationDecision.Waiting, cancellationToken);

    /// <summary>The request, where this person is a team manager who may open its case; otherwise nothing, as if it did not exist.</summary>
    private async Task<AuthorisationRequest?> DecidableAsync(Guid requestId, StaffMember who, CancellationToken cancellationToken)
    {
        if (!who.Has(StaffRole.TeamManager))
        {
            return null;
        }

        var request = await db.AuthorisationRequests.FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        return request is not null && await db.OpenableCaseAsync(request.CaseId, who, cancellationToken) is not null ? request : null;
    }

    private static Failure.Refused? Undecidable(AuthorisationRequest request, StaffMember who) =>
        request.Decision != AuthorisationDecision.Waiting
            ? new($"{request.DecidedByName} has already {(request.Decision == AuthorisationDecision.Authorised ? "authorised" : "declined")} this request")
            : string.Equals(request.RequestedBySubject, who.Subject, StringComparison.Ordinal)
                ? new("You asked for this authorisation, so another team manager must give it")
                : null;

    private static void Decide(AuthorisationRequest request, AuthorisationDecision decision, StaffMember who, DateTimeOffset now)
    {
        request.Decision = decision;
        request.DecidedByName = who.Name;
        request.DecidedAt = now;
    }
}
