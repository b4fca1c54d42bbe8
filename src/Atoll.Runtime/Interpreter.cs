using System;
using System.Collections.Generic;
using System.IO;
using Atoll.Runtime.Builtins;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime;

/// <summary>
/// One Python interpreter: the root of all its state (<c>sys</c>, <c>builtins</c>, <c>sys.modules</c>,
/// <c>__main__</c>, its threads' states, its standard streams). Objects it creates never leave it, except the
/// shareable immutable ones.
/// </summary>
public sealed partial class Interpreter
{
    /// <summary>The builtins namespace.</summary>
    internal readonly PyDict BuiltinsDict;

    /// <summary>The <c>builtins</c> module.</summary>
    internal readonly PyModule BuiltinsModule;

    /// <summary><c>sys.modules</c>.</summary>
    internal readonly PyDict Modules = new();

    /// <summary>The <c>sys</c> module.</summary>
    internal readonly PyModule Sys;

    /// <summary><c>__main__</c>.</summary>
    internal readonly PyModule Main;

    /// <summary><c>sys.getrecursionlimit()</c>.</summary>
    internal int RecursionLimit = 1000;

    /// <summary>The thread state of the thread holding this interpreter's lock (the one running its code).</summary>
    internal ThreadState CurrentThread;

    /// <summary>The state of the first thread that entered this interpreter (<c>threading.main_thread()</c>).</summary>
    internal readonly ThreadState MainThread;

    /// <summary>The interpreter's lock: one thread at a time runs its code.</summary>
    internal readonly Threading.InterpreterLock Lock;

    // Thread states by OS thread (managed thread id); guarded by itself. Threads started by _thread remove theirs.
    private readonly Dictionary<int, ThreadState> _threads = [];

    internal readonly TextWriter StdoutWriter;
    internal readonly TextWriter StderrWriter;
    internal readonly TextReader StdinReader;

    /// <summary>Warnings already shown (the default filter shows each once per location).</summary>
    internal HashSet<string> WarningsShown => _warningsShown ??= new(StringComparer.Ordinal);

    private HashSet<string>? _warningsShown;

    /// <summary>The import system's state (path hooks, caches of compiled code are process-wide).</summary>
    internal readonly ImportSystem Importer;

    /// <summary>Creates an interpreter writing to the given streams: the main interpreter of a new group of
    /// interpreters (those it creates through <c>concurrent.interpreters</c>).</summary>
    public Interpreter(TextWriter stdout, TextWriter stderr, TextReader? stdin = null, IReadOnlyList<string>? argv = null, IReadOnlyList<string>? path = null)
        : this(new Interpreters.InterpreterGroup(), Interpreters.Whence.Runtime, stdout, stderr, stdin, argv, path)
    {
    }

