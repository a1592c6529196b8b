namespace Consortium.Practice.Policy;

/// <summary>Settings that belong together, shown as one fieldset on the administration form.</summary>
public sealed record PolicySettingGroup(string Legend, IReadOnlyList<PolicySetting> Settings);
