using System;
using Atoll.Runtime.Builtins;
using Atoll.Runtime.Objects;
using static Atoll.Runtime.Objects.BuiltinTypes;

namespace Atoll.Runtime.Modules.Pickle;

internal sealed partial class PyPickler
{
    private static PyPickler Self(PyObject o) => o as PyPickler ?? throw Err.Type($"descriptor requires a '_pickle.Pickler' object but received '{Ops.TypeName(o)}'");

    /// <summary>The Python face of <c>_pickle.Pickler</c> (subclassable: <c>persistent_id</c>, <c>reducer_override</c>
    /// and <c>dispatch_table</c> are found on the instance when a dump starts).</summary>
    internal static void Define(PyType t)
    {
        DefStatic(t, "__new__", (args, kw) =>
        {
            if (args.Length == 0 || args[0] is not PyType cls || !cls.IsSubtypeOf(t))
                throw Err.Type("Pickler.__new__(X): X is not a subtype of _pickle.Pickler");
            return new PyPickler(cls);
        });
        DefN(t, "__init__", (args, kw) =>
        {
            var a = Args.Bind("Pickler", args[1..], kw, ["file", "protocol", "fix_imports", "buffer_callback"], 1, maxPositional: 4);
            Self(args[0]).Init(a[0], a[1], a[2], a[3]);
            return PyNone.Instance;
        });
        Def(t, "dump", (self, obj) =>
        {
            Self(self).Dump(obj);
            return PyNone.Instance;
        });
        Def(t, "clear_memo", self =>
        {
            Self(self).Memo.Clear();
            return PyNone.Instance;
        });
        Def(t, "persistent_id", (self, obj) => PyNone.Instance);
        Prop(t, "dispatch_table", self => Self(self).DispatchTable ?? throw Err.NoAttribute(self, "dispatch_table"),
            (self, v) => Self(self).DispatchTable = v);
        Prop(t, "fast", self => PyInt.From(Self(self).Fast ? 1 : 0), (self, v) =>
        {
            if (v == null)
                throw Err.Type("attribute deletion is not supported");
            Self(self).Fast = Ops.IsTrue(v);
        });
        Prop(t, "bin", self => PyInt.From(Self(self).Proto > 0 ? 1 : 0));
        Prop(t, "memo", self => new PyPicklerMemoProxy(Self(self)), (self, v) => PyPicklerMemoProxy.Assign(Self(self), v));
    }
}
