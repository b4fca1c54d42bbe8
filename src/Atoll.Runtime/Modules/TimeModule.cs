using System;
using System.Diagnostics;
using Atoll.Runtime.Objects;
using Atoll.Runtime.Threading;

namespace Atoll.Runtime.Modules;

/// <summary>The <c>time</c> module: clocks and <c>sleep</c> (which lets the interpreter's other threads run).</summary>
internal static class TimeModule
{
    public static readonly NativeModuleDef Def = new("time", m =>
    {
        m.Fn0("time", () => new PyFloat(UnixNs() / 1e9));
        m.Fn0("time_ns", () => PyInt.From(UnixNs()));
        m.Fn0("monotonic", () => new PyFloat(MonotonicNs() / 1e9));
        m.Fn0("monotonic_ns", () => PyInt.From(MonotonicNs()));
        m.Fn0("perf_counter", () => new PyFloat(MonotonicNs() / 1e9));
        m.Fn0("perf_counter_ns", () => PyInt.From(MonotonicNs()));
        m.Fn0("process_time", () => new PyFloat(Process.GetCurrentProcess().TotalProcessorTime.Ticks / 1e7));
        m.Fn0("process_time_ns", () => PyInt.From(Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100));
        m.Fn0("thread_time", () => new PyFloat(ThreadTimeNs() / 1e9));
        m.Fn0("thread_time_ns", () => PyInt.From(ThreadTimeNs()));
        m.Fn1("sleep", secs =>
        {
            double s = ThreadTypes.Seconds(secs);
            if (s < 0)
                throw Err.Value("sleep length must be non-negative");
            Sleep(s);
            return PyNone.Instance;
        });
    });

    private static long UnixNs() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;

    private static long MonotonicNs() => (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));

    private static long ThreadTimeNs()
    {
        // .NET exposes no per-thread CPU clock; the process clock is the closest portable answer.
        return Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100;
    }

    /// <summary>Sleeps with the interpreter lock released; Ctrl-C ends the sleep with KeyboardInterrupt.</summary>
    private static void Sleep(double seconds)
    {
        var ts = ThreadState.Current;
        if (seconds == 0)
        {
            ts.Interp.Lock.Release();
            System.Threading.Thread.Yield();
            ts.Interp.Lock.Acquire(ts);
            return;
        }
        ts.WaitUntil(new object(), static () => false, seconds, spin: false);
    }
}
