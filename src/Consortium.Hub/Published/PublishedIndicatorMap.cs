using System.Collections.Frozen;
using Consortium.Contracts.Catalogue;

namespace Consortium.Hub.Published;

/// <summary>Each catalogue indicator against the Department's published series: same definition, close (and how), or not published.</summary>
public static class PublishedIndicatorMap
{
    private const string CinCensus = "The Department's children in need census";
    private const string WorkforceCensus = "The Department's children's social work workforce census (year to 30 September), published under the same year as the children in need year to 31 March, as the catalogue's reporting year carries it";
    private const string QualityAssurance = "Case-file audits are each authority's own quality assurance; the Department publishes no audit grades.";

    private static readonly FrozenDictionary<IndicatorCode, PublishedIndicatorMapping> Mappings = new PublishedIndicatorMapping[]
    {
        new(IndicatorCode.REF, PublishedMatch.Same, "referrals", "referrals_rate_per_10k", $"{CinCensus} counts referrals starting in the year, as the catalogue does; the rate is per 10,000 children aged 0-17."),
        new(IndicatorCode.REREF12, PublishedMatch.Same, "rereferrals_within_12_months_percent", null, "Referrals in the year within 12 months of a previous referral of the same child, as a percentage of referrals."),
        new(IndicatorCode.REF_NFA, PublishedMatch.Close, "referrals_nfa_percent", null, "The Department counts referrals resulting in no further action; the catalogue counts referrals closed with reason RC8 in the period, so a referral closed after the year ends can fall in a different year."),
        new(IndicatorCode.ASMT45, PublishedMatch.NotPublished, null, null, "The published files used here do not carry assessments completed within 45 working days."),
        new(IndicatorCode.ASMT_MEDIAN, PublishedMatch.NotPublished, null, null, "The Department publishes no median assessment duration."),
        new(IndicatorCode.S47, PublishedMatch.Same, "s47_enquiries", "s47_rate_per_10k", "Section 47 enquiries starting in the year; the rate is per 10,000 children aged 0-17."),
        new(IndicatorCode.ICPC15, PublishedMatch.Close, "icpc_within_15_days_percent", null, "The Department times an initial conference from the start of the section 47 enquiry; the catalogue from the strategy discussion, which is usually the same day or earlier."),
        new(IndicatorCode.CPP_START, PublishedMatch.Same, "cpp_starting", "cpp_starting_rate_per_10k", "Child protection plans starting in the year; the rate is per 10,000 children aged 0-17."),
        new(IndicatorCode.CPP_OPEN, PublishedMatch.Close, "cpp_at_31_march", "cpp_at_31_march_rate_per_10k", "The Department counts children on a plan at 31 March; the catalogue counts plans open at the end of the period, the same day for a reporting year but plans rather than children."),
        new(IndicatorCode.CPP_REPEAT, PublishedMatch.Close, "cpp_second_or_subsequent_percent", null, "The Department counts a second plan after a plan at any time and any authority; the catalogue only plans with this authority."),
        new(IndicatorCode.CPP_2YR, PublishedMatch.Close, "cpp_at_31_march_2_years_or_more_percent", null, "The Department publishes plans open at 31 March that had lasted 2 years or more; the catalogue measures plans ending in the period."),
        new(IndicatorCode.CPP_REVIEWED, PublishedMatch.NotPublished, null, null, "The Department no longer publishes plans reviewed within timescale."),
        new(IndicatorCode.CIN_OPEN, PublishedMatch.Close, "cin_at_31_march", "cin_rate_per_10k", "The Department counts children in need at 31 March; the catalogue counts open episodes of need at the end of the period, the same day for a reporting year."),
        new(IndicatorCode.SOS_MAPPED, PublishedMatch.NotPublished, null, null, "A practice measure of the consortium's model; nothing is published."),
        new(IndicatorCode.SOS_NETWORK, PublishedMatch.NotPublished, null, null, "A practice measure of the consortium's model; nothing is published."),
        new(IndicatorCode.SOS_PLAN, PublishedMatch.NotPublished, null, null, "A practice measure of the consortium's model; nothing is published."),
        new(IndicatorCode.SOS_VOICE, PublishedMatch.NotPublished, null, null, "A practice measure of the consortium's model; nothing is published."),
        new(IndicatorCode.SOS_WORDS, PublishedMatch.NotPublished, null, null, "A practice measure of the consortium's model; nothing is published."),
        new(IndicatorCode.SOS_SCALE_MOVE, PublishedMatch.NotPublished, null, null, "A practice measure of the consortium's model; nothing is published."),
        new(IndicatorCode.SOS_SCALE_GAP, PublishedMatch.NotPublished, null, null, "A practice measure of the consortium's model; nothing is published."),
        new(IndicatorCode.SOS_GOALS, PublishedMatch.NotPublished, null, null, "Families' own goals, rated by the family; nothing is published."),
        new(IndicatorCode.SOS_CHILD_VIEW, PublishedMatch.NotPublished, null, null, "Children's own view, asked with direct work; nothing is published."),
        new(IndicatorCode.QA_AUDIT_GOOD, PublishedMatch.NotPublished, null, null, QualityAssurance),
        new(IndicatorCode.QA_AUDIT_GRADE1, PublishedMatch.NotPublished, null, null, QualityAssurance),
        new(IndicatorCode.QA_AUDIT_GRADE2, PublishedMatch.NotPublished, null, null, QualityAssurance),
        new(IndicatorCode.QA_AUDIT_GRADE3, PublishedMatch.NotPublished, null, null, QualityAssurance),
        new(IndicatorCode.QA_AUDIT_GRADE4, PublishedMatch.NotPublished, null, null, QualityAssurance),
        new(IndicatorCode.WF_TRAINED, PublishedMatch.NotPublished, null, null, "Training in the consortium's practice model, against each authority's own training policy; nothing is published."),
        new(IndicatorCode.WF_LEADERS, PublishedMatch.NotPublished, null, null, "The practice leaders register is the consortium's own; nothing is published."),
        new(IndicatorCode.WF_TURNOVER, PublishedMatch.Same, "sw_turnover_rate_headcount", null, $"{WorkforceCensus}: leavers in the year as a percentage of social workers in post at 30 September, headcount."),
        new(IndicatorCode.WF_AGENCY, PublishedMatch.Same, "sw_agency_rate_headcount", null, $"{WorkforceCensus}: agency social workers as a percentage of agency and employed social workers at 30 September, headcount."),
    }.ToFrozenDictionary(m => m.Indicator);

    public static PublishedIndicatorMapping For(IndicatorCode indicator) =>
        Mappings.TryGetValue(indicator, out var mapping)
            ? mapping
            : new PublishedIndicatorMapping(indicator, PublishedMatch.NotPublished, null, null, "Not mapped to a published series.");

    public static bool IsPublished(IndicatorCode indicator) => For(indicator).Match != PublishedMatch.NotPublished;

    /// <summary>Where the published series is not measured exactly as the catalogue's indicator, what differs.</summary>
    public static string? DefinitionNote(IndicatorCode indicator) => For(indicator) is { Match: PublishedMatch.Close } mapping ? mapping.Why : null;
}
