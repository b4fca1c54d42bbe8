using System;
using System.Collections.Generic;
using System.Text;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Objects;

public static partial class BuiltinTypes
{

    private static void DefineObject(out PyBuiltinFunction getattribute, out PyBuiltinFunction setattr, out PyBuiltinFunction delattr)
    {
        var t = Object;
        t.Dict.SetStr("__doc__", new PyStr("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"));
        var objectNew = PyBuiltinFunction.Create("__new__", (args, kw) =>
        {
            if (args.Length == 0 || args[0] is not PyType cls)
                throw Err.Type("object.__new__(X): X is not a type object");
            bool excess = args.Length > 1 || kw is { Length: > 0 };
            if (excess)
            {
                bool newOverridden = cls.Lookup("__new__") != Object.Dict.GetStr(PyStr.Intern("__new__"));
                bool initOverridden = cls.Lookup("__init__") != Object.Dict.GetStr(PyStr.Intern("__init__"));
                if (newOverridden)
                    throw Err.Type("object.__new__() takes exactly one argument (the type to instantiate)");
                if (!initOverridden)
                    throw Err.Type($"{cls.Name}() takes no arguments");
            }
            return NewInstance(cls);
        }, t, isStatic: true);
        t.Dict.SetStr("__new__", objectNew);
        DefN(t, "__init__", (args, kw) =>
        {
            var self = args[0];
            bool excess = args.Length > 1 || kw is { Length: > 0 };
            if (excess)
            {
                var cls = self.Type;
                bool newOverridden = cls.Lookup("__new__") != Object.Dict.GetStr(PyStr.Intern("__new__"));
                bool initOverridden = cls.Lookup("__init__") != Object.Dict.GetStr(PyStr.Intern("__init__"));
                if (initOverridden)
                    throw Err.Type("object.__init__() takes exactly one argument (the instance to initialize)");
                if (!newOverridden)
                    throw Err.Type($"{cls.Name}() takes no arguments");
            }
            return PyNone.Instance;
        });
        Def(t, "__repr__", self => new PyStr(DefaultRepr(self)));
        Def(t, "__str__", self => new PyStr(Ops.Repr(self)));
        Def(t, "__hash__", self => PyInt.From(Ops.IdentityHash(self)));
        Def(t, "__eq__", (self, other) => self == other ? PyBool.True : PyNotImplemented.Instance);
        Def(t, "__ne__", (self, other) =>
        {
            var eq = self.Type.Lookup("__eq__");
            if (eq == null)
                return PyNotImplemented.Instance;
            var r = Ops.CallMethod(self, eq, other);
            if (r == PyNotImplemented.Instance)
                return r;
            return Ops.IsTrue(r) ? PyBool.False : PyBool.True;
        });
        foreach (var op in new[] { "__lt__", "__le__", "__gt__", "__ge__" })
            Def(t, op, (self, other) => PyNotImplemented.Instance);
        getattribute = Def(t, "__getattribute__", (self, name) =>
        {
            var n = name as PyStr ?? throw Err.Type($"attribute name must be string, not '{Ops.TypeName(name)}'");
            return (self is PyType ty ? Ops.TypeGetAttr(ty, n) : Ops.GenericGetAttr(self, n)) ?? throw Err.NoAttribute(self, n.Value);
        });
        setattr = Def(t, "__setattr__", (self, name, value) =>
        {
            var n = name as PyStr ?? throw Err.Type($"attribute name must be string, not '{Ops.TypeName(name)}'");
            if (self is PyType ty)
                Ops.TypeSetAttr(ty, n, value);
            else
                Ops.GenericSetAttr(self, n, value);
            return PyNone.Instance;
        });
        delattr = Def(t, "__delattr__", (self, name) =>
        {
            var n = name as PyStr ?? throw Err.Type($"attribute name must be string, not '{Ops.TypeName(name)}'");
            Ops.GenericSetAttr(self, n, null);
            return PyNone.Instance;
        });
        Def(t, "__format__", (self, spec) =>
        {
            var s = spec as PyStr ?? throw Err.Type($"__format__() argument must be str, not {Ops.TypeName(spec)}");
            if (s.Value.Length > 0)
                throw Err.Type($"unsupported format string passed to {self.Type.Name}.__format__");
            return Ops.StrObject(self);
        });
        Def(t, "__dir__", self => ObjectDir(self));
        Def(t, "__reduce_ex__", Builtins.ObjectReduce.ReduceEx);
        Def(t, "__reduce__", Builtins.ObjectReduce.Reduce);
        Def(t, "__getstate__", self => Builtins.ObjectReduce.DefaultGetState(self, required: false));
        Def(t, "__sizeof__", self => PyInt.From(16));
        DefClass(t, "__init_subclass__", (args, kw) =>
        {
            if (kw is { Length: > 0 })
                throw Err.Type($"{((PyType)args[0]).Name}.__init_subclass__() takes no keyword arguments");
            if (args.Length > 1)
                throw Err.Type($"{((PyType)args[0]).Name}.__init_subclass__() takes no arguments ({args.Length - 1} given)");
            return PyNone.Instance;
        });
        DefClass(t, "__subclasshook__", (args, kw) => PyNotImplemented.Instance);
        Prop(t, "__class__", self => self.Type, SetClass);
        Prop(t, "__dict__", self => (PyObject?)self.Dict ?? throw Err.NoAttribute(self, "__dict__"), (self, v) =>
        {
            if (self is PyInstance pi && v is PyDict d)
                pi.SetDict(d);
            else
                throw Err.Type($"__dict__ must be set to a dictionary, not a '{Ops.TypeName(v ?? PyNone.Instance)}'");
        });
    }

