using System.CommandLine;
using Consortium.Synthetic;
using Consortium.Web.Hosting;

namespace Consortium.Web.Operations;

/// <summary>Where a command writes: results to output, problems to error.</summary>
public sealed record OperatorConsole(TextWriter Out, TextWriter Error);
