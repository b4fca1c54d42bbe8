using System;
using Atoll.Runtime.Builtins;
using Atoll.Runtime.Modules;
using Atoll.Runtime.Objects;
using Atoll.Runtime.Threading;

namespace Atoll.Runtime.Interpreters;

/// <summary>One end of a channel as Python sees it (<c>RecvChannel</c>/<c>SendChannel</c>): shareable by reference.</summary>
public sealed class PyChannelEnd : PyObject, IShareable
{
    internal readonly Channel Channel;
    internal readonly bool IsSend;

    internal PyChannelEnd(Channel channel, bool isSend)
    {
        Channel = channel;
        IsSend = isSend;
    }

    /// <inheritdoc/>
    public override PyType Type => IsSend ? ChannelsModule.SendType : ChannelsModule.RecvType;
}

/// <summary>
/// Memory sent with <c>send_buffer</c>: the sender's bytes, not a copy. The receiver sees it through a read-only
/// memoryview, so it can never write into the sender's buffer.
/// </summary>
internal sealed record SharedBuffer(byte[] Array, int Offset, int Length)
{
    public static SharedBuffer Of(PyObject o) => o switch
    {
        PyBytes b => new SharedBuffer(b.Value, 0, b.Value.Length),
        PyByteArray ba => new SharedBuffer(ba._items, 0, ba._count),
        PyMemoryView mv => FromView(mv),
        _ => throw Err.Type($"a bytes-like object is required, not '{Ops.TypeName(o)}'"),
    };

    private static SharedBuffer FromView(PyMemoryView mv)
    {
        var inner = Of(mv.Obj);
        var span = mv.Bytes;
        // The view's window inside the underlying array.
        int offset = inner.Length == 0 ? 0 : (int)System.Runtime.CompilerServices.Unsafe.ByteOffset(
            ref inner.Array[0], ref System.Runtime.InteropServices.MemoryMarshal.GetReference(span));
        return new SharedBuffer(inner.Array, offset, span.Length);
    }

    public PyObject ToMemoryView()
    {
        var owner = new PyBytes(Array); // the shared array, seen read-only
        return new PyMemoryView(owner, Offset, Length, readOnly: true);
    }
}

/// <summary><c>_interpchannels</c> (CPython 3.13's names; channels by id) and the native channel end types used by
/// <c>concurrent.interpreters.channels</c>.</summary>
internal static class ChannelsModule
{
    public static readonly PyType RecvType = BuiltinTypes.NewNativeType("RecvChannel", "concurrent.interpreters.channels", t => DefineEnd(t, send: false));
    public static readonly PyType SendType = BuiltinTypes.NewNativeType("SendChannel", "concurrent.interpreters.channels", t => DefineEnd(t, send: true));

