using System;
using System.IO;
using System.Text;
using System.Threading;
using Atoll.Runtime.Hosting;
using Xunit;

namespace Atoll.Runtime.Tests;

/// <summary>
/// Python code never kills the process (DESIGN.md invariant 3): deep recursion of every kind ends in RecursionError,
/// even on a thread with a small stack, and Ctrl-C interrupts an infinite loop.
/// </summary>
public class RobustnessTests
{
    private static (int Status, string Out, string Err) Run(string code, int stackSize = 256 * 1024 * 1024)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int status = -1;
        var t = new Thread(() => status = PythonMain.Run(Encoding.UTF8.GetBytes(code), "<string>", ["-c"], "", false, stdout, stderr, TextReader.Null), stackSize);
        t.Start();
        t.Join();
        return (status, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("def f(n): return f(n + 1)\nf(0)")]
    [InlineData("def a(n): return b(n)\ndef b(n): return a(n)\na(0)")]
    [InlineData("class R:\n    def __repr__(self): return repr(self)\nrepr(R())")]
    [InlineData("class E:\n    def __eq__(self, o): return self == o\nE() == E()")]
    [InlineData("class G:\n    def __getattr__(self, n): return self.x\nG().y")]
    [InlineData("def g():\n    yield from g()\nnext(g())")]
    [InlineData("l = []\nfor i in range(200000):\n    l = [l]\nrepr(l)")]
    public void Deep_recursion_raises_RecursionError(string code)
    {
        var (status, _, err) = Run(code);
        Assert.Equal(1, status);
        Assert.Contains("RecursionError: maximum recursion depth exceeded", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Hash_of_a_very_deep_tuple_does_not_crash()
    {
        // CPython itself overflows its C stack here; Atoll either computes it or raises RecursionError.
        var (status, output, err) = Run("t = ()\nfor i in range(200000):\n    t = (t,)\nprint(type(hash(t)).__name__)", stackSize: 4 * 1024 * 1024);
        Assert.True(status == 0 && output == "int\n" || status == 1 && err.Contains("RecursionError", StringComparison.Ordinal), err);
    }

    [Theory]
    [InlineData("import sys\nsys.setrecursionlimit(10**6)\ndef f(n): return f(n + 1)\nf(0)")]
    [InlineData("import sys\nsys.setrecursionlimit(10**6)\nclass R:\n    def __repr__(self): return repr(self)\nrepr(R())")]
    public void Raised_limit_on_a_small_stack_still_ends_in_RecursionError(string code)
    {
        var (status, _, err) = Run(code, stackSize: 1024 * 1024);
        Assert.Equal(1, status);
        Assert.Contains("RecursionError", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Fifty_thousand_deep_recursion_works_after_raising_the_limit()
    {
        var (status, output, err) = Run("import sys\nsys.setrecursionlimit(100000)\ndef f(n): return 0 if n == 0 else 1 + f(n - 1)\nprint(f(50000))");
        Assert.Equal("", err);
        Assert.Equal(0, status);
        Assert.Equal("50000\n", output);
    }

    [Fact]
    public void Repr_that_raises_is_reported_not_fatal()
    {
        var (status, _, err) = Run("class R:\n    def __repr__(self): raise ValueError('no repr')\nprint([R()])");
        Assert.Equal(1, status);
        Assert.EndsWith("ValueError: no repr\n", err, StringComparison.Ordinal);
    }

    /// <summary>A writer that signals when the program has written something.</summary>
    private sealed class SignallingWriter(ManualResetEventSlim started) : StringWriter
    {
        public override void Write(string? value)
        {
            base.Write(value);
            started.Set();
        }

        public override void Write(char value)
        {
            base.Write(value);
            started.Set();
        }
    }

    [Theory]
    [InlineData("print('started', flush=True)\nwhile True:\n    pass\n")]
    [InlineData("from concurrent import interpreters\nsub = interpreters.create()\nprint('started', flush=True)\nsub.exec('while True:\\n    pass')\n")]
    public void Interrupt_stops_an_infinite_loop_with_KeyboardInterrupt(string code)
    {
        using var started = new ManualResetEventSlim();
        var stdout = new SignallingWriter(started) { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        Interpreter? interp = null;
        using var ready = new ManualResetEventSlim();
        int status = -1;
        var t = new Thread(() => status = PythonMain.Run(Encoding.UTF8.GetBytes(code), "<string>", ["-c"], "", false,
            stdout, stderr, TextReader.Null, i =>
            {
                interp = i;
                ready.Set();
            }), 16 * 1024 * 1024);
        t.Start();
        ready.Wait();
        started.Wait();
        interp!.RequestInterrupt();
        Assert.True(t.Join(TimeSpan.FromMinutes(2)), "the loop did not stop");
        Assert.Equal(130, status);
        Assert.EndsWith("KeyboardInterrupt\n", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_runtime_bug_becomes_SystemError_in_the_frame_not_a_crash()
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int status = -1;
        const string code = "def f():\n    return broken()\ntry:\n    f()\nexcept SystemError as e:\n    print('caught', e)\nbroken()\n";
        var t = new Thread(() => status = PythonMain.Run(Encoding.UTF8.GetBytes(code), "<string>", ["-c"], "", false,
            stdout, stderr, TextReader.Null, interp => interp.BuiltinsDict.SetStr("broken",
                Atoll.Runtime.Objects.PyBuiltinFunction.Create("broken", (Atoll.Runtime.Objects.NativeFunction)((a, k) => throw new InvalidOperationException("simulated bug"))))),
            16 * 1024 * 1024);
        t.Start();
        t.Join();
        Assert.Equal("caught internal error: InvalidOperationException: simulated bug\n", stdout.ToString());
        Assert.Equal(1, status);
        Assert.Contains("line 7, in <module>", stderr.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("SystemError: internal error: InvalidOperationException: simulated bug\n", stderr.ToString(), StringComparison.Ordinal);
    }
}
