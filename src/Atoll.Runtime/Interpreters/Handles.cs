using System;
using Atoll.Runtime.Builtins;
using Atoll.Runtime.Objects;
using Atoll.Runtime.Threading;

namespace Atoll.Runtime.Interpreters;

/// <summary><c>concurrent.interpreters.Interpreter</c>: a handle on an interpreter, shareable by reference.</summary>
public sealed class PyInterpreterHandle : PyObject, IShareable
{
    internal readonly Interpreter Target;

    internal PyInterpreterHandle(Interpreter target) => Target = target;

    /// <inheritdoc/>
    public override PyType Type => InterpreterTypes.Interpreter;

    /// <summary>The interpreter, or InterpreterNotFoundError once it was closed.</summary>
    internal Interpreter Live => Target.IsClosed
        ? throw Err.New(BuiltinTypes.InterpreterNotFoundError, $"unrecognized interpreter ID {Target.Id}")
        : Target;
}

/// <summary><c>concurrent.interpreters.Queue</c>: a handle on a cross-interpreter queue, shareable by reference.</summary>
public sealed class PyQueueHandle : PyObject, IShareable
{
    internal readonly CrossQueue Queue;

    internal PyQueueHandle(CrossQueue queue) => Queue = queue;

    /// <inheritdoc/>
    public override PyType Type => InterpreterTypes.Queue;
}

/// <summary>The native types of <c>concurrent.interpreters</c>, shared by every interpreter.</summary>
internal static class InterpreterTypes
{
    public static readonly PyType ExecutionFailed = BuiltinTypes.NewNativeType("ExecutionFailed", "concurrent.interpreters", DefineExecutionFailed,
        BuiltinTypes.InterpreterError, final: false);

    public static readonly PyType Interpreter = BuiltinTypes.NewNativeType("Interpreter", "concurrent.interpreters", DefineInterpreter);

    public static readonly PyType Queue = BuiltinTypes.NewNativeType("Queue", "concurrent.interpreters._queues", DefineQueue);

    private static void DefineExecutionFailed(PyType t)
    {
        t.Dict.SetStr("__doc__", new PyStr("An unhandled exception happened during execution.\n\nThis is raised from Interpreter.exec() and Interpreter.call().\n"));
        BuiltinTypes.DefN(t, "__init__", (args, kw) =>
        {
            var a = Args.Bind("ExecutionFailed", args[1..], kw, ["excinfo"], 1);
            var e = (PyBaseException)args[0];
            var info = a[0]!;
            string msg = Ops.GetAttrOrNull(info, PyStr.Intern("formatted"), throwError: false) is PyStr f && f.Value.Length > 0 ? f.Value : Ops.Str(info);
            e.Args = PyTuple.Of(new PyStr(msg));
            e.Dict.SetStr("excinfo", info);
            return PyNone.Instance;
        });
        BuiltinTypes.Def(t, "__str__", self =>
        {
            var e = (PyBaseException)self;
            string super = e.Args.Count == 1 ? Ops.Str(e.Args.Items[0]) : e.Args.Count == 0 ? "" : Ops.Repr(e.Args);
            if (e.Dict.TryGetStr("excinfo", out var info) && Ops.GetAttrOrNull(info, PyStr.Intern("errdisplay"), throwError: false) is PyStr d)
                return new PyStr($"{super}\n\nUncaught in the interpreter:\n\n{d.Value}");
            return new PyStr(super);
        });
    }

    private static PyInterpreterHandle Self(PyObject o) => o as PyInterpreterHandle
        ?? throw Err.Type($"descriptor requires a 'concurrent.interpreters.Interpreter' object but received a '{Ops.TypeName(o)}'");

