namespace Consortium.Practice.Audits;

/// <summary>The Signs of Safety case-file audit framework every authority starts with, before its administrator changes it.</summary>
public static class DefaultAuditFramework
{
    public static AuditFramework Create() => new()
    {
        Name = "Signs of Safety case-file audit",
        GoodOrBetterUpTo = 2,
        ModerationPercent = 10,
        SamplePerTeam = 5,
        DueDays = 20,
        Grades =
        [
            new() { Value = 1, Label = "Outstanding" },
            new() { Value = 2, Label = "Good" },
            new() { Value = 3, Label = "Requires improvement to be good" },
            new() { Value = 4, Label = "Inadequate" },
        ],
        Domains =
        [
            Domain("danger", "Danger statements and safety goals", "Read the latest map and the plan.",
                YesNo("danger-statement", "Is there a danger statement in plain language the family can understand?", 3),
                YesNo("safety-goal", "Is there a safety goal that says what the family will do to keep the child safe?", 3),
                Scale("danger-clarity", "How clearly do the danger statements and goals describe the harm and the safety needed?", 2, "Not at all clear", "Entirely clear")),
            Domain("scaling", "Scaling", "Look at the safety scales over the life of the case.",
                YesNo("scaled-recently", "Has safety been scaled in the timescale the authority's policy sets?", 2),
                YesNo("family-scaled", "Have the parents or carers given their own scale?", 2),
                Text("scaling-notes", "What do the scales say about progress?")),
            Domain("network", "Safety network and safety plan", "Read the safety network and the safety plan.",
                YesNo("network-size", "Does the safety network have at least the number of people the policy asks for?", 2),
                YesNo("plan-agreed", "Is there a safety plan agreed with the family and network?", 3),
                Scale("plan-quality", "How well would the safety plan keep the child safe in the moments of danger?", 3, "Not at all", "Completely")),
            Domain("voice", "The child's voice", "Look for direct work with the child: Three Houses, Words and Pictures.",
                YesNo("direct-work", "Is there direct work that records the child's own words or drawings?", 3),
                YesNo("words-and-pictures", "Has the child been given a Words and Pictures explanation?", 2),
                Scale("voice-influence", "How far has what the child said shaped the plan?", 2, "Not at all", "Throughout")),
            Domain("multi-agency", "Multi-agency work", "Read the chronology, conferences and core groups.",
                YesNo("agencies-involved", "Are the right agencies involved and recorded as attending?", 2),
                Scale("agency-contribution", "How well do agencies contribute to the assessment and plan?", 1, "Not at all", "Fully")),
            Domain("oversight", "Management oversight", "Read supervision and authorisations.",
                YesNo("supervised", "Has the case been supervised with decisions recorded?", 2),
                YesNo("authorised-timely", "Were the assessment and the plan authorised on time?", 1)),
            Domain("recording", "Recording", "Read the case notes and visits.",
                YesNo("visits-in-time", "Have statutory visits been made in the policy's timescale?", 2),
                Scale("recording-quality", "How well would the child understand their record if they read it later?", 1, "Not at all", "Fully")),
        ],
    };

    private static AuditDomain Domain(string key, string title, string guidance, params AuditQuestion[] questions) =>
        new() { Key = key, Title = title, Guidance = guidance, Questions = [.. questions] };

    private static AuditQuestion YesNo(string key, string text, int weight) =>
        new() { Key = key, Text = text, Kind = AuditQuestionKind.YesNo, Weight = weight };

    private static AuditQuestion Scale(string key, string text, int weight, string zero, string ten) =>
        new() { Key = key, Text = text, Kind = AuditQuestionKind.Scale, Weight = weight, ZeroMeans = zero, TenMeans = ten };

    private static AuditQuestion Text(string key, string text) =>
        new() { Key = key, Text = text, Kind = AuditQuestionKind.Text, Weight = 0 };
}