    /// <summary><c>obj.__class__ = C</c>: only between classes defined in Python whose instances have the same layout.</summary>
    private static void SetClass(PyObject self, PyObject? value)
    {
        if (value == null)
            throw Err.Type("can't delete __class__ attribute");
        if (value is not PyType newType)
            throw Err.Type($"__class__ must be set to a class, not '{Ops.TypeName(value)}' object");
        var oldType = self.Type;
        if (newType.IsBuiltin || oldType.IsBuiltin)
            throw Err.Type("__class__ assignment only supported for mutable types or ModuleType subclasses");
        if (self is not PyInstance inst || newType.Layout != oldType.Layout || newType.HasInstanceDict != oldType.HasInstanceDict
            || newType.SlotCount != oldType.SlotCount || !SameSlots(newType, oldType))
            throw Err.Type($"__class__ assignment: '{newType.Name}' object layout differs from '{oldType.Name}'");
        inst.SetType(newType);
    }

    private static bool SameSlots(PyType a, PyType b)
    {
        if (a.SlotCount == 0)
            return true;
        foreach (var t in a.Mro)
        {
            foreach (var (k, v) in t.Dict.StrItems())
            {
                if (v is PyMemberDescriptor md && (b.Lookup(k) is not PyMemberDescriptor o || o.Index != md.Index))
                    return false;
            }
        }
        return true;
    }

    /// <summary>The default repr: <c>&lt;module.Class object at 0x...&gt;</c>.</summary>
    internal static string DefaultRepr(PyObject self)
    {
        var t = self.Type;
        return $"<{t.FullName} object at 0x{Ops.IdentityHash(self):x}>";
    }

    /// <summary>A new instance of a class whose layout is that of object.</summary>
    internal static PyObject NewInstance(PyType cls)
    {
        if (cls.IsBuiltin && cls != Object)
            throw Err.Type($"object.__new__({cls.Name}) is not safe, use {cls.Name}.__new__()");
        if (cls.Layout != Object && cls.Layout.IsSubtypeOf(BaseException))
            return new PyBaseException(cls);
        var inst = new PyInstance(cls);
        if (cls.HasDel)
            ThreadState.Current.Interp.RegisterFinalizer(inst);
        return inst;
    }

