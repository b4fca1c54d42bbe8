using System;
using System.Collections.Concurrent;
using System.Text;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Interpreters;

/// <summary>
/// An exception that ended code run in another interpreter, reduced to interpreter-neutral text (PEP 734's
/// <c>excinfo</c>): the live exception never leaves its interpreter. <see cref="Packed"/> is a copy of the exception
/// when it could be made, so a caller may re-raise it as its own type.
/// </summary>
internal sealed record ExcSnapshot(string TypeName, string QualName, string Module, string Msg, string Formatted, string ErrDisplay, object? Packed)
{
    /// <summary>Captures <paramref name="e"/>; runs in the interpreter where it was raised. With
    /// <paramref name="copy"/>, also a copy of the exception for callers that re-raise it as its own type.</summary>
    public static ExcSnapshot Capture(PyBaseException e, bool copy = true)
    {
        var t = e.Type;
        string module = t.Dict.TryGetStr("__module__", out var m) && m is PyStr ms ? ms.Value : "builtins";
        string msg;
        try
        {
            msg = Ops.Str(e);
        }
        catch (PyException)
        {
            msg = "<exception str() failed>";
        }
        string display, formatted;
        try
        {
            display = TracebackFormatter.Format(e).TrimEnd('\n');
            formatted = TracebackFormatter.ExceptionOnly(e).TrimEnd('\n');
        }
        catch (PyException)
        {
            display = formatted = t.Name;
        }
        object? packed = null;
        if (copy)
        {
            try
            {
                packed = CrossInterpreter.Pack(e);
            }
            catch (PyException)
            {
                // Not copyable: the text is all the caller gets.
            }
        }
        return new ExcSnapshot(t.Name, t.QualName, module, msg, formatted, display, packed);
    }

    /// <summary>The <c>excinfo</c> object (a <c>types.SimpleNamespace</c>) in the calling interpreter.</summary>
    public PyObject ToNamespace()
    {
        var type = new PyNamespace();
        type.Dict.SetStr("__name__", new PyStr(TypeName));
        type.Dict.SetStr("__qualname__", new PyStr(QualName));
        type.Dict.SetStr("__module__", new PyStr(Module));
        var ns = new PyNamespace();
        ns.Dict.SetStr("type", type);
        ns.Dict.SetStr("msg", new PyStr(Msg));
        ns.Dict.SetStr("formatted", new PyStr(Formatted));
        ns.Dict.SetStr("errdisplay", new PyStr(ErrDisplay));
        return ns;
    }

    /// <summary>The original exception, copied into the calling interpreter, with <c>ExecutionFailed</c> as its
    /// <c>__cause__</c>; just <c>ExecutionFailed</c> when the exception could not be copied.</summary>
    public PyException ToOriginal()
    {
        var failed = ToExecutionFailed();
        if (Packed == null)
            return failed;
        try
        {
            if (CrossInterpreter.Unpack(Packed) is PyBaseException original)
            {
                original.Cause = failed.Value;
                original.SuppressContext = true;
                return new PyException(original);
            }
        }
        catch (PyException)
        {
            // Its class does not exist here: the caller gets ExecutionFailed.
        }
        return failed;
    }

    /// <summary><c>ExecutionFailed(excinfo)</c>, raised in the calling interpreter; a KeyboardInterrupt (Ctrl-C
    /// while the caller's thread ran code there) stays a KeyboardInterrupt, so the program stops as the user asked.</summary>
    public PyException ToExecutionFailed()
    {
        if (TypeName == "KeyboardInterrupt" && Module == "builtins")
            return new PyException(new PyBaseException(BuiltinTypes.KeyboardInterrupt));
        var e = new PyBaseException(InterpreterTypes.ExecutionFailed) { Args = PyTuple.Of(new PyStr(Formatted.Length > 0 ? Formatted : TypeName)) };
        e.Dict.SetStr("excinfo", ToNamespace());
        return new PyException(e);
    }
}

/// <summary>Running code and calls in another interpreter from the calling thread.</summary>
internal static class Execution
{
    // Compiled exec() sources, shared by every interpreter (code objects are immutable); bounded by clearing.
    private static readonly ConcurrentDictionary<string, PyCode> SourceCache = new(StringComparer.Ordinal);
    private const int SourceCacheLimit = 512;

