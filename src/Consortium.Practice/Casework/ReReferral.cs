using Consortium.Practice.Census;
using Consortium.Practice.Outcomes;

namespace Consortium.Practice.Casework;

/// <summary>A new referral of a child the authority already knows: only the referral, since the child's details are on their record.</summary>
public sealed record ReReferral : IReferralParticulars
{
    public DateOnly? ReferralDate { get; init; }
    public string? ReferralSource { get; init; }
    public string? PrimaryNeed { get; init; }

    /// <summary>Why the child was referred (free text, required).</summary>
    public string? Reason { get; init; }
    public string? ReferrerName { get; init; }
    public string? ReferrerAgency { get; init; }
    public string? ReferrerPhone { get; init; }
    public string? ReferrerEmail { get; init; }
    public bool ReferrerAnonymous { get; init; }

    public IReadOnlyList<FieldError> Validate(Child child, DateOnly? lastClosed, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(child);
        var problems = new List<FieldError>();
        if (ReferralDate is not { } referred)
        {
            problems.Add(new(nameof(ReferralDate), "Enter the date of the referral"));
        }
        else if (referred > today)
        {
            problems.Add(new(nameof(ReferralDate), "Referral date cannot be in the future"));
        }
        else if (child.DateOfBirth is { } born && referred < born)
        {
            problems.Add(new(nameof(ReferralDate), $"Referral date cannot be before the child's date of birth, {born:d MMMM yyyy}"));
        }
        else if (lastClosed is { } closed && referred <= closed)
        {
            // The census allows no two episodes of a child to overlap.
            problems.Add(new(nameof(ReferralDate), $"Referral date must be after the child's last episode closed, on {closed:d MMMM yyyy}"));
        }

        if (!Census.ReferralSource.List.TryParse(ReferralSource, out _))
        {
            problems.Add(new(nameof(ReferralSource), "Select who made the referral"));
        }

        if (!Census.PrimaryNeed.List.TryParse(PrimaryNeed, out _))
        {
            problems.Add(new(nameof(PrimaryNeed), "Select the child's primary need"));
        }

        problems.AddRange(ReferralParticulars.Validate(this));
        return problems;
    }

    /// <summary>The referral as a new episode needs it, with the child's own details.</summary>
    internal NewReferral For(Child child) => new()
    {
        GivenName = child.GivenName,
        FamilyName = child.FamilyName,
        DateOfBirth = child.DateOfBirth,
        ReferralDate = ReferralDate,
        ReferralSource = ReferralSource,
        PrimaryNeed = PrimaryNeed,
        Reason = Reason,
        ReferrerName = ReferrerName,
        ReferrerAgency = ReferrerAgency,
        ReferrerPhone = ReferrerPhone,
        ReferrerEmail = ReferrerEmail,
        ReferrerAnonymous = ReferrerAnonymous,
    };
}
