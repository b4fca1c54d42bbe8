using System;
using System.IO;
using Atoll.Hosting;
using Xunit;

namespace Atoll.Embedding.Tests;

/// <summary>Python exceptions surface as <see cref="PythonException"/> and leave the interpreter usable.</summary>
public sealed class ExceptionTests : IDisposable
{
    private readonly PythonInterpreter _py = PythonInterpreter.Create(TextWriter.Null, TextWriter.Null);

    public void Dispose() => _py.Dispose();

    [Fact]
    public void AnExceptionCarriesTypeMessageAndTraceback()
    {
        var e = Assert.Throws<PythonException>(() => _py.Exec("x = 1\ny = x / 0"));
        Assert.Equal("ZeroDivisionError", e.PythonTypeName);
        Assert.Equal("builtins", e.PythonModuleName);
        Assert.Equal("division by zero", e.PythonMessage);
        Assert.Equal("ZeroDivisionError: division by zero", e.Message);
        Assert.Equal(
            "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nZeroDivisionError: division by zero\n",
            e.PythonTraceback);
        Assert.Null(e.InnerException);
    }

    [Fact]
    public void TracebacksShowPythonFrames()
    {
        _py.Exec("def inner(n):\n    return {}[n]\ndef outer(n):\n    return inner(n)");
        var e = Assert.Throws<PythonException>(() => _py.Call("outer", "missing"));
        Assert.Equal("KeyError", e.PythonTypeName);
        Assert.Equal("'missing'", e.PythonMessage);
        Assert.Contains("in outer", e.PythonTraceback, StringComparison.Ordinal);
        Assert.Contains("in inner", e.PythonTraceback, StringComparison.Ordinal);
        Assert.EndsWith("KeyError: 'missing'\n", e.PythonTraceback, StringComparison.Ordinal);
    }

    [Fact]
    public void ClassesDefinedInPythonKeepTheirNames()
    {
        _py.Exec("class AppError(Exception):\n    pass\nclass Outer:\n    class Inner(ValueError):\n        pass");
        var e = Assert.Throws<PythonException>(() => _py.Exec("raise AppError('it broke')"));
        Assert.Equal("AppError", e.PythonTypeName);
        Assert.Equal("__main__", e.PythonModuleName);
        Assert.Equal("AppError: it broke", e.Message);
        e = Assert.Throws<PythonException>(() => _py.Exec("raise Outer.Inner()"));
        Assert.Equal("Outer.Inner", e.PythonTypeName);
        Assert.Equal("", e.PythonMessage);
        Assert.Equal("Outer.Inner", e.Message);
    }

    [Fact]
    public void ChainedExceptionsAreInTheTraceback()
    {
        var e = Assert.Throws<PythonException>(() => _py.Exec("try:\n    1/0\nexcept ZeroDivisionError as z:\n    raise ValueError('bad') from z"));
        Assert.Equal("ValueError", e.PythonTypeName);
        Assert.Contains("ZeroDivisionError: division by zero", e.PythonTraceback, StringComparison.Ordinal);
        Assert.Contains("direct cause", e.PythonTraceback, StringComparison.Ordinal);
    }

    [Fact]
    public void SyntaxErrorsAreExceptionsToo()
    {
        var e = Assert.Throws<PythonException>(() => _py.Exec("x = = 1"));
        Assert.Equal("SyntaxError", e.PythonTypeName);
        Assert.StartsWith("SyntaxError: invalid syntax", e.Message, StringComparison.Ordinal);
        Assert.Contains("<string>", e.PythonTraceback, StringComparison.Ordinal);
    }

    [Fact]
    public void SystemExitIsAnException()
    {
        var e = Assert.Throws<PythonException>(() => _py.Exec("raise SystemExit(3)"));
        Assert.Equal("SystemExit", e.PythonTypeName);
        Assert.Equal("3", e.PythonMessage);
    }

    [Fact]
    public void TheInterpreterStaysUsable()
    {
        _py.Exec("count = 0");
        for (int i = 0; i < 3; i++)
        {
            Assert.Throws<PythonException>(() => _py.Exec("count += 1\nraise RuntimeError"));
            Assert.Throws<PythonException>(() => _py.Eval("undefined_name"));
        }
        Assert.Equal(3L, _py.GetGlobal("count"));
    }

    [Fact]
    public void RecursionRaisesRecursionError()
    {
        _py.Exec("def down(n):\n    return down(n + 1)");
        var e = Assert.Throws<PythonException>(() => _py.Call("down", 0));
        Assert.Equal("RecursionError", e.PythonTypeName);
    }

    [Fact]
    public void ThePublicConstructorFillsTheProperties()
    {
        var e = new PythonException("ValueError", "bad value");
        Assert.Equal("ValueError: bad value", e.Message);
        Assert.Equal("builtins", e.PythonModuleName);
        Assert.Equal("", e.PythonTraceback);
        var inner = new InvalidOperationException();
        e = new PythonException("Error", "", "tb", "pkg.mod", inner);
        Assert.Equal("pkg.mod.Error", e.Message);
        Assert.Same(inner, e.InnerException);
        Assert.Throws<ArgumentNullException>(() => new PythonException(null!, ""));
    }
}
