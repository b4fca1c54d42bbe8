using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Atoll.Hosting;
using Xunit;

namespace Atoll.Embedding.Tests;

/// <summary><see cref="PythonQueue"/> used from .NET and from Python in several interpreters. Blocking is tested
/// with the blocked side on a dedicated thread and signals (queue items), never sleeps.</summary>
public class QueueTests
{
    private static PythonInterpreter Quiet() => PythonInterpreter.Create(TextWriter.Null, TextWriter.Null);

    [Fact]
    public void ItemsComeOutInOrder()
    {
        using var q = PythonQueue.Create();
        Assert.Equal(0, q.Count);
        Assert.Equal(0, q.MaxSize);
        Assert.True(q.Id > 0);
        object?[] values = [1, "two", 3.0, null, true, new byte[] { 4 }, new object?[] { 5, "six" }, BigIntegerValue];
        foreach (var v in values)
            q.Put(v);
        Assert.Equal(values.Length, q.Count);
        object?[] expected = [1L, "two", 3.0, null, true, new byte[] { 4 }, new object?[] { 5L, "six" }, BigIntegerValue];
        foreach (var e in expected)
            Assert.Equal(e, q.Get());
        Assert.Equal(0, q.Count);
    }

    private static readonly System.Numerics.BigInteger BigIntegerValue = System.Numerics.BigInteger.Pow(10, 40);

    [Fact]
    public void TryGetAndTryPutDoNotWait()
    {
        using var q = PythonQueue.Create(maxSize: 2);
        Assert.Equal(2, q.MaxSize);
        Assert.False(q.TryGet(out var v));
        Assert.Null(v);
        Assert.True(q.TryPut(1));
        Assert.True(q.TryPut(2));
        Assert.False(q.TryPut(3));
        Assert.True(q.TryGet(out v));
        Assert.Equal(1L, v);
    }

    [Fact]
    public void TimeoutsEndWaits()
    {
        using var q = PythonQueue.Create(maxSize: 1);
        Assert.Throws<TimeoutException>(() => q.Get(TimeSpan.Zero));
        Assert.Throws<TimeoutException>(() => q.Get(TimeSpan.FromMilliseconds(20)));
        q.Put("x", TimeSpan.Zero);
        Assert.Throws<TimeoutException>(() => q.Put("y", TimeSpan.Zero));
        Assert.Throws<TimeoutException>(() => q.Put("y", TimeSpan.FromMilliseconds(20)));
        Assert.Throws<ArgumentOutOfRangeException>(() => q.Get(TimeSpan.FromSeconds(-2)));
        Assert.Throws<ArgumentOutOfRangeException>(() => q.Put(1, TimeSpan.FromSeconds(-2)));
        Assert.Equal("x", q.Get(Timeout.InfiniteTimeSpan));
    }

    [Fact]
    public void CancellationEndsAWait()
    {
        using var q = PythonQueue.Create();
        using var cts = new CancellationTokenSource();
        Exception? caught = null;
        var waiter = new Worker(() =>
        {
            try
            {
                q.Get(cancellationToken: cts.Token);
            }
            catch (OperationCanceledException e)
            {
                caught = e;
            }
        });
        waiter.Start();
        cts.Cancel();
        waiter.Join();
        Assert.IsAssignableFrom<OperationCanceledException>(caught);
        q.Put(1);
        Assert.Equal(1L, q.Get()); // the cancelled wait took nothing
    }

    [Fact]
    public void ABlockedGetWakesWhenPythonPuts()
    {
        using var py = Quiet();
        using var q = PythonQueue.Create();
        object? got = null;
        var getter = new Worker(() => got = q.Get());
        getter.Start();
        py.SetGlobal("q", q);
        py.Exec("q.put(('from python', 1))");
        getter.Join();
        Assert.Equal(new object?[] { "from python", 1L }, got);
    }

