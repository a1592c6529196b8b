namespace Consortium.Hub.Published;

/// <summary>How a catalogue indicator stands to the Department's published series.</summary>
public enum PublishedMatch
{
    /// <summary>The Department publishes nothing that measures it.</summary>
    NotPublished,

    /// <summary>The same definition: the numbers are comparable as they stand.</summary>
    Same,

    /// <summary>A close measure that differs in a stated way.</summary>
    Close,
}
