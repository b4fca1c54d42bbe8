using System;
using Atoll.Runtime;
using Atoll.Runtime.Objects;

namespace Atoll.Hosting;

/// <summary>
/// A Python exception that escaped code run through the embedding API (<see cref="PythonInterpreter.Exec"/>,
/// <see cref="PythonInterpreter.Eval"/>, <see cref="PythonInterpreter.Call"/>...). It carries the exception as text
/// (its type's name, its message and its formatted traceback), never the Python object itself, which stays in its
/// interpreter. A bug inside the runtime is reported the same way, as Python's <c>SystemError</c>, with the .NET
/// exception as <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class PythonException : Exception
{
    /// <summary>Creates an exception with the given Python type name and message.</summary>
    /// <param name="pythonTypeName">The exception type's qualified name (<c>ValueError</c>).</param>
    /// <param name="pythonMessage">What <c>str()</c> of the exception gives.</param>
    /// <param name="pythonTraceback">The formatted traceback, as Python prints it; empty when unknown.</param>
    /// <param name="pythonModuleName">The module defining the type (<c>builtins</c> for builtin exceptions).</param>
    /// <param name="innerException">A .NET exception behind this one (a runtime bug surfaced as SystemError).</param>
    public PythonException(string pythonTypeName, string pythonMessage, string? pythonTraceback = null, string? pythonModuleName = null,
        Exception? innerException = null)
        : base(FormatMessage(pythonTypeName, pythonMessage, pythonModuleName), innerException)
    {
        PythonTypeName = pythonTypeName;
        PythonMessage = pythonMessage;
        PythonTraceback = pythonTraceback ?? "";
        PythonModuleName = pythonModuleName ?? "builtins";
    }

    /// <summary>The Python exception type's qualified name, as <c>type(e).__qualname__</c> gives it
    /// (<c>ZeroDivisionError</c>, <c>MyError</c>).</summary>
    public string PythonTypeName { get; }

    /// <summary>The module defining the exception type (<c>type(e).__module__</c>): <c>builtins</c> for builtin
    /// exceptions, <c>__main__</c> for classes defined by code run with <see cref="PythonInterpreter.Exec"/>.</summary>
    public string PythonModuleName { get; }

    /// <summary>What <c>str(e)</c> gives in Python (<c>division by zero</c>); may be empty.</summary>
    public string PythonMessage { get; }

    /// <summary>The traceback as Python prints an uncaught exception: <c>Traceback (most recent call last):</c>, the
    /// frames, chained exceptions, and the exception line.</summary>
    public string PythonTraceback { get; }

    /// <summary>The exception line (<c>ZeroDivisionError: division by zero</c>); the type is qualified by its module
    /// unless it is a builtin or defined in <c>__main__</c>, as Python prints it.</summary>
    private static string FormatMessage(string typeName, string message, string? module)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        ArgumentNullException.ThrowIfNull(message);
        string name = module is null or "builtins" or "__main__" ? typeName : module + "." + typeName;
        return message.Length == 0 ? name : name + ": " + message;
    }

    /// <summary>Captures a Python exception in the interpreter where it was raised (the caller holds its lock).</summary>
    internal static PythonException Capture(PyBaseException e)
    {
        var snapshot = Atoll.Runtime.Interpreters.ExcSnapshot.Capture(e, copy: false);
        return new PythonException(snapshot.QualName, snapshot.Msg, snapshot.ErrDisplay.Length == 0 ? "" : snapshot.ErrDisplay + "\n", snapshot.Module);
    }

    /// <summary>A .NET exception thrown by the runtime where a Python one was due: a bug, reported as Python's
    /// SystemError (DESIGN.md, invariant 3) with the original as the inner exception.</summary>
    internal static PythonException RuntimeBug(Exception e) =>
        new("SystemError", $"{e.GetType().Name}: {e.Message}", "", "builtins", e);
}
