using System.Diagnostics;

namespace Consortium.Integration.Tests;

/// <summary>Polling for what other processes bring about.</summary>
internal static class Wait
{
    /// <summary>Waits until the condition holds (for <paramref name="steadyFor"/> without a break, when given).</summary>
    public static async Task Until(Func<bool> condition, TimeSpan timeout, Func<string> what, TimeSpan? steadyFor = null, TimeSpan? poll = null)
    {
        var clock = Stopwatch.StartNew();
        var heldSince = (TimeSpan?)null;
        while (true)
        {
            if (condition())
            {
                heldSince ??= clock.Elapsed;
                if (clock.Elapsed - heldSince >= (steadyFor ?? TimeSpan.Zero))
                {
                    return;
                }
            }
            else
            {
                heldSince = null;
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds} s for {what()}.");
            }

            await Task.Delay(poll ?? TimeSpan.FromMilliseconds(250));
        }
    }
}
