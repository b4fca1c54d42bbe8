using Atoll.Runtime.Builtins;
using Atoll.Runtime.Objects;
using static Atoll.Runtime.Objects.BuiltinTypes;

namespace Atoll.Runtime.Modules.Pickle;

internal sealed partial class PyUnpickler
{
    private static PyUnpickler Self(PyObject o) => o as PyUnpickler ?? throw Err.Type($"descriptor requires a '_pickle.Unpickler' object but received '{Ops.TypeName(o)}'");

    /// <summary>The Python face of <c>_pickle.Unpickler</c> (subclassable: <c>find_class</c> and
    /// <c>persistent_load</c> overrides are used).</summary>
    internal static void Define(PyType t)
    {
        DefStatic(t, "__new__", (args, kw) =>
        {
            if (args.Length == 0 || args[0] is not PyType cls || !cls.IsSubtypeOf(t))
                throw Err.Type("Unpickler.__new__(X): X is not a subtype of _pickle.Unpickler");
            return new PyUnpickler(cls);
        });
        DefN(t, "__init__", (args, kw) =>
        {
            var a = Args.Bind("Unpickler", args[1..], kw, ["file", "fix_imports", "encoding", "errors", "buffers"], 1, maxPositional: 1);
            var u = Self(args[0]);
            u.SetFile(a[0]!);
            u.InitOptions("Unpickler", a[1], a[2], a[3], a[4]);
            return PyNone.Instance;
        });
        Def(t, "load", self => Self(self).Load());
        Def(t, "find_class", (self, module, name) =>
        {
            var m = module as PyStr ?? throw Err.Type($"find_class() argument 1 must be str, not {Ops.TypeName(module)}");
            var n = name as PyStr ?? throw Err.Type($"find_class() argument 2 must be str, not {Ops.TypeName(name)}");
            return Self(self).DefaultFindClass(m.Value, n.Value);
        });
        Def(t, "persistent_load", (self, pid) =>
            throw PickleModule.Unpickling("A load persistent id instruction was encountered, but no persistent_load function was specified."));
        Prop(t, "memo", self => new PyUnpicklerMemoProxy(Self(self)), (self, v) => PyUnpicklerMemoProxy.Assign(Self(self), v));
    }
}
