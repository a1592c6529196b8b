namespace Consortium.Practice.Census.Validation;

/// <summary>
/// The Children in Need census file as the Department's validation rules read it: the header and each child with its
/// episodes and their modules, codes as written in the file (so a rule can find a code that is not in the list).
/// </summary>
public sealed record CensusFile(CensusHeader Header, IReadOnlyList<CensusChild> Children);

/// <summary>The header: the collection year (the year the census ends in), its reference date and the authority's 3-digit code.</summary>
public sealed record CensusHeader(int Year, DateOnly ReferenceDate, string La)
{
    /// <summary>The first day of the collection period (1 April of the year before).</summary>
    public DateOnly PeriodStart => new(Year - 1, 4, 1);

    /// <summary>The last day of the collection period (31 March of the year).</summary>
    public DateOnly PeriodEnd => new(Year, 3, 31);

    public bool InPeriod(DateOnly day) => day >= PeriodStart && day <= PeriodEnd;
}

public sealed record CensusChild
{
    public required string LaChildId { get; init; }

    public string? Upn { get; init; }

    public string? UpnUnknown { get; init; }

    public string? FormerUpn { get; init; }

    public DateOnly? BirthDate { get; init; }

    public DateOnly? ExpectedBirthDate { get; init; }

    public string? Sex { get; init; }

    public DateOnly? DeathDate { get; init; }

    public string? Ethnicity { get; init; }

    public IReadOnlyList<string> Disabilities { get; init; } = [];

    public IReadOnlyList<CensusEpisode> Episodes { get; init; } = [];
}

/// <summary>A CINdetails module: one referral episode.</summary>
public sealed record CensusEpisode
{
    public DateOnly? ReferralDate { get; init; }

    public string? ReferralSource { get; init; }

    public string? PrimaryNeed { get; init; }

    public DateOnly? ClosureDate { get; init; }

    public string? ReasonForClosure { get; init; }

    public DateOnly? DateOfInitialCpc { get; init; }

    public bool? ReferralNfa { get; init; }

    public IReadOnlyList<CensusAssessment> Assessments { get; init; } = [];

    public IReadOnlyList<CensusCinPlan> CinPlans { get; init; } = [];

    public IReadOnlyList<CensusSection47> Section47s { get; init; } = [];

    public IReadOnlyList<CensusProtectionPlan> ProtectionPlans { get; init; } = [];
}

public sealed record CensusAssessment(DateOnly? StartDate, DateOnly? AuthorisationDate, IReadOnlyList<string> Factors);

public sealed record CensusCinPlan(DateOnly? StartDate, DateOnly? EndDate);

public sealed record CensusSection47(DateOnly? StartDate, DateOnly? InitialCpcTarget, DateOnly? DateOfInitialCpc, bool? IcpcNotRequired);

public sealed record CensusProtectionPlan
{
    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    public string? InitialCategory { get; init; }

    public string? LatestCategory { get; init; }

    public int? NumberOfPreviousPlans { get; init; }

    public IReadOnlyList<DateOnly?> ReviewDates { get; init; } = [];
}