    internal static PyList ObjectDir(PyObject self)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        if (self.Dict is { } d)
        {
            foreach (var (k, _) in d.StrItems())
                names.Add(k);
        }
        if (self is PyType ty)
        {
            foreach (var b in ty.Mro)
            {
                foreach (var (k, _) in b.Dict.StrItems())
                    names.Add(k);
            }
        }
        else
        {
            foreach (var b in self.Type.Mro)
            {
                foreach (var (k, _) in b.Dict.StrItems())
                    names.Add(k);
            }
        }
        var l = new PyList();
        foreach (var n in names)
            l.Append(new PyStr(n));
        return l;
    }

    private static void DefineType(out PyBuiltinFunction getattribute, out PyBuiltinFunction setattr, out PyBuiltinFunction delattr)
    {
        var t = TypeType;
        DefStatic(t, "__new__", TypeNew);
        DefN(t, "__init__", (args, kw) => PyNone.Instance);
        DefN(t, "__call__", (args, kw) =>
        {
            var cls = args[0] as PyType ?? throw Err.Type("descriptor '__call__' requires a 'type' object");
            return Ops.TypeCallDefault(cls, args[1..], kw);
        });
        getattribute = Def(t, "__getattribute__", (self, name) =>
        {
            var n = name as PyStr ?? throw Err.Type($"attribute name must be string, not '{Ops.TypeName(name)}'");
            return Ops.TypeGetAttr((PyType)self, n) ?? throw Err.NoAttribute(self, n.Value);
        });
        setattr = Def(t, "__setattr__", (self, name, value) =>
        {
            Ops.TypeSetAttr((PyType)self, (PyStr)name, value);
            return PyNone.Instance;
        });
        delattr = Def(t, "__delattr__", (self, name) =>
        {
            Ops.TypeSetAttr((PyType)self, (PyStr)name, null);
            return PyNone.Instance;
        });
        Def(t, "__repr__", self =>
        {
            var ty = (PyType)self;
            string? module = ty.Dict.TryGetStr("__module__", out var m) && m is PyStr ms ? ms.Value : null;
            return new PyStr(module is null or "builtins" ? $"<class '{ty.QualName}'>" : $"<class '{module}.{ty.QualName}'>");
        });
        Def(t, "mro", self => new PyList([.. ((PyType)self).Mro], ((PyType)self).Mro.Length));
        Def(t, "__subclasses__", self =>
        {
            var l = new PyList();
            foreach (var s in ((PyType)self).Subclasses())
                l.Append(s);
            return l;
        });
        Def(t, "__instancecheck__", (self, inst) => PyBool.From(inst.Type.IsSubtypeOf((PyType)self)));
        Def(t, "__subclasscheck__", (self, sub) => PyBool.From(sub is PyType st && st.IsSubtypeOf((PyType)self)));
        DefClass(t, "__prepare__", (args, kw) => new PyDict());
        Def(t, "__or__", (self, other) => UnionOps.Make(self, other));
        Def(t, "__ror__", (self, other) => UnionOps.Make(other, self));
        Def(t, "__dir__", self => ObjectDir(self));
        Prop(t, "__name__", self => new PyStr(((PyType)self).Name), (self, v) =>
        {
            var ty = (PyType)self;
            if (ty.IsBuiltin)
                throw Err.Type($"cannot set '__name__' attribute of immutable type '{ty.Name}'");
            ty.Name = (v as PyStr)?.Value ?? throw Err.Type($"can only assign string to {ty.Name}.__name__, not '{Ops.TypeName(v ?? PyNone.Instance)}'");
        });
        Prop(t, "__qualname__", self => new PyStr(((PyType)self).QualName), (self, v) =>
        {
            var ty = (PyType)self;
            if (ty.IsBuiltin)
                throw Err.Type($"cannot set '__qualname__' attribute of immutable type '{ty.Name}'");
            ty.QualName = (v as PyStr)?.Value ?? throw Err.Type($"can only assign string to {ty.Name}.__qualname__, not '{Ops.TypeName(v ?? PyNone.Instance)}'");
        });
        Prop(t, "__bases__", self => new PyTuple([.. ((PyType)self).Bases]));
        Prop(t, "__base__", self => (PyObject?)((PyType)self).Base ?? PyNone.Instance);
        Prop(t, "__mro__", self => new PyTuple([.. ((PyType)self).Mro]));
        Prop(t, "__dict__", self => new PyMappingProxy(((PyType)self).Dict));
        Prop(t, "__doc__", self => ((PyType)self).Dict.TryGetStr("__doc__", out var d) ? (d is PyGetSetDescriptor ? PyNone.Instance : d) : PyNone.Instance);
        Prop(t, "__module__", self => ((PyType)self).Dict.TryGetStr("__module__", out var m) && m is not PyGetSetDescriptor ? m : new PyStr("builtins"), (self, v) =>
        {
            var ty = (PyType)self;
            if (ty.IsBuiltin)
                throw Err.Type($"cannot set '__module__' attribute of immutable type '{ty.Name}'");
            ty.Dict.SetStr("__module__", v ?? PyNone.Instance);
        });
        Prop(t, "__annotations__", self =>
        {
            var ty = (PyType)self;
            if (ty.Dict.TryGetStr("__annotations__", out var a))
                return a;
            if (ty.IsBuiltin)
                throw Err.NoAttribute(self, "__annotations__");
            var d = new PyDict();
            ty.Dict.SetStr("__annotations__", d);
            return d;
        }, (self, v) => ((PyType)self).Dict.SetStr("__annotations__", v ?? PyNone.Instance));
        Prop(t, "__type_params__", self => ((PyType)self).Dict.TryGetStr("__type_params__", out var a) ? a : PyTuple.Empty);
    }

    /// <summary><c>type.__new__(meta, name, bases, ns, **kw)</c> (and <c>type(x)</c>).</summary>
    private static PyObject TypeNew(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        int npos = args.Length - (kw?.Length ?? 0);
        if (npos == 2 && args[0] is PyType && (kw == null || kw.Length == 0))
            return args[1].Type;
        if (npos != 4)
            throw Err.Type("type() takes 1 or 3 arguments");
        var meta = args[0] as PyType ?? throw Err.Type("type.__new__(X): X is not a type object");
        var name = args[1] as PyStr ?? throw Err.Type($"type.__new__() argument 1 must be str, not {Ops.TypeName(args[1])}");
        var basesTuple = args[2] as PyTuple ?? throw Err.Type($"type.__new__() argument 2 must be tuple, not {Ops.TypeName(args[2])}");
        var ns = args[3] as PyDict ?? throw Err.Type($"type.__new__() argument 3 must be dict, not {Ops.TypeName(args[3])}");
        var kwArgs = new List<(string, PyObject)>();
        for (int i = 0; i < (kw?.Length ?? 0); i++)
            kwArgs.Add((kw![i], args[npos + i]));
        return ClassBuilder.CreateType(meta, name.Value, basesTuple, ns, kwArgs);
    }
}

/// <summary><c>mappingproxy</c>: a read-only view of a type's namespace.</summary>
public sealed class PyMappingProxy(PyDict dict) : PyObject
{
    internal readonly PyDict Mapping = dict;

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.MappingProxy;
}
