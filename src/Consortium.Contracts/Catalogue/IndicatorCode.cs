using System.Text.Json.Serialization;

namespace Consortium.Contracts.Catalogue;

/// <summary>Stable indicator codes (../shared/domain/indicators.md). Serialised by name; never renumber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IndicatorCode>))]
#pragma warning disable CA1707 // The codes are the catalogue's own, underscores included.
public enum IndicatorCode
{
    REF = 1,
    REREF12 = 2,
    REF_NFA = 3,
    ASMT45 = 4,
    ASMT_MEDIAN = 5,
    S47 = 6,
    ICPC15 = 7,
    CPP_START = 8,
    CPP_OPEN = 9,
    CPP_REPEAT = 10,
    CPP_2YR = 11,
    CPP_REVIEWED = 12,
    CIN_OPEN = 13,
    SOS_MAPPED = 20,
    SOS_NETWORK = 21,
    SOS_PLAN = 22,
    SOS_VOICE = 23,
    SOS_WORDS = 24,
    SOS_SCALE_MOVE = 25,
    SOS_SCALE_GAP = 26,
    SOS_GOALS = 27,
    SOS_CHILD_VIEW = 28,
    QA_AUDIT_GOOD = 30,
    QA_AUDIT_GRADE1 = 31,
    QA_AUDIT_GRADE2 = 32,
    QA_AUDIT_GRADE3 = 33,
    QA_AUDIT_GRADE4 = 34,
    WF_TRAINED = 40,
    WF_LEADERS = 41,
    WF_TURNOVER = 42,
    WF_AGENCY = 43,
}
#pragma warning restore CA1707
