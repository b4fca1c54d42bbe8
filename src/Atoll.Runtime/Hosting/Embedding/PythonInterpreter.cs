using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Atoll.Runtime;
using Atoll.Runtime.Interpreters;
using Atoll.Runtime.Objects;
using Atoll.Syntax;

namespace Atoll.Hosting;

/// <summary>
/// A Python interpreter for .NET programs: runs code in its own <c>__main__</c> module, evaluates expressions, calls
/// functions, and reads and sets global variables, with .NET values converted on the way in and out.
/// <para>
/// Every interpreter made with <see cref="Create()"/> belongs to one process-wide group, as the interpreters of a
/// CPython process do: Python code in any of them sees the others with <c>concurrent.interpreters.list_all()</c>, and
/// they share <see cref="PythonQueue"/>s. The first one made is the group's main interpreter
/// (<c>interpreters.get_main()</c>). Each interpreter is isolated: its modules, globals and objects are its own.
/// The group keeps an interpreter until it is closed (<see cref="Close"/>, <see cref="Dispose"/>, or Python code closing
/// it), not until it is garbage: close every interpreter you create.
/// </para>
/// <para>
/// <b>Threads.</b> Any thread may call any member. Calls on one interpreter take turns: a call waits until the
/// previous one (from any thread) has returned, so each call sees the interpreter as the previous one left it.
/// Different interpreters have separate locks and run on their threads in parallel, on as many cores as there are
/// threads. Code runs on the calling thread, on that thread's stack: deep recursion raises Python's
/// <c>RecursionError</c> (never a stack overflow), sooner than <c>sys.getrecursionlimit()</c> says on a small stack, so
/// give threads that run deeply recursive Python code a larger one (<c>new Thread(start, maxStackSize)</c>).
/// </para>
/// <para>
/// <b>Conversions.</b> .NET to Python: <c>null</c> → <c>None</c>; <see cref="bool"/> → <c>bool</c>; every integer
/// type and <see cref="System.Numerics.BigInteger"/> → <c>int</c>; <see cref="float"/>, <see cref="double"/>,
/// <see cref="Half"/> and <see cref="decimal"/> (rounded to the nearest double) → <c>float</c>;
/// <see cref="System.Numerics.Complex"/> → <c>complex</c>; <see cref="string"/> and <see cref="char"/> → <c>str</c>;
/// <c>byte[]</c>, <c>ReadOnlyMemory&lt;byte&gt;</c>, <c>Memory&lt;byte&gt;</c> and <c>ArraySegment&lt;byte&gt;</c> →
/// <c>bytes</c> (copied); arrays, lists (<see cref="System.Collections.IList"/>) and tuples
/// (<see cref="System.Runtime.CompilerServices.ITuple"/>) → <c>tuple</c>; sets (<c>ISet&lt;T&gt;</c>,
/// <c>IReadOnlySet&lt;T&gt;</c>) → <c>frozenset</c>; dictionaries (<see cref="System.Collections.IDictionary"/>) →
/// <c>dict</c> (copied); <see cref="PythonQueue"/> → the queue. Anything else throws
/// <see cref="ArgumentException"/> naming its type. Python to .NET: <c>None</c> → <c>null</c>; <c>bool</c> →
/// <see cref="bool"/>; <c>int</c> → <see cref="long"/>, or <see cref="System.Numerics.BigInteger"/> when it does not
/// fit; <c>float</c> → <see cref="double"/>; <c>complex</c> → <see cref="System.Numerics.Complex"/>; <c>str</c> →
/// <see cref="string"/>; <c>bytes</c> and <c>bytearray</c> → <c>byte[]</c> (copied); <c>tuple</c> and <c>list</c> →
/// <c>object?[]</c>; <c>dict</c> → <c>Dictionary&lt;object, object?&gt;</c>; <c>set</c> and <c>frozenset</c> →
/// <c>HashSet&lt;object?&gt;</c> (tuple and bytes keys compare by value); a queue → <see cref="PythonQueue"/>.
/// Anything else throws <see cref="InvalidCastException"/> naming its Python type. Every conversion copies, so
/// neither side can change what the other holds.
/// </para>
/// <para>
/// <b>Errors.</b> A Python exception escaping a call is thrown as <see cref="PythonException"/>; the interpreter stays
/// usable. Bad arguments throw <see cref="ArgumentException"/>s; a closed interpreter throws
/// <see cref="ObjectDisposedException"/>.
/// </para>
/// </summary>
public sealed class PythonInterpreter : IDisposable
{
    private readonly Interpreter _interp;

