using System;
using System.Collections.Generic;
using System.IO;
using Atoll.Hosting;
using Xunit;

namespace Atoll.Embedding.Tests;

/// <summary>Every member of <see cref="PythonInterpreter"/>. Interpreters of the whole test run share one
/// process-wide group, so nothing here assumes it made the only ones.</summary>
public class InterpreterTests
{
    private static PythonInterpreter Quiet() => PythonInterpreter.Create(TextWriter.Null, TextWriter.Null);

    [Fact]
    public void ExecRunsStatementsInMain()
    {
        using var py = Quiet();
        py.Exec("x = 6\ny = x * 7");
        Assert.Equal(42L, py.GetGlobal("y"));
        Assert.Equal("__main__", py.Eval("__name__"));
    }

    [Fact]
    public void TheReadmeExampleWorks()
    {
        using var py = PythonInterpreter.Create();
        py.Exec("def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)");
        long f = (long)py.Call("fib", 20)!;
        Assert.Equal(6765, f);
    }

    [Fact]
    public void ExecKeepsStateBetweenCalls()
    {
        using var py = Quiet();
        py.Exec("items = []");
        for (int i = 0; i < 5; i++)
            py.Exec("items.append(len(items))");
        Assert.Equal(new object?[] { 0L, 1L, 2L, 3L, 4L }, py.GetGlobal("items"));
    }

    [Fact]
    public void EvalReturnsTheValue()
    {
        using var py = Quiet();
        Assert.Equal(3L, py.Eval("1 + 2"));
        Assert.Equal(3L, py.Eval("  \t1 + 2"));
        py.Exec("def square(n):\n    return n * n");
        Assert.Equal(81L, py.Eval("square(9)"));
    }

    [Fact]
    public void EvalRejectsStatements()
    {
        using var py = Quiet();
        var e = Assert.Throws<PythonException>(() => py.Eval("x = 1"));
        Assert.Equal("SyntaxError", e.PythonTypeName);
    }

    [Fact]
    public void CallCallsAFunctionOfMain()
    {
        using var py = Quiet();
        py.Exec("def add(a, b=10):\n    return a + b");
        Assert.Equal(5L, py.Call("add", 2, 3));
        Assert.Equal(12L, py.Call("add", 2));
        Assert.Equal("ab", py.Call("add", "a", "b"));
    }

    [Fact]
    public void CallFindsBuiltinsAndAttributes()
    {
        using var py = Quiet();
        Assert.Equal(3L, py.Call("len", new[] { 1, 2, 3 }));
        py.Import("time");
        Assert.IsType<double>(py.Call("time.monotonic"));
        py.Exec("class Greeter:\n    def hello(self, name):\n        return 'hello ' + name\ng = Greeter()");
        Assert.Equal("hello you", py.Call("g.hello", "you"));
    }

    [Fact]
    public void CallWithKeywordsPassesKeywordArguments()
    {
        using var py = Quiet();
        py.Exec("def f(a, *, scale=1, offset=0):\n    return a * scale + offset");
        Assert.Equal(25L, py.CallWithKeywords("f", [4], new Dictionary<string, object?> { ["scale"] = 5, ["offset"] = 5 }));
        Assert.Equal(4L, py.CallWithKeywords("f", [4], null));
        py.Exec("def g(**kw):\n    return sorted(kw.items())");
        Assert.Equal(new object?[] { new object?[] { "x", 1L } }, py.CallWithKeywords("g", null, new Dictionary<string, object?> { ["x"] = 1 }));
    }

    [Fact]
    public void CallOfAnUnknownNameRaisesNameError()
    {
        using var py = Quiet();
        var e = Assert.Throws<PythonException>(() => py.Call("nowhere", 1));
        Assert.Equal("NameError", e.PythonTypeName);
        Assert.Equal("name 'nowhere' is not defined", e.PythonMessage);
        Assert.Equal("AttributeError", Assert.Throws<PythonException>(() => py.Call("len.nothing")).PythonTypeName);
    }

