using System.CommandLine;
using Consortium.Hub.Data;
using Consortium.Practice.Data;
using Consortium.Web.Hosting;

namespace Consortium.Web.Operations;

/// <summary>Reports progress on the caller's thread, in order (Progress&lt;T&gt; posts to the thread pool).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