    // Calls through this object take turns on it (Monitor: waiters sleep, nobody polls). The interpreter's own lock
    // would let two calls interleave at its forced switches, as two Python threads do; a host expects each call to
    // run whole, so the calls are serialized here, and the interpreter's lock is taken inside.
    private readonly object _gate = new();

    private PythonInterpreter(Interpreter interp) => _interp = interp;

    /// <summary>Creates an interpreter whose <c>print</c> output and error output go to the console.</summary>
    /// <returns>The new interpreter.</returns>
    public static PythonInterpreter Create() => Create(null, null);

    /// <summary>Creates an interpreter writing its standard output and standard error to the given writers.</summary>
    /// <param name="stdout">Where <c>sys.stdout</c> writes; null: <see cref="Console.Out"/>. Use
    /// <see cref="TextWriter.Null"/> to discard.</param>
    /// <param name="stderr">Where <c>sys.stderr</c> writes; null: <see cref="Console.Error"/>.</param>
    /// <returns>The new interpreter.</returns>
    /// <remarks>Writers shared by several interpreters are written from several threads; the interpreter wraps each
    /// in a synchronized writer.</remarks>
    public static PythonInterpreter Create(TextWriter? stdout, TextWriter? stderr = null)
    {
        var interp = new Interpreter(EmbeddingRuntime.Shared.Group, Whence.CApi, stdout ?? Console.Out, stderr ?? Console.Error,
            null, [""], []);
        return new PythonInterpreter(interp);
    }

    /// <summary>The interpreter's id, unique in the process: what <c>interpreters.get_current().id</c> gives in it.</summary>
    public long Id => _interp.Id;

    /// <summary>True once the interpreter was closed, by <see cref="Close"/> or by Python code
    /// (<c>interpreters.Interpreter.close()</c>).</summary>
    public bool IsClosed => _interp.IsClosed;

    /// <summary>
    /// Runs Python statements in the interpreter's <c>__main__</c> module (the file name in tracebacks is
    /// <c>&lt;string&gt;</c>). Compiled code is cached, so running the same text again does not compile it again.
    /// </summary>
    /// <param name="code">Python source: one or more statements.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="PythonException">The code raised an exception (a syntax error included).</exception>
    /// <exception cref="ObjectDisposedException">The interpreter is closed.</exception>
    public void Exec(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        Run(() =>
        {
            var compiled = Execution.CompileCached(code);
            _interp.RunCode(compiled, _interp.Main.Dict, _interp.Main.Dict);
            return 0;
        });
    }

    /// <summary>Evaluates a Python expression in <c>__main__</c> and returns its value converted to .NET.</summary>
    /// <param name="expression">One Python expression (leading spaces and tabs are ignored, as <c>eval()</c> does).</param>
    /// <returns>The value (see the conversion table above).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="expression"/> is null.</exception>
    /// <exception cref="PythonException">The expression raised an exception or is not valid Python.</exception>
    /// <exception cref="InvalidCastException">The value has no .NET equivalent.</exception>
    /// <exception cref="ObjectDisposedException">The interpreter is closed.</exception>
    public object? Eval(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return Run(() =>
        {
            var source = Encoding.UTF8.GetBytes(expression.TrimStart(' ', '\t'));
            var code = Atoll.Runtime.Compiler.CodeGen.CompileModule(source, "<string>", CompileSource.String, "<module>", ParseMode.Eval);
            return ValueConverter.ToClr(_interp.RunCode(code, _interp.Main.Dict, _interp.Main.Dict));
        });
    }

    /// <summary>
    /// Calls a Python function with positional arguments and returns its result converted to .NET.
    /// </summary>
    /// <param name="functionName">A global of <c>__main__</c> or a builtin (<c>len</c>), optionally followed by
    /// attributes (<c>math.sqrt</c>, <c>obj.method</c>).</param>
    /// <param name="args">The arguments, converted to Python (see the conversion table above).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="functionName"/> is empty, or an argument has no Python
    /// equivalent.</exception>
    /// <exception cref="PythonException">The call raised an exception (<c>NameError</c> when the name is not defined).</exception>
    /// <exception cref="InvalidCastException">The result has no .NET equivalent.</exception>
    /// <exception cref="ObjectDisposedException">The interpreter is closed.</exception>
    public object? Call(string functionName, params object?[] args) => CallWithKeywords(functionName, args, null);

