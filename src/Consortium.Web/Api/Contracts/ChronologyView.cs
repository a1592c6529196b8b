using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

/// <summary>The events of a case's chronology that the query's filter shows, oldest first.</summary>
public sealed record ChronologyView(Guid CaseId, IReadOnlyList<ChronologyEventView> Events)
{
    public static ChronologyView From(CaseChronology chronology)
    {
        ArgumentNullException.ThrowIfNull(chronology);
        return new(chronology.Case.Id, [.. chronology.Events.Select(e => new ChronologyEventView(e.On, e.Kind, e.What, e.RecordedBy))]);
    }
}

public sealed record ChronologyEventView(DateOnly On, ChronologyEventKind Kind, string What, string? RecordedBy);