    [Fact]
    public void ABlockedPythonGetWakesWhenDotNetPuts()
    {
        using var py = Quiet();
        using var q = PythonQueue.Create();
        using var ready = PythonQueue.Create();
        py.SetGlobal("q", q);
        py.SetGlobal("ready", ready);
        var runner = new Worker(() => py.Exec("ready.put(True)\ngot = q.get()"));
        runner.Start();
        Assert.Equal(true, ready.Get());
        q.Put(new[] { 1, 2, 3 });
        runner.Join();
        Assert.Equal(new object?[] { 1L, 2L, 3L }, py.GetGlobal("got"));
    }

    [Fact]
    public void ABlockedPutWakesWhenPythonGets()
    {
        using var py = Quiet();
        using var q = PythonQueue.Create(maxSize: 1);
        q.Put("first");
        var putter = new Worker(() => q.Put("second"));
        putter.Start();
        py.SetGlobal("q", q);
        Assert.Equal("first", py.Eval("q.get()"));
        putter.Join();
        Assert.Equal("second", q.Get());
    }

    [Fact]
    public void PythonSeesTheQueue()
    {
        using var py = Quiet();
        using var q = PythonQueue.Create(maxSize: 3);
        py.SetGlobal("q", q);
        py.Exec("from concurrent import interpreters\nfrom concurrent.interpreters import _queues");
        Assert.Equal("Queue", py.Eval("type(q).__name__"));
        Assert.Equal(q.Id, py.Eval("q.id"));
        Assert.Equal(3L, py.Eval("q.maxsize"));
        Assert.Equal(true, py.Eval("q in _queues.list_all()"));
        q.Put(7);
        Assert.Equal(1L, py.Eval("q.qsize()"));
        Assert.Equal(7L, py.Eval("q.get_nowait()"));
        Assert.Equal("QueueEmpty", Assert.Throws<PythonException>(() => py.Exec("q.get_nowait()")).PythonTypeName);
    }

    [Fact]
    public void QueuesComeBackFromPythonAsTheSameQueue()
    {
        using var py = Quiet();
        using var q = PythonQueue.Create();
        py.SetGlobal("q", q);
        var back = Assert.IsType<PythonQueue>(py.GetGlobal("q"));
        Assert.Equal(q, back);
        Assert.Equal(q.GetHashCode(), back.GetHashCode());
        Assert.True(q.Equals((object)back));
        Assert.False(q.Equals(null));
        Assert.Equal($"PythonQueue({q.Id})", q.ToString());
        back.Put("via the copy");
        Assert.Equal("via the copy", q.Get());
    }

    [Fact]
    public void QueuesMadeByPythonWorkFromDotNet()
    {
        using var py = Quiet();
        py.Exec("from concurrent import interpreters\nq = interpreters.create_queue()\nq.put('made in python')");
        var q = Assert.IsType<PythonQueue>(py.GetGlobal("q"));
        Assert.Equal("made in python", q.Get());
        q.Put(123);
        Assert.Equal(123L, py.Eval("q.get()"));
    }

    [Fact]
    public void AQueueCanTravelThroughAQueue()
    {
        using var py = Quiet();
        using var outer = PythonQueue.Create();
        using var inner = PythonQueue.Create();
        outer.Put(inner);
        py.SetGlobal("outer", outer);
        py.Exec("inner = outer.get()\ninner.put('through')");
        Assert.Equal("through", inner.Get());
    }

    [Fact]
    public void DotNetAndTwoInterpretersPassItemsAlong()
    {
        using var a = Quiet();
        using var b = Quiet();
        using var toA = PythonQueue.Create();
        using var toB = PythonQueue.Create(maxSize: 4);
        using var toHost = PythonQueue.Create();
        const string Pump = "def pump(step):\n    while (x := inbox.get()) is not None:\n        outbox.put(step(x))\n    outbox.put(None)";
        a.SetGlobal("inbox", toA);
        a.SetGlobal("outbox", toB);
        a.Exec(Pump + "\ndef step(x):\n    return x * 2");
        b.SetGlobal("inbox", toB);
        b.SetGlobal("outbox", toHost);
        b.Exec(Pump + "\ndef step(x):\n    return (x + 1, str(x))");
        var ta = new Worker(() => a.Exec("pump(step)"));
        var tb = new Worker(() => b.Exec("pump(step)"));
        ta.Start();
        tb.Start();
        const int N = 200;
        for (int i = 0; i < N; i++)
            toA.Put(i);
        toA.Put(null);
        var results = new List<object?>();
        object? item;
        while ((item = toHost.Get()) != null)
            results.Add(item);
        ta.Join();
        tb.Join();
        Assert.Equal(N, results.Count);
        for (int i = 0; i < N; i++)
            Assert.Equal(new object?[] { 2L * i + 1, (2 * i).ToString(System.Globalization.CultureInfo.InvariantCulture) }, results[i]);
    }