    /// <summary>
    /// Calls a Python function with positional and keyword arguments and returns its result converted to .NET.
    /// </summary>
    /// <param name="functionName">A global of <c>__main__</c> or a builtin, optionally followed by attributes.</param>
    /// <param name="args">The positional arguments; null for none.</param>
    /// <param name="keywords">The keyword arguments by name; null for none.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="functionName"/> is empty, or an argument has no Python
    /// equivalent.</exception>
    /// <exception cref="PythonException">The call raised an exception.</exception>
    /// <exception cref="InvalidCastException">The result has no .NET equivalent.</exception>
    /// <exception cref="ObjectDisposedException">The interpreter is closed.</exception>
    public object? CallWithKeywords(string functionName, IReadOnlyList<object?>? args, IReadOnlyDictionary<string, object?>? keywords)
    {
        ArgumentException.ThrowIfNullOrEmpty(functionName);
        if (functionName.StartsWith('.') || functionName.EndsWith('.') || functionName.Contains("..", StringComparison.Ordinal))
            throw new ArgumentException($"'{functionName}' is not a function name.", nameof(functionName));
        return Run(() =>
        {
            var callable = Resolve(functionName);
            var pyArgs = new PyObject[args?.Count ?? 0];
            for (int i = 0; i < pyArgs.Length; i++)
                pyArgs[i] = ConvertArgument(args![i], $"argument {i}");
            PyDict? kw = null;
            if (keywords is { Count: > 0 })
            {
                kw = new PyDict(keywords.Count);
                foreach (var (name, value) in keywords)
                    kw.SetStr(name, ConvertArgument(value, $"keyword argument '{name}'"));
            }
            return ValueConverter.ToClr(Ops.CallWithDict(callable, pyArgs, kw));
        });
    }

    /// <summary>Sets a global variable of <c>__main__</c> to <paramref name="value"/> converted to Python.</summary>
    /// <param name="name">The variable's name.</param>
    /// <param name="value">The value (see the conversion table above); a <see cref="PythonQueue"/> gives Python the queue.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty, or the value has no Python equivalent.</exception>
    /// <exception cref="ObjectDisposedException">The interpreter is closed.</exception>
    public void SetGlobal(string name, object? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Run(() =>
        {
            _interp.Main.Dict.SetStr(name, ConvertArgument(value, nameof(value)));
            return 0;
        });
    }

    /// <summary>Reads a global variable of <c>__main__</c>, converted to .NET.</summary>
    /// <param name="name">The variable's name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    /// <exception cref="KeyNotFoundException"><c>__main__</c> has no global of that name.</exception>
    /// <exception cref="InvalidCastException">The value has no .NET equivalent.</exception>
    /// <exception cref="ObjectDisposedException">The interpreter is closed.</exception>
    public object? GetGlobal(string name) =>
        TryGetGlobal(name, out var value) ? value : throw new KeyNotFoundException($"__main__ of interpreter {Id} has no global named '{name}'.");

    /// <summary>Reads a global variable of <c>__main__</c>, converted to .NET, if it exists.</summary>
    /// <param name="name">The variable's name.</param>
    /// <param name="value">The value; null when there is no such global.</param>
    /// <returns>False when <c>__main__</c> has no global of that name.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    /// <exception cref="InvalidCastException">The value has no .NET equivalent.</exception>
    /// <exception cref="ObjectDisposedException">The interpreter is closed.</exception>
    public bool TryGetGlobal(string name, out object? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var (found, v) = Run<(bool, object?)>(() => _interp.Main.Dict.TryGetStr(name, out var o) ? (true, ValueConverter.ToClr(o)) : (false, null));
        value = v;
        return found;
    }

