namespace Consortium.Practice.Staff.Import;

/// <summary>What importing one row of an HR file does to the directory: the person, and for a change what it changes.</summary>
public sealed record HrChange(int Row, string Name, string SignInName, IReadOnlyList<string> Changes);
