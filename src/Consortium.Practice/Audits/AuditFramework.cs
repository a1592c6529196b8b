namespace Consortium.Practice.Audits;

/// <summary>
/// An authority's case-file audit framework: the domains an auditor looks at, their questions, and the grades an audit
/// ends with. Each published version is kept; an audit is done on one version and keeps it.
/// </summary>
public sealed class AuditFramework
{
    public string Name { get; set; } = "";
    public List<AuditDomain> Domains { get; set; } = [];

    /// <summary>The overall grades, best first (1 is the best); the scale an audit's grade and its moderation use.</summary>
    public List<AuditGrade> Grades { get; set; } = [];

    /// <summary>Grades at or better than this count as "good or better" (QA_AUDIT_GOOD).</summary>
    public int GoodOrBetterUpTo { get; set; }

    /// <summary>The share (per cent) of audits not graded worst that also go to moderation, chosen at random.</summary>
    public int ModerationPercent { get; set; }

    /// <summary>Cases drawn for each team in a month's random sample.</summary>
    public int SamplePerTeam { get; set; }

    /// <summary>Calendar days from allocation to an audit's due date.</summary>
    public int DueDays { get; set; }

    public IEnumerable<AuditQuestion> Questions => Domains.SelectMany(d => d.Questions);

    public AuditGrade? Grade(int value) => Grades.FirstOrDefault(g => g.Value == value);

    /// <summary>The worst grade (the highest number): every audit given it is moderated.</summary>
    public int WorstGrade => Grades.Count == 0 ? 0 : Grades.Max(g => g.Value);
}

public sealed class AuditDomain
{
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";
    public string Guidance { get; set; } = "";
    public List<AuditQuestion> Questions { get; set; } = [];
}

public sealed class AuditQuestion
{
    public string Key { get; set; } = "";
    public string Text { get; set; } = "";
    public AuditQuestionKind Kind { get; set; }

    /// <summary>How much the question counts in the score, 1 to 10; free-text questions are not scored.</summary>
    public int Weight { get; set; } = 1;
    public string Guidance { get; set; } = "";

    /// <summary>For a 0-10 scale: what 0 and 10 mean.</summary>
    public string? ZeroMeans { get; set; }
    public string? TenMeans { get; set; }
}

public enum AuditQuestionKind
{
    /// <summary>Yes, no or not applicable.</summary>
    YesNo,

    /// <summary>0 to 10 with anchor wording.</summary>
    Scale,

    /// <summary>Free text, not scored.</summary>
    Text,
}

public sealed class AuditGrade
{
    public int Value { get; set; }
    public string Label { get; set; } = "";
}
