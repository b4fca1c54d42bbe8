using System;
using System.Threading;

namespace Atoll.Syntax.Tests.Fuzz;

/// <summary>
/// Runs front-end work on a dedicated thread with a chosen stack size and a time limit, so a hang is reported as a
/// failure instead of stalling the test run. A stack overflow would still end the process: that is what the stack
/// guard must prevent, and the tests that use this class exist to show it does.
/// </summary>
internal static class BoundedRun
{
    /// <summary>The stack of an ordinary .NET thread (and of xunit's test threads).</summary>
    public const int SmallStack = 1024 * 1024;

    /// <summary>The stack the <c>atoll</c> command gives the threads that run Python code.</summary>
    public const int LargeStack = 256 * 1024 * 1024;

    /// <summary>Runs <paramref name="work"/>; false if it did not finish within <paramref name="timeout"/>. A thread
    /// that does not finish is left behind as a background thread (it cannot be stopped safely).</summary>
    public static bool TryRun(Action work, int stackSize, TimeSpan timeout, out Exception? error)
    {
        Exception? caught = null;
        var thread = new Thread(() =>
        {
            try
            {
                work();
            }
#pragma warning disable CA1031 // any exception is the result under test; the caller judges it
            catch (Exception e)
#pragma warning restore CA1031
            {
                caught = e;
            }
        }, stackSize)
        { IsBackground = true, Name = "front-end under test" };
        thread.Start();
        bool finished = thread.Join(timeout);
        error = finished ? caught : null;
        return finished;
    }
}
