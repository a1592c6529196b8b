using Consortium.Practice.Outcomes;
using Consortium.Practice.Settings;
using Consortium.Tenancy;

namespace Consortium.Practice.Programme;

/// <summary>The programme timeline as versioned settings: each save is kept with who made it.</summary>
public sealed class ProgrammeTimelineKind : ISettingsKind<ProgrammeTimeline>
{
    public string Kind => "ProgrammeTimeline";

    public ProgrammeTimeline Initial(TenantInfo tenant) => DefaultProgrammeTimeline.For(tenant);

    public IReadOnlyList<FieldError> Validate(ProgrammeTimeline settings) => ProgrammeTimelineValidator.Validate(settings);
}