    [Fact]
    public void ItemsOfAClosedInterpreterBecomeUnbound()
    {
        using var q = PythonQueue.Create();
        var py = Quiet();
        py.SetGlobal("q", q);
        py.Exec("q.put('lost')");
        q.Put("kept");
        py.Close();
        Assert.Same(PythonQueue.Unbound, q.Get());
        Assert.Equal("kept", q.Get());
        Assert.Equal("UNBOUND", PythonQueue.Unbound.ToString());
    }

    [Fact]
    public void UnboundErrorItemsRaise()
    {
        using var q = PythonQueue.Create();
        var py = Quiet();
        py.SetGlobal("q", q);
        py.Exec("from concurrent.interpreters import _queues\nq.put('lost', unbounditems=_queues.UNBOUND_ERROR)\nq.put('gone', unbounditems=_queues.UNBOUND_REMOVE)");
        py.Close();
        Assert.Equal(1, q.Count);
        var e = Assert.Throws<PythonException>(() => q.Get());
        Assert.Equal("ItemInterpreterDestroyed", e.PythonTypeName);
    }

    [Fact]
    public void ClosingAQueueEndsItForEveryone()
    {
        using var py = Quiet();
        var q = PythonQueue.Create();
        py.SetGlobal("q", q);
        Exception? caught = null;
        using var started = new ManualResetEventSlim();
        var getter = new Worker(() =>
        {
            try
            {
                started.Set();
                q.Get();
            }
            catch (ObjectDisposedException e)
            {
                caught = e;
            }
        });
        getter.Start();
        started.Wait();
        q.Close();
        getter.Join();
        Assert.IsType<ObjectDisposedException>(caught);
        Assert.True(q.IsClosed);
        Assert.Throws<ObjectDisposedException>(() => q.Put(1));
        Assert.Throws<ObjectDisposedException>(() => q.TryGet(out _));
        Assert.Equal("QueueNotFoundError", Assert.Throws<PythonException>(() => py.Exec("q.put(1)")).PythonTypeName);
        py.Exec("from concurrent.interpreters import _queues");
        Assert.Equal(false, py.Eval("q in _queues.list_all()"));
        q.Dispose();
    }

    [Fact]
    public void UnsupportedValuesAreRefused()
    {
        using var q = PythonQueue.Create();
        var e = Assert.Throws<ArgumentException>(() => q.Put(new object()));
        Assert.Contains("System.Object", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => q.Put(new object[] { 1, DateTime.Now }));
        Assert.Equal(0, q.Count);
    }

    [Fact]
    public void PythonValuesWithoutDotNetEquivalentAreTakenOutAndRefused()
    {
        using var py = Quiet();
        using var q = PythonQueue.Create();
        py.SetGlobal("q", q);
        py.Exec("q.put(len)\nq.put(1)");
        Assert.Throws<InvalidCastException>(() => q.Get());
        Assert.Equal(1L, q.Get());
    }

    [Fact]
    public void DictionariesAndListsAreCopiedThroughQueues()
    {
        using var py = Quiet();
        using var q = PythonQueue.Create();
        py.SetGlobal("q", q);
        q.Put(new Dictionary<string, object?> { ["a"] = new[] { 1, 2 } });
        Assert.Equal("{'a': (1, 2)}", py.Eval("repr(q.get())"));
        py.Exec("q.put({'k': [1, {'n': None}]})");
        var d = Assert.IsType<Dictionary<object, object?>>(q.Get());
        Assert.Equal(new object?[] { 1L, new Dictionary<object, object?> { ["n"] = null } }, d["k"]);
    }
}
