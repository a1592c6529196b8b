namespace Consortium.Practice.Settings;

/// <summary>A problem with one setting: its dotted path and a message for the person who set it.</summary>
public sealed record SettingsProblem(string Field, string Message);
