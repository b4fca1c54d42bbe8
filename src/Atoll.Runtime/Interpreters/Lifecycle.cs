using System;
using System.IO;
using System.Threading;
using Atoll.Runtime.Interpreters;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Interpreters
{
    /// <summary>Where an interpreter came from (CPython's <c>_interpreters.WHENCE_*</c>).</summary>
    internal static class Whence
    {
        public const int Unknown = 0, Runtime = 1, LegacyCApi = 2, CApi = 3, CrossInterp = 4, Stdlib = 5;

        public static string Describe(int whence) => whence switch
        {
            Runtime => "runtime init",
            LegacyCApi => "legacy C-API",
            CApi => "C-API",
            CrossInterp => "cross-interpreter C-API",
            Stdlib => "_interpreters module",
            _ => "unknown",
        };
    }
}

namespace Atoll.Runtime
{
    public sealed partial class Interpreter
    {
        /// <summary>The group this interpreter belongs to.</summary>
        internal readonly InterpreterGroup Group;

        /// <summary>The id, unique in the group (the main interpreter's is 0).</summary>
        public long Id { get; }

        /// <summary>How the interpreter was created (<see cref="Interpreters.Whence"/>).</summary>
        internal readonly int Whence;

        private int _running; // threads running code here through exec/call
        private int _closed;

        /// <summary>References held by <c>_interpreters.incref</c> (high-level handles).</summary>
        internal int Refs;

        /// <summary>True once closed: it runs nothing more.</summary>
        public bool IsClosed => Volatile.Read(ref _closed) != 0;

        /// <summary>True while some thread runs code in it through <c>exec</c>/<c>call</c> (or it is the one running
        /// the main program).</summary>
        internal bool IsRunning => Volatile.Read(ref _running) > 0;

        /// <summary>Per-interpreter values registered by Python modules (the classes <c>_interpqueues</c> raises...).</summary>
        internal readonly PyDict ModuleState = new();

        /// <summary>True while this interpreter runs the sender's main script as <c>__mp_main__</c>
        /// (<see cref="ImportSystem.LoadScriptAs"/>).</summary>
        internal bool RerunningMainScript;

        /// <summary>Refuses to start other interpreters' work while the main script is being re-run here to define what
        /// was sent: a script without <c>if __name__ == "__main__":</c> would otherwise start its job again in every
        /// worker, without end (multiprocessing's spawn mode refuses the same way).</summary>
        internal void CheckNotBootstrapping()
        {
            if (RerunningMainScript)
            {
                throw Err.Runtime("An attempt has been made to use another interpreter while this one is still running the "
                    + "main script as __mp_main__ (to define the functions and classes sent to it). The main script must "
                    + "protect its entry point with: if __name__ == '__main__':");
            }
        }

        /// <summary>Creates another interpreter in this one's group, sharing its standard streams and <c>sys.path</c>.</summary>
        internal Interpreter CreateSubinterpreter(int whence)
        {
            CheckNotBootstrapping();
            var path = new System.Collections.Generic.List<string>();
            if (Sys.Dict.TryGetStr("path", out var p) && p is PyList pl)
            {
                for (int i = 0; i < pl.Count; i++)
                {
                    if (pl[i] is PyStr s)
                        path.Add(s.Value);
                }
            }
            return new Interpreter(Group, whence, StdoutWriter, StderrWriter, TextReader.Null, [""], path);
        }

        /// <summary>Marks the interpreter as running code for the duration of a call; fails if it already is
        /// (an interpreter runs one <c>exec</c>/<c>call</c> at a time, as in CPython).</summary>
        internal void BeginRunning()
        {
            if (IsClosed)
                throw Err.New(BuiltinTypes.InterpreterNotFoundError, $"unrecognized interpreter ID {Id}");
            if (Interlocked.CompareExchange(ref _running, 1, 0) != 0)
                throw Err.New(BuiltinTypes.InterpreterError, "interpreter already running");
        }

        internal void EndRunning() => Volatile.Write(ref _running, 0);

        /// <summary>Marks the main program as running (the main interpreter while <c>atoll</c> runs a script).</summary>
        internal void SetRunningMain(bool running) => Volatile.Write(ref _running, running ? 1 : 0);

        /// <summary>Closes the interpreter: it must not be running; items it left in queues become unbound; its
        /// streams are flushed. Closing twice does nothing.</summary>
        public void Close()
        {
            if (IsRunning)
                throw Err.New(BuiltinTypes.InterpreterError, "interpreter running");
            if (Volatile.Read(ref StartedThreads) > 0)
                throw Err.New(BuiltinTypes.InterpreterError, "interpreter has more than one thread");
            if (Interlocked.Exchange(ref _closed, 1) != 0)
                return;
            try
            {
                Enter(() =>
                {
                    if (Sys.Dict.TryGetStr("stdout", out var o) && o is PyTextStream tso)
                        tso.Flush();
                    if (Sys.Dict.TryGetStr("stderr", out var e) && e is PyTextStream tse)
                        tse.Flush();
                    return 0;
                });
            }
            catch (PyException)
            {
                // Flushing a replaced stream may fail: closing goes on.
            }
            Group.Remove(this);
        }
    }
}

namespace Atoll.Runtime
{
    public sealed partial class Interpreter
    {
        private Interpreters.PyInterpreterHandle? _handle;

        /// <summary>The handle Python code sees (one per interpreter, shared by reference).</summary>
        internal Interpreters.PyInterpreterHandle Handle
        {
            get
            {
                var h = _handle;
                if (h == null)
                {
                    Interlocked.CompareExchange(ref _handle, new Interpreters.PyInterpreterHandle(this), null);
                    h = _handle!;
                }
                return h;
            }
        }
    }
}