    /// <summary>Imports a module into <c>__main__</c>, as the statement <c>import name</c> does (for a dotted name the
    /// first part is bound).</summary>
    /// <param name="moduleName">The module's absolute name (<c>math</c>, <c>concurrent.interpreters</c>).</param>
    /// <exception cref="ArgumentException"><paramref name="moduleName"/> is null or empty.</exception>
    /// <exception cref="PythonException">The import failed (<c>ModuleNotFoundError</c>...).</exception>
    /// <exception cref="ObjectDisposedException">The interpreter is closed.</exception>
    public void Import(string moduleName)
    {
        ArgumentException.ThrowIfNullOrEmpty(moduleName);
        Run(() =>
        {
            var top = _interp.Importer.ImportModuleLevel(moduleName, _interp.Main.Dict, null, 0);
            int dot = moduleName.IndexOf('.', StringComparison.Ordinal);
            _interp.Main.Dict.SetStr(dot < 0 ? moduleName : moduleName[..dot], top);
            return 0;
        });
    }

    /// <summary>
    /// Closes the interpreter: it waits for a call running on another thread to return, flushes the interpreter's
    /// output, leaves the group (Python code no longer lists it), and items it put into queues become
    /// <c>UNBOUND</c>. Every later call throws <see cref="ObjectDisposedException"/>. Closing twice does nothing.
    /// </summary>
    /// <exception cref="InvalidOperationException">Threads started by Python code in the interpreter are still
    /// running, or another interpreter is running code in it; it stays open.</exception>
    public void Close()
    {
        lock (_gate)
        {
            if (_interp.IsClosed)
                return;
            try
            {
                _interp.Close();
            }
            catch (PyException e)
            {
                throw new InvalidOperationException($"Interpreter {Id} cannot be closed: {Ops.SafeStr(e.Value)}.", e);
            }
        }
    }

    /// <summary>Closes the interpreter (<see cref="Close"/>).</summary>
    public void Dispose() => Close();

    /// <inheritdoc/>
    public override string ToString() => $"PythonInterpreter({Id})";

    /// <summary>The callable named by a dotted path: a global or builtin, then attributes (NameError/AttributeError
    /// otherwise, as Python code naming it would get).</summary>
    private PyObject Resolve(string path)
    {
        var parts = path.Split('.');
        PyObject obj;
        if (_interp.Main.Dict.TryGetStr(parts[0], out var g))
            obj = g;
        else if (_interp.BuiltinsDict.TryGetStr(parts[0], out var b))
            obj = b;
        else
            throw Err.New(BuiltinTypes.NameError, $"name '{parts[0]}' is not defined");
        for (int i = 1; i < parts.Length; i++)
            obj = Ops.GetAttr(obj, parts[i]);
        return obj;
    }

    private static PyObject ConvertArgument(object? value, string what)
    {
        try
        {
            return ValueConverter.ToPython(value);
        }
        catch (NoPythonEquivalentException e)
        {
            throw new NoPythonEquivalentException($"The {what} cannot be passed to Python: {e.Message}", e.InnerException);
        }
    }

    /// <summary>
    /// Runs <paramref name="body"/> in the interpreter on the calling thread: after the previous call through this
    /// object, marked as running (so Python code cannot close it meanwhile), holding its lock. A Python exception
    /// becomes <see cref="PythonException"/>; conversion errors pass; any other .NET exception from the runtime is a
    /// bug and becomes SystemError. Conversion errors leave as plain ArgumentException and InvalidCastException.
    /// </summary>
    private T Run<T>(Func<T> body)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_interp.IsClosed, this);
            try
            {
                _interp.BeginRunning();
            }
            catch (PyException e)
            {
                ObjectDisposedException.ThrowIf(_interp.IsClosed, this);
                throw PythonException.Capture(e.Value); // InterpreterError: Python code of another interpreter runs code here
            }
            try
            {
                return _interp.Enter(() =>
                {
                    try
                    {
                        return body();
                    }
                    catch (PyException e)
                    {
                        throw PythonException.Capture(e.Value); // captured here, holding the lock: formatting may run Python code
                    }
                });
            }
            catch (NoPythonEquivalentException e)
            {
                throw e.ToPublic();
            }
            catch (NoClrEquivalentException e)
            {
                throw e.ToPublic();
            }
            catch (Exception e) when (e is not (PythonException or OutOfMemoryException))
            {
                throw PythonException.RuntimeBug(e);
            }
            finally
            {
                _interp.EndRunning();
            }
        }
    }
}