    public static readonly NativeModuleDef Def = new("_interpchannels", m =>
    {
        m.Value("ChannelError", BuiltinTypes.ChannelError);
        m.Value("ChannelNotFoundError", BuiltinTypes.ChannelNotFoundError);
        m.Value("ChannelClosedError", BuiltinTypes.ChannelClosedError);
        m.Value("ChannelEmptyError", BuiltinTypes.ChannelEmptyError);
        m.Value("ChannelNotEmptyError", BuiltinTypes.ChannelNotEmptyError);
        m.Value("RecvChannel", RecvType);
        m.Value("SendChannel", SendType);
        m.Fn("create", (args, kw) =>
        {
            var a = Args.Bind("create", args, kw, ["unboundop"], 0);
            int op = a[0] == null ? UnboundOp.Replace : (int)Ops.AsLong(a[0]!);
            if (!UnboundOp.IsValid(op))
                throw Err.Value($"unsupported unboundop {op}");
            return PyInt.From(Current.Group.AddChannel(op).Id);
        });
        m.Fn("destroy", (args, kw) =>
        {
            var c = Find(Args.Bind("destroy", args, kw, ["cid"], 1)[0]!);
            Current.Group.RemoveChannel(c.Id);
            c.Destroy();
            return PyNone.Instance;
        });
        m.Fn0("list_all", () =>
        {
            var list = new PyList();
            foreach (var c in Current.Group.AllChannels())
                list.Append(PyTuple.Of(PyInt.From(c.Id), PyInt.From(c.DefaultUnboundOp)));
            return list;
        });
        m.Fn("send", (args, kw) =>
        {
            var a = Args.Bind("send", args, kw, ["cid", "obj", "unboundop", "blocking", "timeout"], 2, maxPositional: 3);
            var c = Find(a[0]!);
            Send(c, CrossInterpreter.Pack(a[1]!), Op(c, a[2]), a[3] == null || Ops.IsTrue(a[3]!), Timeout(a[4]));
            return PyNone.Instance;
        });
        m.Fn("send_buffer", (args, kw) =>
        {
            var a = Args.Bind("send_buffer", args, kw, ["cid", "obj", "unboundop", "blocking", "timeout"], 2, maxPositional: 3);
            var c = Find(a[0]!);
            Send(c, SharedBuffer.Of(a[1]!), Op(c, a[2]), a[3] == null || Ops.IsTrue(a[3]!), Timeout(a[4]));
            return PyNone.Instance;
        });
        m.Fn("recv", (args, kw) =>
        {
            var a = Args.Bind("recv", args, kw, ["cid", "default"], 1);
            var c = Find(a[0]!);
            var e = c.Recv(0);
            if (e == null)
            {
                if (a[1] != null)
                    return PyTuple.Of(a[1]!, PyNone.Instance);
                throw Err.New(BuiltinTypes.ChannelEmptyError, $"channel {c.Id} is empty");
            }
            if (e.Unbound)
                return PyTuple.Of(PyNone.Instance, PyInt.From(e.UnboundOp));
            return PyTuple.Of(Unpack(e.Packed!), PyNone.Instance);
        });
        m.Fn("close", (args, kw) =>
        {
            var a = Args.Bind("close", args, kw, ["cid", "send", "recv", "force"], 1, maxPositional: 1);
            Find(a[0]!).Close(a[1] != null && Ops.IsTrue(a[1]!), a[2] != null && Ops.IsTrue(a[2]!), a[3] != null && Ops.IsTrue(a[3]!));
            return PyNone.Instance;
        });
        m.Fn("release", (args, kw) =>
        {
            var a = Args.Bind("release", args, kw, ["cid", "send", "recv", "force"], 1, maxPositional: 1);
            var c = Find(a[0]!);
            if (!c.IsClosed)
                c.Close(a[1] != null && Ops.IsTrue(a[1]!), a[2] != null && Ops.IsTrue(a[2]!), true);
            return PyNone.Instance;
        });
        m.Fn1("get_count", cid => PyInt.From(Find(cid).Count));
        m.Fn1("get_channel_defaults", cid => PyInt.From(Find(cid).DefaultUnboundOp));
        m.Fn("_channel_id", (args, kw) =>
        {
            var a = Args.Bind("_channel_id", args, kw, ["id", "send", "recv", "force", "_resolve"], 1, maxPositional: 1);
            return PyInt.From(Find(a[0]!).Id);
        });
        m.Fn("_register_end_types", (args, kw) => PyNone.Instance);
        // For concurrent.interpreters.channels: ends of a new channel, ends of every channel.
        m.Fn("_create_ends", (args, kw) =>
        {
            var a = Args.Bind("_create_ends", args, kw, ["unbounditems"], 1);
            var c = Current.Group.AddChannel(InterpQueuesModule.UnboundFlag(a[0]!));
            return PyTuple.Of(new PyChannelEnd(c, false), new PyChannelEnd(c, true));
        });
        m.Fn0("_all_ends", () =>
        {
            var list = new PyList();
            foreach (var c in Current.Group.AllChannels())
                list.Append(PyTuple.Of(new PyChannelEnd(c, false), new PyChannelEnd(c, true)));
            return list;
        });
    });

    private static Interpreter Current => ThreadState.Current.Interp;

    private static Channel Find(PyObject cid)
    {
        if (cid is PyChannelEnd end)
            return end.Channel;
        long id = Ops.AsLong(cid);
        if (id < 0)
            throw Err.Value($"channel ID must be a non-negative int, got {id}");
        return Current.Group.FindChannel(id) ?? throw Err.New(BuiltinTypes.ChannelNotFoundError, $"channel {id} not found");
    }

    private static int Op(Channel c, PyObject? o)
    {
        if (o == null || o == PyNone.Instance)
            return c.DefaultUnboundOp;
        return InterpQueuesModule.UnboundFlag(o);
    }

    private static double Timeout(PyObject? o)
    {
        if (o == null || o == PyNone.Instance)
            return -1;
        double t = ThreadTypes.Seconds(o);
        if (t < 0)
            throw Err.Value("timeout value must be non-negative");
        return t;
    }

    private static void Send(Channel c, object packed, int op, bool wait, double timeout)
    {
        if (!c.Send(packed, op, wait, timeout))
            throw Err.New(BuiltinTypes.TimeoutError, "timed out");
    }

    private static PyObject Unpack(object packed) => packed is SharedBuffer b ? b.ToMemoryView() : CrossInterpreter.Unpack(packed);

