using System;
using System.IO;
using System.Text;
using System.Threading;
using Atoll.Runtime.Objects;
using Xunit;

namespace Atoll.Runtime.Tests;

/// <summary>
/// Weak reference callbacks and threads (what the golden programs cannot show, since CPython runs callbacks at once,
/// in the thread that drops the last reference): a callback is queued by the .NET finalizer thread to the interpreter
/// that owns the weak reference and runs on a thread holding that interpreter's lock, at its next check, even when
/// another interpreter did the collection; interpreters creating and dropping weak references at the same time see
/// only their own callbacks. <c>__del__</c> goes the same way.
/// </summary>
public class WeakRefTests
{
    private static void Run(Interpreter interp, string code) => interp.RunMain(Encoding.UTF8.GetBytes(code), "<test>", isFile: false);

    private static PyObject Global(Interpreter interp, string name)
        => interp.Main.Dict.TryGetStr(name, out var v) ? v : throw new InvalidOperationException(name + " is not defined");

    private static void OnThread(Action action)
    {
        Exception? failure = null;
        var t = new Thread(() =>
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, 16 * 1024 * 1024);
        t.Start();
        t.Join();
        if (failure != null)
            throw new InvalidOperationException("thread failed", failure);
    }

    // Full collections until the interpreter has a queued call (a referent is normally gone after the first).
    private static void CollectUntilQueued(Interpreter interp)
    {
        for (int i = 0; i < 10 && interp.PendingCallsOrNull is not { HasItems: true }; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        Assert.True(interp.PendingCallsOrNull is { HasItems: true }, "the callback was not queued");
    }

    private const string MakeDeadRef = """
        import weakref, _thread
        fired = []
        class O:
            pass
        def make():
            o = O()
            return weakref.ref(o, lambda w: fired.append((_thread.get_ident(), w() is None)))
        r = make()
        """;

    [Fact]
    public void A_callback_is_queued_by_the_collector_and_run_by_the_next_thread_that_holds_the_lock()
    {
        var interp = new Interpreter(TextWriter.Null, TextWriter.Null);
        // The weak reference is made on one thread, the collection happens on the test thread (outside the
        // interpreter), and another thread then enters: the callback runs there, at its first check. The first thread
        // stays alive meanwhile, so the second one cannot reuse its managed id (and thread state).
        using var setupDone = new ManualResetEventSlim();
        using var checkDone = new ManualResetEventSlim();
        var first = new Thread(() =>
        {
            Run(interp, MakeDeadRef);
            setupDone.Set();
            checkDone.Wait();
        }, 16 * 1024 * 1024);
        first.Start();
        setupDone.Wait();
        CollectUntilQueued(interp);
        var fired = (PyList)Global(interp, "fired");
        Assert.Equal(0, fired.Count); // not run by the finalizer thread
        OnThread(() =>
        {
            Run(interp, "for i in range(2):\n    pass\nresult = fired == [(_thread.get_ident(), True)]\n");
        });
        checkDone.Set();
        first.Join();
        Assert.Equal(1, fired.Count);
        Assert.Same(PyBool.True, Global(interp, "result"));
        Assert.False(interp.PendingCallsOrNull!.HasItems);
    }

    [Fact]
    public void A_callback_runs_in_the_interpreter_owning_the_weak_reference_even_when_another_one_collects()
    {
        var errA = new StringWriter { NewLine = "\n" };
        var errB = new StringWriter { NewLine = "\n" };
        var a = new Interpreter(TextWriter.Null, errA);
        var b = new Interpreter(TextWriter.Null, errB);
        Run(a, """
            import weakref, sys
            owner_modules = sys.modules
            ran = []
            class Failing:
                def __repr__(self):
                    return 'failing callback of A'
                def __call__(self, w):
                    import sys
                    ran.append(sys.modules is owner_modules)
                    raise KeyError('from A')
            class O:
                pass
            def make():
                return weakref.ref(O(), Failing())
            r = make()
            """);
        Run(b, "import gc\ngc.collect()\n");
        // B's collection ran A's finalizer, which only queued the callback to A.
        Assert.Equal("", errB.ToString());
        Assert.Equal("", errA.ToString());
        CollectUntilQueued(a);
        Run(a, "for i in range(2):\n    pass\n");
        Assert.Equal("", errB.ToString());
        Assert.StartsWith("Exception ignored in: failing callback of A\nTraceback (most recent call last):\n", errA.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("KeyError: 'from A'\n", errA.ToString(), StringComparison.Ordinal);
        var ran = (PyList)Global(a, "ran");
        Assert.Equal(1, ran.Count);
        Assert.Same(PyBool.True, ran[0]);
    }

    [Fact]
    public void A_shared_object_has_separate_weak_references_in_each_interpreter()
    {
        var a = new Interpreter(TextWriter.Null, TextWriter.Null);
        var b = new Interpreter(TextWriter.Null, TextWriter.Null);
        Run(a, "shared = frozenset({1, 2, 3})");
        var shared = Global(a, "shared");
        b.Enter(() =>
        {
            b.Main.Dict.SetStr("shared", shared); // a shareable object crosses by reference
            return 0;
        });
        const string code = """
            import weakref, gc
            seen = []
            refs = [weakref.ref(shared, seen.append), weakref.ref(shared, seen.append)]
            count = weakref.getweakrefcount(shared)
            """;
        Run(a, code);
        Run(b, code + "\nb_only = weakref.ref(shared)\n");
        Assert.Equal(2L, ((PyInt)Global(a, "count")).Value);
        Assert.Equal(2L, ((PyInt)Global(b, "count")).Value);
        Run(b, "count = weakref.getweakrefcount(shared)");
        Assert.Equal(3L, ((PyInt)Global(b, "count")).Value);
        Run(a, "count = weakref.getweakrefcount(shared)");
        Assert.Equal(2L, ((PyInt)Global(a, "count")).Value);
        // Both drop the object: each interpreter's callbacks run in it, with its own weak references.
        Run(a, "del shared");
        Run(b, "del shared, b_only");
        shared = null!;
        Run(a, "gc.collect()\nok = len(seen) == 2 and all(w in refs for w in seen)");
        Run(b, "gc.collect()\nok = len(seen) == 2 and all(w in refs for w in seen)");
        Assert.Same(PyBool.True, Global(a, "ok"));
        Assert.Same(PyBool.True, Global(b, "ok"));
    }

    // __del__ is tested here rather than in the golden programs, whose rules keep garbage collection timing out.
    [Fact]
    public void Del_runs_once_after_collection_before_the_weak_reference_callbacks_and_errors_are_reported()
    {
        const string code = """
            import gc, weakref
            class R:
                def __init__(self, n):
                    self.n = n
                def __del__(self):
                    print('del', self.n)
            class Bad:
                def __del__(self):
                    raise ValueError('in del')
            saved = []
            class Phoenix(R):
                def __del__(self):
                    print('phoenix', self.n)
                    saved.append(self)
            a = R(1)
            w = weakref.ref(a, lambda r: print('callback', r() is None))
            del a
            gc.collect()
            print('after a')
            def scope():
                local = R(2)
            scope()
            gc.collect()
            x = Bad()
            del x
            gc.collect()
            p = Phoenix(3)
            del p
            gc.collect()
            print(saved[0].n)
            saved.clear()
            gc.collect()
            print('end')
            """;
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int status = global::Atoll.Cli.Program.Run(["-c", code], stdout, stderr);
        Assert.Equal(0, status);
        Assert.Equal("del 1\ncallback True\nafter a\ndel 2\nphoenix 3\n3\nend\n", stdout.ToString());
        Assert.StartsWith("Exception ignored in: <function Bad.__del__ at 0x", stderr.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("ValueError: in del\n", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_interpreters_create_and_drop_weak_references_at_the_same_time()
    {
        const string code = """
            import gc, sys, weakref
            modules = sys.modules
            count = 0
            wrong = 0
            def died(w):
                global count, wrong
                import sys
                if sys.modules is not modules or w() is not None:
                    wrong += 1
                count += 1
            class O:
                pass
            keep = []
            values = weakref.WeakValueDictionary()
            made = 0
            for i in range(20000):
                o = O()
                keep.append(weakref.ref(o, died))
                values[i] = o
                made += 1
                if i % 2000 == 0:
                    gc.collect()
            del o
            gc.collect()
            result = (made, count, wrong, len(values))
            """;
        var interps = new[] { new Interpreter(TextWriter.Null, TextWriter.Null), new Interpreter(TextWriter.Null, TextWriter.Null) };
        var start = new Barrier(interps.Length);
        var failures = new Exception?[interps.Length];
        var threads = new Thread[interps.Length];
        for (int i = 0; i < interps.Length; i++)
        {
            int k = i;
            threads[k] = new Thread(() =>
            {
                try
                {
                    start.SignalAndWait();
                    Run(interps[k], code);
                }
                catch (Exception e)
                {
                    failures[k] = e;
                }
            }, 16 * 1024 * 1024);
            threads[k].Start();
        }
        foreach (var t in threads)
            t.Join();
        for (int i = 0; i < interps.Length; i++)
        {
            Assert.Null(failures[i]);
            var r = (PyTuple)Global(interps[i], "result");
            Assert.Equal("(20000, 20000, 0, 0)", interps[i].Enter(() => Ops.Repr(r)));
        }
    }
}
