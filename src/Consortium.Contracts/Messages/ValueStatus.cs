using System.Text.Json.Serialization;

namespace Consortium.Contracts.Messages;

/// <summary>The Department's symbols for a value that is not a number.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ValueStatus>))]
public enum ValueStatus
{
    Available = 0,
    /// <summary><c>c</c>: a count from 1 to the authority's threshold, or anything built on one.</summary>
    Suppressed = 1,
    /// <summary><c>z</c>: not applicable (no denominator, nothing to take a median of).</summary>
    NotApplicable = 2,
    /// <summary><c>x</c>: not available (the data this needs is not recorded).</summary>
    Unavailable = 3,
}