    private static PyChannelEnd End(PyObject o, bool send) => o is PyChannelEnd e && e.IsSend == send ? e
        : throw Err.Type($"descriptor requires a '{(send ? "SendChannel" : "RecvChannel")}' object but received a '{Ops.TypeName(o)}'");

    private static void DefineEnd(PyType t, bool send)
    {
        string name = send ? "SendChannel" : "RecvChannel";
        t.Dict.SetStr("__doc__", new PyStr(send ? "The sending end of a cross-interpreter channel." : "The receiving end of a cross-interpreter channel."));
        BuiltinTypes.DefStatic(t, "__new__", (args, kw) =>
        {
            var a = Args.Bind(name, args[1..], kw, ["cid"], 1, posOnly: 1);
            return new PyChannelEnd(Find(a[0]!), send);
        });
        BuiltinTypes.Prop(t, "id", self => PyInt.From(End(self, send).Channel.Id));
        BuiltinTypes.Prop(t, "is_closed", self => PyBool.From(send ? End(self, send).Channel.SendClosed : End(self, send).Channel.RecvClosed));
        BuiltinTypes.Def(t, "__repr__", self => new PyStr($"{name}(id={End(self, send).Channel.Id})"));
        BuiltinTypes.Def(t, "__hash__", self => PyInt.From(End(self, send).Channel.Id.GetHashCode()));
        BuiltinTypes.Def(t, "__eq__", (self, other) => other is PyChannelEnd o && o.IsSend == send
            ? PyBool.From(o.Channel == End(self, send).Channel) : PyNotImplemented.Instance);
        BuiltinTypes.Def(t, "__reduce__", self => PyTuple.Of(t, PyTuple.Of(PyInt.From(End(self, send).Channel.Id))));
        BuiltinTypes.Def(t, "close", self =>
        {
            var c = End(self, send).Channel;
            c.Close(send, !send, false);
            return PyNone.Instance;
        });
        if (send)
        {
            BuiltinTypes.DefN(t, "send", (args, kw) =>
            {
                var a = Args.Bind("send", args[1..], kw, ["obj", "timeout", "unbounditems"], 1, maxPositional: 2);
                var c = End(args[0], true).Channel;
                Send(c, CrossInterpreter.Pack(a[0]!), Op(c, a[2]), true, Timeout(a[1]));
                return PyNone.Instance;
            });
            BuiltinTypes.DefN(t, "send_nowait", (args, kw) =>
            {
                var a = Args.Bind("send_nowait", args[1..], kw, ["obj", "unbounditems"], 1, maxPositional: 1);
                var c = End(args[0], true).Channel;
                Send(c, CrossInterpreter.Pack(a[0]!), Op(c, a[1]), false, 0);
                return PyNone.Instance;
            });
            BuiltinTypes.DefN(t, "send_buffer", (args, kw) =>
            {
                var a = Args.Bind("send_buffer", args[1..], kw, ["obj", "timeout", "unbounditems"], 1, maxPositional: 2);
                var c = End(args[0], true).Channel;
                Send(c, SharedBuffer.Of(a[0]!), Op(c, a[2]), true, Timeout(a[1]));
                return PyNone.Instance;
            });
            BuiltinTypes.DefN(t, "send_buffer_nowait", (args, kw) =>
            {
                var a = Args.Bind("send_buffer_nowait", args[1..], kw, ["obj", "unbounditems"], 1, maxPositional: 1);
                var c = End(args[0], true).Channel;
                Send(c, SharedBuffer.Of(a[0]!), Op(c, a[1]), false, 0);
                return PyNone.Instance;
            });
        }
        else
        {
            BuiltinTypes.DefN(t, "recv", (args, kw) =>
            {
                var a = Args.Bind("recv", args[1..], kw, ["timeout"], 0);
                var c = End(args[0], false).Channel;
                var e = c.Recv(Timeout(a[0])) ?? throw Err.New(BuiltinTypes.TimeoutError, "timed out");
                return Resolve(e);
            });
            BuiltinTypes.DefN(t, "recv_nowait", (args, kw) =>
            {
                var a = Args.Bind("recv_nowait", args[1..], kw, ["default"], 0);
                var c = End(args[0], false).Channel;
                var e = c.Recv(0);
                if (e == null)
                    return a[0] ?? throw Err.New(BuiltinTypes.ChannelEmptyError, $"channel {c.Id} is empty");
                return Resolve(e);
            });
        }
    }

    private static PyObject Resolve(Channel.Entry e)
    {
        if (e.Unbound)
            return InterpQueuesModule.ResolveUnbound(e.UnboundOp);
        return Unpack(e.Packed!);
    }
}