    /// <summary>What <c>exec</c> accepts, made interpreter-neutral in the caller: source text or a code object.</summary>
    public static object PrepareCode(PyObject code, string fname)
    {
        switch (code)
        {
            case PyStr s:
                return s;
            case PyCode c:
                return c;
            case PyFunction f:
                if (f.Code.ArgCount != 0 || f.Code.KwOnlyCount != 0 || f.Code.HasVarArgs || f.Code.HasVarKeywords)
                    throw Err.Value($"{fname}(): function must not take arguments");
                if (f.Closure is { Length: > 0 })
                    throw Err.Value($"{fname}(): function must not be a closure");
                return f.Code;
            default:
                throw Err.Type($"{fname}(): expected str, code object or function, got '{Ops.TypeName(code)}'");
        }
    }

    /// <summary>Runs prepared code in <paramref name="target"/>'s <c>__main__</c>; returns the exception it raised, if any.</summary>
    public static ExcSnapshot? Exec(Interpreter target, object code)
    {
        ThreadState.CurrentOrNull?.Interp.CheckNotBootstrapping();
        target.BeginRunning();
        try
        {
            return target.Enter(() =>
            {
                try
                {
                    RunInMain(target, code);
                    return null;
                }
                catch (PyException e)
                {
                    return ExcSnapshot.Capture(e.Value);
                }
            });
        }
        finally
        {
            target.EndRunning();
        }
    }

    private static void RunInMain(Interpreter target, object code)
    {
        var globals = target.Main.Dict;
        switch (code)
        {
            case PyStr s:
                target.RunCode(CompileCached(s.Value), globals, globals);
                break;
            case PyCode c when c.Kind == CodeKind.Module:
                target.RunCode(c, globals, globals);
                break;
            case PyCode c:
                new PyFunction(c, globals, target, null, null, null).Call([], null);
                break;
        }
    }

    /// <summary>The module code for <paramref name="source"/> (file name <c>&lt;string&gt;</c>), compiled once and
    /// shared: <c>exec</c> sends the same text again and again (workers in a loop). Raises SyntaxError.</summary>
    internal static PyCode CompileCached(string source)
    {
        if (SourceCache.TryGetValue(source, out var cached))
            return cached;
        var code = Compiler.CodeGen.CompileModule(Encoding.UTF8.GetBytes(source), "<string>", CompileSource.String, "<module>");
        if (SourceCache.Count >= SourceCacheLimit)
            SourceCache.Clear();
        SourceCache[source] = code;
        return code;
    }

    /// <summary>Calls a callable in <paramref name="target"/>: the callable and arguments are sent as any value is
    /// (shared or copied), and so is the result on the way back. Raises ExecutionFailed in the caller.</summary>
    public static PyObject Call(Interpreter target, PyObject callable, ReadOnlySpan<PyObject> args, PyDict? kwargs, bool raiseOriginal = false)
    {
        ThreadState.CurrentOrNull?.Interp.CheckNotBootstrapping();
        var packedCallable = CrossInterpreter.Pack(callable);
        var packedArgs = CrossInterpreter.Pack(PyTuple.Of(args.ToArray()));
        object? packedKw = kwargs is { Count: > 0 } ? CrossInterpreter.Pack(kwargs) : null;
        object? result = null;
        ExcSnapshot? failure;
        target.BeginRunning();
        try
        {
            failure = target.Enter(() =>
            {
                try
                {
                    var f = CrossInterpreter.Unpack(packedCallable);
                    var a = (PyTuple)CrossInterpreter.Unpack(packedArgs);
                    var kw = packedKw == null ? null : (PyDict)CrossInterpreter.Unpack(packedKw);
                    var r = Ops.CallWithDict(f, a.Items, kw);
                    result = CrossInterpreter.Pack(r);
                    return null;
                }
                catch (PyException e)
                {
                    return ExcSnapshot.Capture(e.Value);
                }
            });
        }
        finally
        {
            target.EndRunning();
        }
        if (failure != null)
            throw raiseOriginal ? failure.ToOriginal() : failure.ToExecutionFailed();
        return CrossInterpreter.Unpack(result!);
    }
}