    /// <summary>Creates an interpreter in <paramref name="group"/>.</summary>
    internal Interpreter(Interpreters.InterpreterGroup group, int whence, TextWriter stdout, TextWriter stderr, TextReader? stdin,
        IReadOnlyList<string>? argv, IReadOnlyList<string>? path)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        // Interpreters of a group write to the same streams from different threads.
        StdoutWriter = stdout == TextWriter.Null ? stdout : TextWriter.Synchronized(stdout);
        StderrWriter = stderr == TextWriter.Null ? stderr : TextWriter.Synchronized(stderr);
        StdinReader = stdin ?? TextReader.Null;
        Group = group;
        Whence = whence;
        MainThread = new ThreadState(this);
        CurrentThread = MainThread;
        Lock = new Threading.InterpreterLock(this);
        BuiltinsDict = BuiltinFunctions.NewBuiltinsDict();
        BuiltinsModule = new PyModule("builtins", BuiltinsDict);
        Modules.SetStr("builtins", BuiltinsModule);
        Importer = new ImportSystem(this);
        Sys = SysModule.Create(this, argv ?? [""], path ?? []);
        Modules.SetStr("sys", Sys);
        Main = new PyModule("__main__");
        Main.Dict.SetStr("__builtins__", BuiltinsModule);
        Main.Dict.SetStr("__package__", PyNone.Instance);
        Main.Dict.SetStr("__spec__", PyNone.Instance);
        Main.Dict.SetStr("__loader__", PyNone.Instance);
        Modules.SetStr("__main__", Main);
        Id = group.Add(this);
    }

    /// <summary>Runs <paramref name="action"/> with this interpreter entered on the calling thread (holding its lock).</summary>
    internal T Enter<T>(Func<T> action)
    {
        var prev = EnterThread();
        try
        {
            return action();
        }
        finally
        {
            ExitThread(prev);
        }
    }

    /// <summary>Makes the calling thread run in this interpreter: finds or makes its thread state and takes the
    /// interpreter's lock. A thread coming from another interpreter lets go of that one's lock meanwhile, so the
    /// other threads there go on. Returns what <see cref="ExitThread"/> restores.</summary>
    internal ThreadState? EnterThread()
    {
        var prev = ThreadState.CurrentOrNull;
        if (prev != null && prev.Interp == this)
            return prev; // nested: already in
        prev?.Interp.Lock.Release();
        var ts = StateOfCurrentThread();
        Lock.Acquire(ts);
        ts.Enter();
        if (prev != null)
        {
            prev.NestedIn = ts;
            prev.ForwardInterrupt();
        }
        return prev;
    }

    /// <summary>Undoes <see cref="EnterThread"/>.</summary>
    internal void ExitThread(ThreadState? prev)
    {
        if (prev != null && prev.Interp == this)
            return;
        Lock.Release();
        ThreadState.Exit(prev);
        if (prev != null)
        {
            prev.NestedIn = null;
            prev.Interp.Lock.Acquire(prev);
        }
    }

    private ThreadState StateOfCurrentThread()
    {
        int id = Environment.CurrentManagedThreadId;
        lock (_threads)
        {
            if (_threads.TryGetValue(id, out var ts))
                return ts;
            if (MainThread.Ident == 0)
            {
                MainThread.Ident = id;
                ts = MainThread;
            }
            else
            {
                ts = new ThreadState(this, id);
            }
            _threads.Add(id, ts);
            return ts;
        }
    }

    /// <summary>A state for a thread started by Python code (it runs nothing else); removed by <see cref="EndThread"/>.</summary>
    internal ThreadState BeginThread()
    {
        int id = Environment.CurrentManagedThreadId;
        var ts = new ThreadState(this, id);
        lock (_threads)
            _threads[id] = ts;
        return ts;
    }

    internal void EndThread(ThreadState ts)
    {
        lock (_threads)
        {
            if (_threads.TryGetValue(ts.Ident, out var cur) && cur == ts)
                _threads.Remove(ts.Ident);
        }
    }

    /// <summary>Threads started by Python code and still running (<c>_thread._count()</c>).</summary>
    internal int StartedThreads;

    /// <summary>Reports an exception nobody can catch (in a finished thread, a finalizer) as CPython's
    /// <c>sys.unraisablehook</c> does by default: the context line, then the traceback, on stderr.</summary>
    internal void PrintUnraisable(string context, PyBaseException e) => WriteStderr(context + "\n" + TracebackFormatter.Format(e));

    /// <summary>Writes to <c>sys.stderr</c> (whatever it was replaced with), or to the interpreter's error stream when
    /// that is missing or fails: what the runtime itself reports must not get lost.</summary>
    internal void WriteStderr(string text)
    {
        var stderr = Sys.Dict.GetStr(PyStr.Intern("stderr"));
        try
        {
            if (stderr is PyTextStream tstream)
            {
                tstream.Write(text);
                tstream.Flush();
            }
            else if (stderr != null && stderr != PyNone.Instance)
            {
                Ops.Call(Ops.GetAttr(stderr, "write"), new PyStr(text));
            }
            else
            {
                StderrWriter.Write(text);
            }
        }
        catch (PyException)
        {
            StderrWriter.Write(text);
        }
    }

    /// <summary>Compiles and runs source as the <c>__main__</c> module; a Python exception propagates as <see cref="PyException"/>.</summary>
    public void RunMain(byte[] source, string filename, bool isFile)
    {
        Enter(() =>
        {
            var code = Compiler.CodeGen.CompileModule(source, filename, isFile ? CompileSource.File : CompileSource.String, "<module>");
            Main.Dict.SetStr("__file__", new PyStr(filename));
            if (isFile)
                Main.Dict.SetStr("__cached__", PyNone.Instance);
            SetRunningMain(true);
            try
            {
                RunCode(code, Main.Dict, Main.Dict);
            }
            finally
            {
                SetRunningMain(false);
            }
            return 0;
        });
    }

    /// <summary>Runs a module-level code object with the given namespaces.</summary>
    internal PyObject RunCode(PyCode code, PyDict globals, PyObject locals)
    {
        var ts = CurrentThread;
        if (!globals.TryGetStr("__builtins__", out _))
            globals.SetStr("__builtins__", BuiltinsModule);
        var builtins = BuiltinsDict;
        if (globals.TryGetStr("__builtins__", out var b))
        {
            if (b is PyModule bm)
                builtins = bm.Dict;
            else if (b is PyDict bd)
                builtins = bd;
        }
        var slots = new PyObject?[code.FrameSize];
        foreach (int s in code.CellSlots)
            slots[s] = new PyCell(null);
        var frame = new Frame(code, slots, globals, builtins, ts);
        if (locals is PyDict ld && ld.Type == BuiltinTypes.Dict) // a dict subclass is used through its __getitem__
            frame.Names = ld;
        else
        {
            frame.Names = globals;
            frame.NamesMapping = locals;
        }
        return ts.Run(frame);
    }

    /// <summary>sys.displayhook for the interactive prompt.</summary>
    internal void DisplayHook(PyObject value)
    {
        var hook = Sys.Dict.TryGetStr("displayhook", out var h) ? h : null;
        if (hook != null)
            Ops.Call(hook, value);
    }
}

