using System;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace Atoll.Embedding.Tests;

/// <summary>A dedicated thread for the side of a test that blocks. An exception on it is kept and rethrown by
/// <see cref="Join"/> (an unhandled one would end the test process).</summary>
internal sealed class Worker
{
    private readonly Thread _thread;
    private Exception? _error;

    public Worker(Action body)
    {
        _thread = new Thread(() =>
        {
            try
            {
                body();
            }
#pragma warning disable CA1031 // kept for Join, which rethrows it on the test's thread
            catch (Exception e)
#pragma warning restore CA1031
            {
                _error = e;
            }
        });
    }

    public void Start() => _thread.Start();

    public void Join()
    {
        _thread.Join();
        if (_error != null)
            ExceptionDispatchInfo.Capture(_error).Throw();
    }
}
