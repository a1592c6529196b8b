using Consortium.Practice.Outcomes;
using System.Net.Mail;

namespace Consortium.Practice.Casework;

/// <summary>
/// Why the child was referred and who referred them, as a referral form or the API gives them. Personal data of the
/// referrer: kept in the authority's database on <see cref="ReferralDetails"/>, never in an indicator, a message to the
/// hub, a log line or the census.
/// </summary>
public interface IReferralParticulars
{
    string? Reason { get; }
    string? ReferrerName { get; }
    string? ReferrerAgency { get; }
    string? ReferrerPhone { get; }
    string? ReferrerEmail { get; }

    /// <summary>The referrer would not give their name (a member of the public may refer anonymously): then no name or contact is needed.</summary>
    bool ReferrerAnonymous { get; }
}

/// <summary>The rules for a referral's reason and referrer, the same on every form and endpoint that records a referral.</summary>
public static class ReferralParticulars
{
    public const int MaxReason = 4000;
    public const int MaxName = 100;
    public const int MaxAgency = 200;
    public const int MaxPhone = 30;
    public const int MaxEmail = 254;

    public static IReadOnlyList<FieldError> Validate(IReferralParticulars particulars)
    {
        ArgumentNullException.ThrowIfNull(particulars);
        var problems = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(particulars.Reason))
        {
            problems.Add(new(nameof(IReferralParticulars.Reason), "Enter the reason for the referral"));
        }
        else if (particulars.Reason.Trim().Length > MaxReason)
        {
            problems.Add(new(nameof(IReferralParticulars.Reason), $"The reason for the referral must be {MaxReason} characters or fewer"));
        }

        var name = Clean(particulars.ReferrerName);
        if (name is null && !particulars.ReferrerAnonymous)
        {
            problems.Add(new(nameof(IReferralParticulars.ReferrerName), "Enter the referrer's name, or say that they did not give it"));
        }
        else if (name is { Length: > MaxName })
        {
            problems.Add(new(nameof(IReferralParticulars.ReferrerName), $"The referrer's name must be {MaxName} characters or fewer"));
        }

        if (Clean(particulars.ReferrerAgency) is { Length: > MaxAgency })
        {
            problems.Add(new(nameof(IReferralParticulars.ReferrerAgency), $"The referrer's agency must be {MaxAgency} characters or fewer"));
        }

        var phone = Clean(particulars.ReferrerPhone);
        var email = Clean(particulars.ReferrerEmail);
        if (phone is not null && (phone.Length > MaxPhone || phone.Count(char.IsAsciiDigit) < 6 || phone.Any(c => !char.IsAsciiDigit(c) && !" +()-".Contains(c, StringComparison.Ordinal))))
        {
            problems.Add(new(nameof(IReferralParticulars.ReferrerPhone), "Enter the referrer's phone number as digits, like 020 7946 0000 or +44 20 7946 0000"));
        }

        if (email is not null && (email.Length > MaxEmail || !IsEmail(email)))
        {
            problems.Add(new(nameof(IReferralParticulars.ReferrerEmail), "Enter the referrer's email address in the right form, like name@example.org"));
        }

        if (phone is null && email is null && !particulars.ReferrerAnonymous)
        {
            problems.Add(new(nameof(IReferralParticulars.ReferrerPhone), "Enter a phone number or an email address for the referrer"));
        }

        return problems;
    }

    /// <summary>The trimmed text, or null for nothing but blanks.</summary>
    internal static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && address.Host.Contains('.', StringComparison.Ordinal);
}
