namespace Consortium.Practice.Staff;

/// <summary>What a person's sign-in found in the staff directory.</summary>
public enum SignInMatch
{
    /// <summary>Their subject is already on a staff record.</summary>
    AlreadyLinked,

    /// <summary>One current record without a subject had their sign-in name; their subject is now on it.</summary>
    Linked,

    /// <summary>No current record without a subject has any of their names; they carry on as before.</summary>
    NoRecord,

    /// <summary>Their names fit more than one record; none is linked, and an administrator must put it right.</summary>
    Ambiguous,
}