    [Fact]
    public void CallChecksItsArguments()
    {
        using var py = Quiet();
        Assert.Throws<ArgumentNullException>(() => py.Call(null!));
        Assert.Throws<ArgumentException>(() => py.Call(""));
        Assert.Throws<ArgumentException>(() => py.Call("a..b"));
        Assert.Throws<ArgumentException>(() => py.Call(".a"));
        var e = Assert.Throws<ArgumentException>(() => py.Call("len", new object()));
        Assert.Contains("argument 0", e.Message, StringComparison.Ordinal);
        Assert.Contains("System.Object", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GlobalsAreSetAndRead()
    {
        using var py = Quiet();
        py.SetGlobal("greeting", "hi");
        Assert.Equal("hi!", py.Eval("greeting + '!'"));
        Assert.Equal("hi", py.GetGlobal("greeting"));
        Assert.True(py.TryGetGlobal("greeting", out var v));
        Assert.Equal("hi", v);
        Assert.False(py.TryGetGlobal("missing", out v));
        Assert.Null(v);
        Assert.Throws<KeyNotFoundException>(() => py.GetGlobal("missing"));
        py.SetGlobal("greeting", null);
        Assert.True(py.TryGetGlobal("greeting", out v));
        Assert.Null(v);
    }

    [Fact]
    public void GlobalNamesAreChecked()
    {
        using var py = Quiet();
        Assert.Throws<ArgumentNullException>(() => py.SetGlobal(null!, 1));
        Assert.Throws<ArgumentException>(() => py.SetGlobal("", 1));
        Assert.Throws<ArgumentException>(() => py.GetGlobal(""));
        Assert.Throws<ArgumentException>(() => py.TryGetGlobal("", out _));
        Assert.Throws<ArgumentNullException>(() => py.Exec(null!));
        Assert.Throws<ArgumentNullException>(() => py.Eval(null!));
        Assert.Throws<ArgumentException>(() => py.Import(""));
    }

    [Fact]
    public void ImportBindsTheModule()
    {
        using var py = Quiet();
        py.Import("time");
        Assert.IsType<double>(py.Eval("time.monotonic()"));
        py.Import("concurrent.interpreters");
        Assert.Equal(py.Id, py.Eval("concurrent.interpreters.get_current().id"));
        var e = Assert.Throws<PythonException>(() => py.Import("no_such_module_here"));
        Assert.Equal("ModuleNotFoundError", e.PythonTypeName);
    }

    [Fact]
    public void OutputGoesToTheGivenWriters()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        using (var py = PythonInterpreter.Create(stdout, stderr))
        {
            py.Exec("print('hello', 42)\nimport sys\nprint('oops', file=sys.stderr)");
        }
        Assert.Equal("hello 42\n", stdout.ToString());
        Assert.Equal("oops\n", stderr.ToString());
    }

    [Fact]
    public void CreateWithoutWritersUsesTheConsole()
    {
        using var py = PythonInterpreter.Create();
        Assert.Equal(1L, py.Eval("1"));
    }

    [Fact]
    public void InterpretersAreIsolated()
    {
        using var a = Quiet();
        using var b = Quiet();
        a.Exec("x = 'a'\nimport sys\nsys.marker = 1");
        Assert.False(b.TryGetGlobal("x", out _));
        Assert.False((bool)b.Eval("hasattr(__import__('sys'), 'marker')")!);
    }

    [Fact]
    public void IdsAreThoseOfConcurrentInterpreters()
    {
        using var a = Quiet();
        using var b = Quiet();
        Assert.NotEqual(a.Id, b.Id);
        a.Exec("from concurrent import interpreters");
        Assert.Equal(a.Id, a.Eval("interpreters.get_current().id"));
        var ids = (object?[])a.Eval("[i.id for i in interpreters.list_all()]")!;
        Assert.Contains(a.Id, ids);
        Assert.Contains(b.Id, ids);
        Assert.Equal($"PythonInterpreter({a.Id})", a.ToString());
    }

    [Fact]
    public void PythonCodeRunsCodeInAnotherApiInterpreter()
    {
        using var a = Quiet();
        using var b = Quiet();
        a.SetGlobal("other", b.Id);
        a.Exec("from concurrent import interpreters\ninterpreters.Interpreter(other).exec('made_by_a = 1')");
        Assert.Equal(1L, b.GetGlobal("made_by_a"));
    }

    [Fact]
    public void SubinterpretersMadeByPythonJoinTheGroup()
    {
        using var a = Quiet();
        a.Exec("from concurrent import interpreters\nsub = interpreters.create()\nsub.exec('x = 1')");
        var subId = (long)a.Eval("sub.id")!;
        using var b = Quiet();
        b.Exec("from concurrent import interpreters");
        Assert.Contains(subId, (object?[])b.Eval("[i.id for i in interpreters.list_all()]")!);
        a.Exec("sub.close()");
    }

    [Fact]
    public void CloseEndsTheInterpreter()
    {
        var py = Quiet();
        long id = py.Id;
        Assert.False(py.IsClosed);
        py.Close();
        Assert.True(py.IsClosed);
        Assert.Throws<ObjectDisposedException>(() => py.Exec("1"));
        Assert.Throws<ObjectDisposedException>(() => py.Eval("1"));
        Assert.Throws<ObjectDisposedException>(() => py.Call("len", "a"));
        Assert.Throws<ObjectDisposedException>(() => py.SetGlobal("a", 1));
        Assert.Throws<ObjectDisposedException>(() => py.GetGlobal("a"));
        Assert.Throws<ObjectDisposedException>(() => py.Import("time"));
        py.Close();
        py.Dispose();
        Assert.Equal(id, py.Id);

        using var other = Quiet();
        other.Exec("from concurrent import interpreters");
        Assert.DoesNotContain(id, (object?[])other.Eval("[i.id for i in interpreters.list_all()]")!);
    }

    [Fact]
    public void DisposeCloses()
    {
        var py = Quiet();
        using (py)
            py.Exec("x = 1");
        Assert.True(py.IsClosed);
    }

    [Fact]
    public void PythonCodeMayCloseAnApiInterpreter()
    {
        using var a = Quiet();
        var b = Quiet();
        a.SetGlobal("victim", b.Id);
        a.Exec("from concurrent import interpreters\ninterpreters.Interpreter(victim).close()");
        Assert.True(b.IsClosed);
        Assert.Throws<ObjectDisposedException>(() => b.Exec("1"));
        b.Dispose();
    }

    [Fact]
    public void PythonCannotCloseAnInterpreterWhileACallRunsInIt()
    {
        using var a = Quiet();
        using var b = Quiet();
        using var started = PythonQueue.Create();
        using var release = PythonQueue.Create();
        b.SetGlobal("started", started);
        b.SetGlobal("release", release);
        var runner = new Worker(() => b.Exec("started.put(1)\nrelease.get()"));
        runner.Start();
        Assert.Equal(1L, started.Get());
        a.SetGlobal("busy", b.Id);
        var e = Assert.Throws<PythonException>(() => a.Exec("from concurrent import interpreters\ninterpreters.Interpreter(busy).close()"));
        Assert.Equal("InterpreterError", e.PythonTypeName);
        release.Put(null);
        runner.Join();
        Assert.False(b.IsClosed);
    }
}
