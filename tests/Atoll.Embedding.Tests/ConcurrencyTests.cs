using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading;
using Atoll.Hosting;
using Xunit;

namespace Atoll.Embedding.Tests;

/// <summary>
/// Many threads on many interpreters. Every assertion is about results, never about time; threads start together on
/// a barrier and hand over with queue items, never with sleeps.
/// </summary>
public class ConcurrencyTests
{
    private static PythonInterpreter Quiet() => PythonInterpreter.Create(TextWriter.Null, TextWriter.Null);

    [Fact]
    public void ManyThreadsExecOnManyInterpreters()
    {
        const int Interpreters = 4, Threads = 8, CallsPerThread = 100;
        var interps = Enumerable.Range(0, Interpreters).Select(_ => Quiet()).ToArray();
        try
        {
            foreach (var py in interps)
                py.Exec("count = 0\nseen = []");
            var errors = new ConcurrentQueue<Exception>();
            using var start = new Barrier(Threads);
            var threads = Enumerable.Range(0, Threads).Select(t => new Worker(() =>
            {
                start.SignalAndWait();
                try
                {
                    for (int k = 0; k < CallsPerThread; k++)
                    {
                        var py = interps[(t + k) % Interpreters];
                        // Read-modify-write across a whole call: exact only if calls on one interpreter take turns.
                        py.Exec("n = count\nseen.append(n)\ncount = n + 1");
                        py.SetGlobal($"last_{t}", k);
                        if ((long)py.Eval($"last_{t}")! != k)
                            throw new InvalidOperationException("lost a global");
                    }
                }
                catch (Exception e)
                {
                    errors.Enqueue(e);
                }
            })).ToArray();
            foreach (var th in threads)
                th.Start();
            foreach (var th in threads)
                th.Join();
            Assert.Empty(errors);
            const long PerInterpreter = Threads * CallsPerThread / Interpreters;
            foreach (var py in interps)
            {
                Assert.Equal(PerInterpreter, py.GetGlobal("count"));
                Assert.Equal(Enumerable.Range(0, (int)PerInterpreter).Select(i => (object?)(long)i), (object?[])py.GetGlobal("seen")!);
            }
        }
        finally
        {
            foreach (var py in interps)
                py.Dispose();
        }
    }

    [Fact]
    public void CallsOnOneInterpreterTakeTurns()
    {
        using var py = Quiet();
        using var started = PythonQueue.Create();
        using var release = PythonQueue.Create();
        py.SetGlobal("started", started);
        py.SetGlobal("release", release);
        py.Exec("order = []");
        var first = new Worker(() => py.Exec("started.put(1)\nrelease.get()\norder.append('first')"));
        first.Start();
        Assert.Equal(1L, started.Get()); // the first call is inside, blocked on `release`
        var second = new Worker(() => py.Exec("order.append('second')"));
        second.Start();                  // waits for its turn (it does not fail with "interpreter running")
        release.Put(null);
        first.Join();
        second.Join();
        Assert.Equal(new object?[] { "first", "second" }, py.GetGlobal("order"));
    }

    [Fact]
    public void CloseWaitsForTheRunningCall()
    {
        var py = Quiet();
        using var started = PythonQueue.Create();
        using var release = PythonQueue.Create();
        py.SetGlobal("started", started);
        py.SetGlobal("release", release);
        var runner = new Worker(() => py.Exec("started.put(1)\nrelease.get()"));
        runner.Start();
        Assert.Equal(1L, started.Get());
        var closer = new Worker(py.Close);
        closer.Start();
        release.Put(null);
        runner.Join(); // the running call finished normally: it was not closed under its feet
        closer.Join();
        Assert.True(py.IsClosed);
    }

    [Fact]
    public void TwoInterpretersRunCpuBoundCodeAtTheSameTime()
    {
        const string Work = """
            def work(n, me, other):
                # Rendezvous: each side spins (runs Python code) until the other has put its token, so both are
                # running at once; then each does CPU-bound work.
                other.put(1)
                while me.qsize() == 0:
                    pass
                me.get()
                total = 0
                for i in range(n):
                    total += i * i % 7
                return total
            """;
        using var a = Quiet();
        using var b = Quiet();
        using var qa = PythonQueue.Create();
        using var qb = PythonQueue.Create();
        a.Exec(Work);
        b.Exec(Work);
        const int N = 200_000;
        long expected = Enumerable.Range(0, N).Sum(i => (long)i * i % 7);
        object? ra = null, rb = null;
        using var start = new Barrier(2);
        var ta = new Worker(() =>
        {
            start.SignalAndWait();
            ra = a.Call("work", N, qa, qb);
        });
        var tb = new Worker(() =>
        {
            start.SignalAndWait();
            rb = b.Call("work", N, qb, qa);
        });
        ta.Start();
        tb.Start();
        ta.Join();
        tb.Join();
        Assert.Equal(expected, ra);
        Assert.Equal(expected, rb);
    }

    [Fact]
    public void ManyThreadsShareOneQueue()
    {
        const int Producers = 4, Items = 500;
        using var q = PythonQueue.Create(maxSize: 16);
        using var py = Quiet();
        py.SetGlobal("q", q);
        py.Exec("def drain(n):\n    total = 0\n    for _ in range(n):\n        total += q.get()\n    return total");
        object? total = null;
        var consumer = new Worker(() => total = py.Call("drain", Producers * Items));
        consumer.Start();
        var producers = Enumerable.Range(0, Producers).Select(p => new Worker(() =>
        {
            for (int i = 0; i < Items; i++)
                q.Put(p * Items + i);
        })).ToArray();
        foreach (var t in producers)
            t.Start();
        foreach (var t in producers)
            t.Join();
        consumer.Join();
        long n = Producers * Items;
        Assert.Equal(n * (n - 1) / 2, total);
    }

    [Fact]
    public void InterpretersAreCreatedAndClosedFromManyThreads()
    {
        const int Threads = 6, Rounds = 10;
        var errors = new ConcurrentQueue<Exception>();
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Worker(() =>
        {
            start.SignalAndWait();
            try
            {
                for (int r = 0; r < Rounds; r++)
                {
                    using var py = Quiet();
                    py.SetGlobal("t", t);
                    if ((long)py.Eval("t * 10 + 1")! != t * 10 + 1)
                        throw new InvalidOperationException("wrong result");
                }
            }
            catch (Exception e)
            {
                errors.Enqueue(e);
            }
        })).ToArray();
        foreach (var th in threads)
            th.Start();
        foreach (var th in threads)
            th.Join();
        Assert.Empty(errors);
    }
}
