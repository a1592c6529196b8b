namespace Consortium.Web.Api.Contracts;

/// <summary>A correction as sent: the outcome as it should read (by name), its date, the reasons (optional) and why it is corrected.</summary>
public sealed record EnquiryOutcomeCorrectionRequest(string? Outcome, DateOnly? DecidedOn, string? Reasons, string? WhyCorrected);
