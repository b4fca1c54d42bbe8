using Atoll.Runtime.Builtins;
using Atoll.Runtime.Modules;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Interpreters;

/// <summary><c>_interpqueues</c>, with CPython 3.13's names and signatures (queues by id), plus what the native
/// <c>Queue</c> handle needs: the Python-level classes it raises and the UNBOUND markers, registered per interpreter
/// by <c>concurrent.interpreters._queues</c>.</summary>
internal static class InterpQueuesModule
{
    public static readonly NativeModuleDef Def = new("_interpqueues", m =>
    {
        m.Value("QueueError", BuiltinTypes.QueueError);
        m.Value("QueueNotFoundError", BuiltinTypes.QueueNotFoundError);
        m.Value("Queue", InterpreterTypes.Queue);
        m.Fn("create", (args, kw) =>
        {
            var a = Args.Bind("create", args, kw, ["maxsize", "fmt", "unboundop"], 3);
            var q = NewQueue(a[0]!, (int)Ops.AsLong(a[1]!), a[2]!, pinned: true);
            q.Refs = 1;
            return PyInt.From(q.Id);
        });
        m.Fn("destroy", (args, kw) =>
        {
            var a = Args.Bind("destroy", args, kw, ["qid"], 1);
            var q = Find(a[0]!);
            Current.Group.RemoveQueue(q.Id);
            q.Destroy();
            return PyNone.Instance;
        });
        m.Fn0("list_all", () =>
        {
            var list = new PyList();
            foreach (var q in Current.Group.AllQueues())
                list.Append(PyTuple.Of(PyInt.From(q.Id), PyInt.From(q.DefaultFmt), PyInt.From(q.DefaultUnboundOp)));
            return list;
        });
        m.Fn("put", (args, kw) =>
        {
            var a = Args.Bind("put", args, kw, ["qid", "obj", "fmt", "unboundop"], 4);
            var q = Find(a[0]!);
            int op = (int)Ops.AsLong(a[3]!);
            if (!UnboundOp.IsValid(op))
                throw Err.Value($"unsupported unboundop {op}");
            if (!q.Put(CrossInterpreter.Pack(a[1]!), (int)Ops.AsLong(a[2]!), op, 0))
                throw Raise("QueueFull", $"queue {q.Id} is full");
            return PyNone.Instance;
        });
        m.Fn("get", (args, kw) =>
        {
            var a = Args.Bind("get", args, kw, ["qid"], 1);
            var q = Find(a[0]!);
            if (!q.TryGet(0, out var item))
                throw Raise("QueueEmpty", $"queue {q.Id} is empty");
            if (item.Unbound)
                return PyTuple.Of(PyNone.Instance, PyInt.From(item.Fmt), PyInt.From(item.UnboundOp));
            return PyTuple.Of(CrossInterpreter.Unpack(item.Packed!), PyInt.From(item.Fmt), PyNone.Instance);
        });
        m.Fn("bind", (args, kw) =>
        {
            var a = Args.Bind("bind", args, kw, ["qid"], 1);
            System.Threading.Interlocked.Increment(ref Find(a[0]!).Refs);
            return PyNone.Instance;
        });
        m.Fn("release", (args, kw) =>
        {
            var a = Args.Bind("release", args, kw, ["qid"], 1);
            var q = Find(a[0]!);
            if (System.Threading.Interlocked.Decrement(ref q.Refs) <= 0)
            {
                Current.Group.RemoveQueue(q.Id);
                q.Destroy();
            }
            return PyNone.Instance;
        });
        m.Fn1("get_maxsize", qid => PyInt.From(Find(qid).MaxSize));
        m.Fn1("get_queue_defaults", qid =>
        {
            var q = Find(qid);
            return PyTuple.Of(PyInt.From(q.DefaultFmt), PyInt.From(q.DefaultUnboundOp));
        });
        m.Fn1("is_full", qid => PyBool.From(Find(qid).IsFull));
        m.Fn1("get_count", qid => PyInt.From(Find(qid).Count));
        m.Fn("_register_heap_types", (args, kw) =>
        {
            var a = Args.Bind("_register_heap_types", args, kw, ["queuetype", "emptyerror", "fullerror"], 3);
            Current.ModuleState.SetStr("QueueEmpty", a[1]!);
            Current.ModuleState.SetStr("QueueFull", a[2]!);
            return PyNone.Instance;
        });
        // For concurrent.interpreters._queues: the markers and the error class of this interpreter, then handles.
        m.Fn("_register_unbound", (args, kw) =>
        {
            var a = Args.Bind("_register_unbound", args, kw, ["unbound", "unbound_error", "unbound_remove", "destroyed"], 4);
            Current.ModuleState.SetStr("UNBOUND", a[0]!);
            Current.ModuleState.SetStr("UNBOUND_ERROR", a[1]!);
            Current.ModuleState.SetStr("UNBOUND_REMOVE", a[2]!);
            Current.ModuleState.SetStr("ItemInterpreterDestroyed", a[3]!);
            return PyNone.Instance;
        });
        m.Fn("_create", (args, kw) =>
        {
            var a = Args.Bind("_create", args, kw, ["maxsize", "unbounditems"], 2);
            return new PyQueueHandle(NewQueue(a[0]!, 0, PyInt.From(UnboundFlag(a[1]!))));
        });
        m.Fn0("_all_handles", () =>
        {
            var list = new PyList();
            foreach (var q in Current.Group.AllQueues())
            {
                if (!q.Destroyed)
                    list.Append(new PyQueueHandle(q));
            }
            return list;
        });
    });

