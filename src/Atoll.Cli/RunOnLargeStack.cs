using System;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace Atoll.Cli;

/// <summary>
/// Runs work on a thread with a large stack (as the design asks for every thread that runs Python code), so deep
/// but legal programs have room; the stack guards turn anything deeper into Python errors.
/// </summary>
internal sealed class RunOnLargeStack
{
    private const int StackSize = 256 * 1024 * 1024;
    private int _result;
    private ExceptionDispatchInfo? _error;

    public RunOnLargeStack(Func<int> work)
    {
        var t = new Thread(() =>
        {
            try
            {
                _result = work();
            }
#pragma warning disable CA1031 // rethrown on the calling thread
            catch (Exception e)
#pragma warning restore CA1031
            {
                _error = ExceptionDispatchInfo.Capture(e);
            }
        }, StackSize);
        t.Start();
        t.Join();
        _error?.Throw();
    }

    public int Result => _result;
}
