using Consortium.Practice.Outcomes;
using Consortium.Practice.Data;
using Consortium.Tenancy.Options;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Settings;

public sealed record CurrentSettings<T>(T Settings, int Version);