    private static void DefineInterpreter(PyType t)
    {
        t.Dict.SetStr("__doc__", new PyStr("A single Python interpreter."));
        BuiltinTypes.DefStatic(t, "__new__", (args, kw) =>
        {
            var a = Args.Bind("Interpreter", args[1..], kw, ["id"], 1, posOnly: 1);
            var interp = InterpretersModule.Lookup(a[0]!);
            return interp.Handle;
        });
        BuiltinTypes.Prop(t, "id", self => PyInt.From(Self(self).Target.Id));
        BuiltinTypes.Prop(t, "whence", self => new PyStr(Whence.Describe(Self(self).Target.Whence)));
        BuiltinTypes.Def(t, "__repr__", self => new PyStr($"Interpreter({Self(self).Target.Id})"));
        BuiltinTypes.Def(t, "__hash__", self => PyInt.From(Self(self).Target.Id.GetHashCode()));
        BuiltinTypes.Def(t, "__eq__", (self, other) => other is PyInterpreterHandle h ? PyBool.From(h.Target == Self(self).Target) : PyNotImplemented.Instance);
        BuiltinTypes.Def(t, "__reduce__", self => PyTuple.Of(Interpreter, PyTuple.Of(PyInt.From(Self(self).Target.Id))));
        BuiltinTypes.Def(t, "is_running", self => PyBool.From(Self(self).Live.IsRunning));
        BuiltinTypes.Def(t, "close", self =>
        {
            var target = Self(self).Live;
            if (target == ThreadState.Current.Interp)
                throw Err.New(BuiltinTypes.InterpreterError, "cannot destroy the current interpreter");
            target.Close();
            return PyNone.Instance;
        });
        BuiltinTypes.DefN(t, "prepare_main", (args, kw) =>
        {
            var target = Self(args[0]).Live;
            int npos = args.Length - 1 - (kw?.Length ?? 0);
            if (npos > 1)
                throw Err.Type($"prepare_main() takes from 1 to 2 positional arguments but {npos + 1} were given");
            var ns = new PyDict();
            if (npos == 1 && args[1] != PyNone.Instance)
                ns = (PyDict)Ops.CallType(BuiltinTypes.Dict, [args[1]], null); // dict(ns): any mapping or pairs, dict's errors
            for (int i = 0; i < (kw?.Length ?? 0); i++)
                ns.SetStr(kw![i], args[1 + npos + i]);
            InterpretersModule.SetMainAttrs(target, ns);
            return PyNone.Instance;
        });
        BuiltinTypes.Def(t, "exec", (self, code) =>
        {
            var target = Self(self).Live;
            var prepared = Execution.PrepareCode(code, "exec");
            var failure = Execution.Exec(target, prepared);
            if (failure != null)
                throw failure.ToExecutionFailed();
            return PyNone.Instance;
        });
        BuiltinTypes.DefN(t, "call", (args, kw) =>
        {
            if (args.Length < 2)
                throw Err.Type("call() missing 1 required positional argument: 'callable'");
            var target = Self(args[0]).Live;
            var (pos, kwargs) = SplitArgs(args[2..], kw);
            return Execution.Call(target, args[1], pos, kwargs);
        });
        BuiltinTypes.DefN(t, "call_in_thread", (args, kw) =>
        {
            if (args.Length < 2)
                throw Err.Type("call_in_thread() missing 1 required positional argument: 'callable'");
            var handle = Self(args[0]);
            _ = handle.Live;
            var callable = args[1];
            var (pos, kwargs) = SplitArgs(args[2..], kw);
            // A threading.Thread whose target makes the call (the result is dropped, as PEP 734 says).
            var threading = ThreadState.Current.Interp.Importer.Import("threading");
            var runner = PyBuiltinFunction.Create("_call_in_interpreter", (NativeFunction)((a, k) =>
            {
                Execution.Call(handle.Live, callable, pos, kwargs);
                return PyNone.Instance;
            }));
            var thread = Ops.CallWithDict(Ops.GetAttr(threading, "Thread"), [], MakeKw(("target", runner)));
            Ops.Call(Ops.GetAttr(thread, "start"));
            return thread;
        });
    }

    private static PyDict MakeKw(params (string Name, PyObject Value)[] items)
    {
        var d = new PyDict();
        foreach (var (n, v) in items)
            d.SetStr(n, v);
        return d;
    }

    private static (PyObject[] Args, PyDict? Kwargs) SplitArgs(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        int nkw = kw?.Length ?? 0;
        int npos = args.Length - nkw;
        PyDict? kwargs = null;
        if (nkw > 0)
        {
            kwargs = new PyDict();
            for (int i = 0; i < nkw; i++)
                kwargs.SetStr(kw![i], args[npos + i]);
        }
        return (args[..npos].ToArray(), kwargs);
    }