/// <summary>Where compiled source comes from (it decides how source text is decoded and which errors apply).</summary>
public enum CompileSource
{
    /// <summary>A file on disk (PEP 263 cookies honoured).</summary>
    File,

    /// <summary>A string given to exec/eval/compile or -c.</summary>
    String,
}

public sealed partial class Interpreter
{
    private System.Runtime.CompilerServices.ConditionalWeakTable<PyObject, PyInt>? _ids; // made on first id()
    private long _nextId = 0x7f0000001000;

    /// <summary><c>id(o)</c>: unique among live objects of this interpreter (shared immutables get one per interpreter).</summary>
    internal long IdOf(PyObject o)
    {
        _ids ??= new();
        if (_ids.TryGetValue(o, out var id))
            return id.Value;
        _nextId += 16;
        var v = PyInt.From(_nextId);
        _ids.Add(o, v);
        return _nextId;
    }

    /// <summary>Prints an uncaught exception to sys.stderr as CPython does.</summary>
    internal void PrintException(PyBaseException e) => WriteStderr(TracebackFormatter.Format(e));
}

public sealed partial class Interpreter
{
    /// <summary>Runs one statement typed at the interactive prompt in <c>__main__</c>.</summary>
    internal void RunInteractive(byte[] source)
    {
        Enter(() =>
        {
            var code = Compiler.CodeGen.CompileModule(source, "<stdin>", CompileSource.String, "<module>", Atoll.Syntax.ParseMode.Single);
            RunCode(code, Main.Dict, Main.Dict);
            return 0;
        });
    }

    /// <summary>What happens to an exception nobody caught: SystemExit gives the exit status; anything else is printed
    /// and gives status 1 (130 for KeyboardInterrupt, as a process killed by SIGINT).</summary>
    internal int HandleUncaught(PyBaseException e)
    {
        return Enter(() =>
        {
            try
            {
                if (e.Type.IsSubtypeOf(BuiltinTypes.SystemExit))
                {
                    var code = e.GetField("code");
                    if (e.Fields == null || !e.Fields.ContainsKey("code"))
                        code = e.Args.Count == 0 ? PyNone.Instance : e.Args.Count == 1 ? e.Args.Items[0] : e.Args;
                    if (code == PyNone.Instance)
                        return 0;
                    if (code is PyInt ci)
                        return ci.IsBig ? -1 : (int)ci.Value;
                    FlushStdout();
                    WriteStderr(Ops.Str(code) + "\n");
                    return 1;
                }
                FlushStdout();
                var hook = Sys.Dict.GetStr(PyStr.Intern("excepthook"));
                var builtinHook = Sys.Dict.GetStr(PyStr.Intern("__excepthook__"));
                if (hook != null && hook != builtinHook)
                {
                    try
                    {
                        Ops.Call(hook, [e.Type, e, (PyObject?)e.Traceback ?? PyNone.Instance], null);
                    }
                    catch (PyException)
                    {
                        PrintException(e);
                    }
                }
                else
                {
                    PrintException(e);
                }
                return e.Type.IsSubtypeOf(BuiltinTypes.KeyboardInterrupt) ? 130 : 1;
            }
            catch (PyException inner)
            {
                StderrWriter.Write("Error in sys.excepthook:\n" + TracebackFormatter.Format(inner.Value));
                return 1;
            }
        });
    }

    private void FlushStdout()
    {
        try
        {
            if (Sys.Dict.GetStr(PyStr.Intern("stdout")) is PyTextStream ts)
                ts.Flush();
        }
        catch (IOException)
        {
        }
    }
}

public sealed partial class Interpreter
{
    /// <summary>Asks the main thread to raise KeyboardInterrupt at its next check (Ctrl-C).</summary>
    public void RequestInterrupt() => MainThread.RequestInterrupt();
}