    private static Interpreter Current => ThreadState.Current.Interp;

    private static CrossQueue NewQueue(PyObject maxsize, int fmt, PyObject unboundop, bool pinned = false)
    {
        long max = Ops.AsLong(maxsize);
        int op = (int)Ops.AsLong(unboundop);
        if (!UnboundOp.IsValid(op))
            throw Err.Value($"unsupported unboundop {op}");
        return Current.Group.AddQueue(max <= 0 ? 0 : (int)System.Math.Min(max, int.MaxValue), fmt, op, pinned);
    }

    private static CrossQueue Find(PyObject qid)
    {
        if (qid is PyQueueHandle h)
            return h.Queue;
        long id = Ops.AsLong(qid);
        if (id < 0)
            throw Err.Value($"queue ID must be a non-negative int, got {id}");
        var q = Current.Group.FindQueue(id);
        if (q == null || q.Destroyed)
            throw Err.New(BuiltinTypes.QueueNotFoundError, $"queue {id} not found");
        return q;
    }

    /// <summary>The per-interpreter state the Python side registers (QueueEmpty, UNBOUND...): importing
    /// <c>concurrent.interpreters._queues</c> registers it, so an interpreter that only received a queue gets it on
    /// first need.</summary>
    private static PyDict State()
    {
        var interp = Current;
        if (!interp.ModuleState.TryGetStr("UNBOUND", out _))
            interp.Importer.Import("concurrent.interpreters._queues");
        return interp.ModuleState;
    }

    /// <summary>The exception registered under <paramref name="name"/> in this interpreter (QueueEmpty...), else QueueError.</summary>
    public static PyException Raise(string name, string message)
    {
        if (State().TryGetStr(name, out var t) && t is PyType type)
            return new PyException((PyBaseException)Ops.Call(type, new PyStr(message)));
        return Err.New(BuiltinTypes.QueueError, message);
    }

    /// <summary>The flag for an UNBOUND / UNBOUND_ERROR / UNBOUND_REMOVE marker (or an int flag).</summary>
    public static int UnboundFlag(PyObject marker)
    {
        var state = State();
        if (state.TryGetStr("UNBOUND", out var u) && marker == u)
            return UnboundOp.Replace;
        if (state.TryGetStr("UNBOUND_ERROR", out var e) && marker == e)
            return UnboundOp.Error;
        if (state.TryGetStr("UNBOUND_REMOVE", out var r) && marker == r)
            return UnboundOp.Remove;
        if (marker is PyInt && UnboundOp.IsValid((int)Ops.AsLong(marker)))
            return (int)Ops.AsLong(marker);
        throw Err.Value($"unsupported unbound replacement object {Ops.Repr(marker)}");
    }

    /// <summary>What taking an unbound item gives: the UNBOUND marker, or ItemInterpreterDestroyed.</summary>
    public static PyObject ResolveUnbound(int op)
    {
        var state = State();
        if (op == UnboundOp.Error)
        {
            if (state.TryGetStr("ItemInterpreterDestroyed", out var t) && t is PyType type)
                throw new PyException((PyBaseException)Ops.Call(type, new PyStr("item's original interpreter destroyed")));
            throw Err.New(BuiltinTypes.QueueError, "item's original interpreter destroyed");
        }
        return state.TryGetStr("UNBOUND", out var u) ? u : PyNone.Instance;
    }
}