    private static PyQueueHandle Q(PyObject o) => o as PyQueueHandle
        ?? throw Err.Type($"descriptor requires a 'concurrent.interpreters._queues.Queue' object but received a '{Ops.TypeName(o)}'");

    private static void DefineQueue(PyType t)
    {
        t.Dict.SetStr("__doc__", new PyStr("A cross-interpreter queue."));
        BuiltinTypes.DefStatic(t, "__new__", (args, kw) =>
        {
            var a = Args.Bind("Queue", args[1..], kw, ["id"], 1, posOnly: 1);
            var group = ThreadState.Current.Interp.Group;
            long id = Ops.AsLong(a[0]!);
            var q = group.FindQueue(id) ?? throw Err.New(BuiltinTypes.QueueNotFoundError, $"queue {id} not found");
            return new PyQueueHandle(q);
        });
        BuiltinTypes.Prop(t, "id", self => PyInt.From(Q(self).Queue.Id));
        BuiltinTypes.Prop(t, "maxsize", self => PyInt.From(Q(self).Queue.MaxSize));
        BuiltinTypes.Def(t, "__repr__", self => new PyStr($"{self.Type.Name}({Q(self).Queue.Id})"));
        BuiltinTypes.Def(t, "__hash__", self => PyInt.From(Q(self).Queue.Id.GetHashCode()));
        BuiltinTypes.Def(t, "__eq__", (self, other) => other is PyQueueHandle h ? PyBool.From(h.Queue == Q(self).Queue) : PyNotImplemented.Instance);
        BuiltinTypes.Def(t, "__reduce__", self => PyTuple.Of(Queue, PyTuple.Of(PyInt.From(Q(self).Queue.Id))));
        BuiltinTypes.Def(t, "empty", self => PyBool.From(Q(self).Queue.Count == 0));
        BuiltinTypes.Def(t, "full", self => PyBool.From(Q(self).Queue.IsFull));
        BuiltinTypes.Def(t, "qsize", self => PyInt.From(Q(self).Queue.Count));
        BuiltinTypes.DefN(t, "put", (args, kw) =>
        {
            var a = Args.Bind("put", args[1..], kw, ["obj", "block", "timeout", "unbounditems"], 1, maxPositional: 3);
            bool block = a[1] == null || Ops.IsTrue(a[1]!);
            double timeout = Timeout(a[2]);
            Put(Q(args[0]), a[0]!, block ? timeout : 0, a[3]);
            return PyNone.Instance;
        });
        BuiltinTypes.DefN(t, "put_nowait", (args, kw) =>
        {
            var a = Args.Bind("put_nowait", args[1..], kw, ["obj", "unbounditems"], 1, maxPositional: 1);
            Put(Q(args[0]), a[0]!, 0, a[1]);
            return PyNone.Instance;
        });
        BuiltinTypes.DefN(t, "get", (args, kw) =>
        {
            var a = Args.Bind("get", args[1..], kw, ["block", "timeout"], 0);
            bool block = a[0] == null || Ops.IsTrue(a[0]!);
            return Get(Q(args[0]), block ? Timeout(a[1]) : 0);
        });
        BuiltinTypes.Def(t, "get_nowait", self => Get(Q(self), 0));
    }

    private static double Timeout(PyObject? o)
    {
        if (o == null || o == PyNone.Instance)
            return -1;
        double t = ThreadTypes.Seconds(o);
        if (t < 0)
            throw Err.Value($"timeout value must be non-negative");
        return t;
    }

    private static void Put(PyQueueHandle h, PyObject obj, double timeout, PyObject? unbound)
    {
        var q = h.Queue;
        int op = unbound == null || unbound == PyNone.Instance ? q.DefaultUnboundOp : InterpQueuesModule.UnboundFlag(unbound);
        var packed = CrossInterpreter.Pack(obj);
        if (!q.Put(packed, q.DefaultFmt, op, timeout))
            throw InterpQueuesModule.Raise("QueueFull", "queue is full");
    }

    private static PyObject Get(PyQueueHandle h, double timeout)
    {
        if (!h.Queue.TryGet(timeout, out var item))
            throw InterpQueuesModule.Raise("QueueEmpty", "queue is empty");
        if (item.Unbound)
            return InterpQueuesModule.ResolveUnbound(item.UnboundOp);
        return CrossInterpreter.Unpack(item.Packed!);
    }
}
