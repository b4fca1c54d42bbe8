using System;
using System.Collections.Generic;
using Atoll.Runtime.Builtins;

namespace Atoll.Runtime.Objects;

/// <summary>A TypeVar, ParamSpec or TypeVarTuple (PEP 695). A bound or constraints given in a type parameter list
/// are evaluated on first use, in the frame that defined them.</summary>
public sealed class PyTypeVar : PyObject
{
    internal readonly string Name;
    internal readonly int Kind;
    private Frame? _frame;
    private Nodes.Expr? _boundExpr;
    private readonly bool _constraints;
    private PyObject? _bound;
    private PyObject? _constraintsValue;

    internal PyTypeVar(string name, int kind, Frame? frame, Nodes.Expr? boundExpr, bool constraints)
    {
        Name = name;
        Kind = kind;
        _frame = frame;
        _boundExpr = boundExpr;
        _constraints = constraints;
        if (boundExpr == null)
        {
            _bound = PyNone.Instance;
            _constraintsValue = PyTuple.Empty;
        }
    }

    private void Evaluate()
    {
        if (_bound != null)
            return;
        var v = _boundExpr!.Eval(_frame!);
        if (_constraints)
        {
            _bound = PyNone.Instance;
            _constraintsValue = v;
        }
        else
        {
            _bound = v;
            _constraintsValue = PyTuple.Empty;
        }
        _frame = null;
        _boundExpr = null;
    }

    internal PyObject Bound
    {
        get
        {
            Evaluate();
            return _bound!;
        }
    }

    internal PyObject Constraints
    {
        get
        {
            Evaluate();
            return _constraintsValue!;
        }
    }

    /// <inheritdoc/>
    public override PyType Type => Kind switch
    {
        0 => BuiltinTypes.TypeVarType,
        1 => BuiltinTypes.ParamSpecType,
        _ => BuiltinTypes.TypeVarTupleType,
    };
}

/// <summary><c>type X = ...</c> (typing.TypeAliasType); the value is evaluated on first use.</summary>
public sealed class PyTypeAlias : PyObject
{
    internal readonly string Name;
    internal readonly PyTuple TypeParams;
    private Frame? _frame;
    private Nodes.Expr? _valueExpr;
    private PyObject? _value;

    internal PyTypeAlias(string name, Frame frame, Nodes.Expr valueExpr, PyTuple typeParams)
    {
        Name = name;
        _frame = frame;
        _valueExpr = valueExpr;
        TypeParams = typeParams;
    }

    internal PyObject Value
    {
        get
        {
            if (_value == null)
            {
                int line = _frame!.Line;
                try
                {
                    _value = _valueExpr!.Eval(_frame);
                }
                finally
                {
                    _frame.Line = line;
                }
                _frame = null;
                _valueExpr = null;
            }
            return _value;
        }
    }

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.TypeAliasType;
}

internal static class TypeParamOps
{
    public static PyObject[] Create(Frame f, Nodes.TypeParamSpec[] typeParams)
    {
        var values = new PyObject[typeParams.Length];
        for (int i = 0; i < values.Length; i++)
        {
            var tp = typeParams[i];
            values[i] = new PyTypeVar(tp.Name, tp.Kind, tp.Bound == null ? null : f, tp.Bound, tp.Constraints);
            f.Slots[tp.Slot] = new PyCell(values[i]);
        }
        return values;
    }

    /// <summary>The implicit base of a generic class: <c>Generic[T, ...]</c>.</summary>
    public static PyObject GenericBase(PyObject[] vals) => GenericAliasOps.Create(BuiltinTypes.GenericType, new PyTuple(vals));
}

internal static class SuperOps
{
    public static PySuper Make(PyType cls, PyObject obj)
    {
        if (obj is PyType ot && ot.IsSubtypeOf(cls))
            return new PySuper(cls, obj, ot);
        if (obj.Type.IsSubtypeOf(cls))
            return new PySuper(cls, obj, obj.Type);
        throw Err.Type(obj is PyType t2
            ? $"super(type, obj): obj (type {t2.Name}) is not an instance or subtype of type ({cls.Name})."
            : $"super(type, obj): obj (instance of {obj.Type.Name}) is not an instance or subtype of type ({cls.Name}).");
    }

    public static PyObject? GetAttr(PySuper s, PyStr name, bool throwError)
    {
        if (s.ObjType != null && name.Value != "__class__")
        {
            var mro = s.ObjType.Mro;
            int i = Array.IndexOf(mro, s.ThisType);
            for (i++; i < mro.Length && i > 0; i++)
            {
                if (mro[i].Dict.TryGetStr(name.Value, out var attr))
                {
                    var inst = s.Obj == s.ObjType ? null : s.Obj;
                    if (attr is PyBuiltinFunction { IsStatic: true })
                        return attr;
                    return Ops.DescriptorGet(attr, inst, s.ObjType);
                }
            }
        }
        var r = Ops.GenericGetAttr(s, name);
        if (r != null)
            return r;
        if (throwError)
            throw Err.Attribute(s, name.Value, $"'super' object has no attribute '{name.Value}'");
        return null;
    }
}

public static partial class BuiltinTypes
{
    /// <summary>The instance a <c>__slots__</c> member's <c>__get__</c>/<c>__set__</c> is called with, checked to be of
    /// the member's class.</summary>
    private static PyObject MemberTarget(PyObject descriptor, PyObject obj)
    {
        var md = (PyMemberDescriptor)descriptor;
        if (!obj.Type.IsSubtypeOf(md.Owner))
            throw Err.Type($"descriptor '{md.Name}' for '{md.Owner.Name}' objects doesn't apply to a '{Ops.TypeName(obj)}' object");
        return obj;
    }

    private static void DefineFunctions()
    {
        var f = Function;
        Def(f, "__repr__", self => new PyStr($"<function {((PyFunction)self).QualName} at 0x{Ops.IdentityHash(self):x}>"));
        DefN(f, "__call__", (args, kw) => ((PyFunction)args[0]).Call(args[1..], kw));
        DefGet(f, (self, obj, type) => obj == null ? self : new PyMethod(self, obj));
        Prop(f, "__name__", self => new PyStr(((PyFunction)self).Name), (self, v) => ((PyFunction)self).Name = (v as PyStr ?? throw Err.Type("__name__ must be set to a string object")).Value);
        Prop(f, "__qualname__", self => new PyStr(((PyFunction)self).QualName), (self, v) => ((PyFunction)self).QualName = (v as PyStr ?? throw Err.Type("__qualname__ must be set to a string object")).Value);
        Prop(f, "__doc__", self => ((PyFunction)self).Doc, (self, v) => ((PyFunction)self).Doc = v ?? PyNone.Instance);
        Prop(f, "__module__", self => ((PyFunction)self).Module, (self, v) => ((PyFunction)self).Module = v ?? PyNone.Instance);
        Prop(f, "__defaults__", self => ((PyFunction)self).Defaults is { } d ? new PyTuple(d) : PyNone.Instance, (self, v) => ((PyFunction)self).Defaults = v is PyTuple t ? t.Items : v == null || v == PyNone.Instance ? null : throw Err.Type("__defaults__ must be set to a tuple object"));
        Prop(f, "__kwdefaults__", self => (PyObject?)((PyFunction)self).KwDefaults ?? PyNone.Instance, (self, v) => ((PyFunction)self).KwDefaults = v as PyDict ?? (v == null || v == PyNone.Instance ? null : throw Err.Type("__kwdefaults__ must be set to a dict object")));
        Prop(f, "__code__", self => ((PyFunction)self).Code, (self, v) => ((PyFunction)self).Code = v as PyCode ?? throw Err.Type("__code__ must be set to a code object"));
        Prop(f, "__globals__", self => ((PyFunction)self).Globals);
        Prop(f, "__builtins__", self => ((PyFunction)self).Builtins);
        Prop(f, "__closure__", self => ((PyFunction)self).Closure is { } c ? new PyTuple([.. c]) : PyNone.Instance);
        Prop(f, "__annotations__", self =>
        {
            var fn = (PyFunction)self;
            return fn.Annotations ??= new PyDict();
        }, (self, v) => ((PyFunction)self).Annotations = v);
        Prop(f, "__type_params__", self => ((PyFunction)self).TypeParams ?? PyTuple.Empty, (self, v) => ((PyFunction)self).TypeParams = v);
        Prop(f, "__dict__", self => ((PyFunction)self).Dict);

        var m = Method;
        Def(m, "__repr__", self =>
        {
            var pm = (PyMethod)self;
            string name = Ops.GetAttrOrNull(pm.Function, "__qualname__") is PyStr q ? q.Value : "?";
            return new PyStr($"<bound method {name} of {Ops.Repr(pm.Self)}>");
        });
        DefN(m, "__call__", (args, kw) => Ops.Call(args[0], args[1..], kw));
        DefStatic(m, "__new__", (args, kw) =>
        {
            // types.MethodType(function, instance)
            if (kw is { Length: > 0 })
                throw Err.Type("method() takes no keyword arguments");
            if (args.Length != 3)
                throw Err.Type($"method expected 2 arguments, got {args.Length - 1}");
            if (!Ops.IsCallable(args[1]))
                throw Err.Type("first argument must be callable");
            if (args[2] == PyNone.Instance)
                throw Err.Type("instance must not be None");
            return new PyMethod(args[1], args[2]);
        });
        Prop(m, "__func__", self => ((PyMethod)self).Function);
        // pickle and copy: a bound method is getattr(instance, name).
        Def(m, "__reduce__", self => PyTuple.Of(BuiltinGetAttr(), PyTuple.Of(((PyMethod)self).Self, Ops.GetAttr(((PyMethod)self).Function, "__name__"))));
        Prop(m, "__self__", self => ((PyMethod)self).Self);
        Prop(m, "__name__", self => Ops.GetAttr(((PyMethod)self).Function, "__name__"));
        Prop(m, "__qualname__", self => Ops.GetAttr(((PyMethod)self).Function, "__qualname__"));
        Prop(m, "__doc__", self => Ops.GetAttrOrNull(((PyMethod)self).Function, "__doc__") ?? PyNone.Instance);
        Prop(m, "__module__", self => Ops.GetAttrOrNull(((PyMethod)self).Function, "__module__") ?? PyNone.Instance);
        Def(m, "__eq__", (a, b) => b is PyMethod mb ? PyBool.From(((PyMethod)a).Self == mb.Self && Ops.Eq(((PyMethod)a).Function, mb.Function)) : PyNotImplemented.Instance);
        Def(m, "__hash__", self => PyInt.From(Ops.IdentityHash(((PyMethod)self).Self) ^ Ops.Hash(((PyMethod)self).Function)));
        Def(m, "__getattribute__", (self, name) =>
        {
            var n = (PyStr)name;
            return Ops.GenericGetAttr(self, n) ?? Ops.GetAttr(((PyMethod)self).Function, n);
        });

        foreach (var bt in new[] { BuiltinFunction, MethodDescriptor, ClassMethodDescriptor, WrapperDescriptor, MethodWrapper })
        {
            Def(bt, "__repr__", self =>
            {
                var b = (PyBuiltinFunction)self;
                if (b.Type == WrapperDescriptor)
                    return new PyStr($"<slot wrapper '{b.Name}' of '{b.Owner!.Name}' objects>");
                if (b.Type == MethodWrapper)
                    return new PyStr($"<method-wrapper '{b.Name}' of {b.Self!.Type.Name} object at 0x{Ops.IdentityHash(b.Self):x}>");
                if (b.Self != null && b.Self is not PyModule)
                    return new PyStr($"<built-in method {b.Name} of {b.Self.Type.Name} object at 0x{Ops.IdentityHash(b.Self):x}>");
                if (b.Owner != null && b.Self == null && !b.IsStatic)
                    return new PyStr($"<method '{b.Name}' of '{b.Owner.Name}' objects>");
                return new PyStr($"<built-in function {b.Name}>");
            });
            DefN(bt, "__call__", (args, kw) => ((PyBuiltinFunction)args[0]).Call(args[1..], kw));
            Prop(bt, "__name__", self => new PyStr(((PyBuiltinFunction)self).Name));
            Prop(bt, "__qualname__", self => new PyStr(((PyBuiltinFunction)self).QualName));
            Prop(bt, "__doc__", self => ((PyBuiltinFunction)self).Doc);
            Prop(bt, "__self__", self => ((PyBuiltinFunction)self) is var b && b.Self == null && b.ModuleName != null
                ? ThreadState.CurrentOrNull?.Interp.Modules.GetStr(PyStr.Intern(b.ModuleName)) ?? PyNone.Instance
                : b.Self ?? PyNone.Instance);
            Prop(bt, "__module__", self => ((PyBuiltinFunction)self).ModuleName is { } mn ? new PyStr(mn) : PyNone.Instance);
            Prop(bt, "__text_signature__", self => PyNone.Instance);
            // pickle and copy: a module function by its name, a method as getattr(owner or instance, name).
            Def(bt, "__reduce__", self =>
            {
                var b = (PyBuiltinFunction)self;
                var target = b.Self is PyModule ? null : b.Self ?? b.Owner;
                return target == null ? new PyStr(b.Name) : PyTuple.Of(BuiltinGetAttr(), PyTuple.Of(target, new PyStr(b.Name)));
            });
        }
        DefGet(WrapperDescriptor, (self, obj, type) =>
        {
            var bf = (PyBuiltinFunction)self;
            if (obj != null && bf.Owner != null && !obj.Type.IsSubtypeOf(bf.Owner))
                throw Err.Type($"descriptor '{bf.Name}' for '{bf.Owner.Name}' objects doesn't apply to a '{Ops.TypeName(obj)}' object");
            return Ops.DescriptorGet(self, obj, type ?? obj!.Type);
        });
        DefGet(MethodDescriptor, (self, obj, type) =>
        {
            var bf = (PyBuiltinFunction)self;
            if (obj != null && bf.Owner != null && !bf.IsClassMethod && !obj.Type.IsSubtypeOf(bf.Owner))
                throw Err.Type($"descriptor '{bf.Name}' for '{bf.Owner.Name}' objects doesn't apply to a '{Ops.TypeName(obj)}' object");
            return Ops.DescriptorGet(self, obj, type ?? obj!.Type);
        });
        foreach (var dt in new[] { MethodDescriptor, WrapperDescriptor, ClassMethodDescriptor })
            Prop(dt, "__objclass__", self => (PyObject?)((PyBuiltinFunction)self).Owner ?? PyNone.Instance);
        Prop(MemberDescriptor, "__name__", self => new PyStr(((PyMemberDescriptor)self).Name));
        Prop(MemberDescriptor, "__qualname__", self => new PyStr(((PyMemberDescriptor)self).Owner.Name + "." + ((PyMemberDescriptor)self).Name));
        Prop(MemberDescriptor, "__objclass__", self => ((PyMemberDescriptor)self).Owner);
        DefGet(MemberDescriptor, (self, obj, type) => obj == null ? self : Ops.DescriptorGet(self, MemberTarget(self, obj), obj.Type));
        Def(MemberDescriptor, "__set__", (self, obj, value) =>
        {
            Ops.DescriptorSet(self, MemberTarget(self, obj), value);
            return PyNone.Instance;
        });
        Def(MemberDescriptor, "__delete__", (self, obj) =>
        {
            Ops.DescriptorSet(self, MemberTarget(self, obj), null);
            return PyNone.Instance;
        });

        var p = Property;
        DefStatic(p, "__new__", (args, kw) => (PyType)args[0] == Property ? new PyProperty() : new PyPropertySub((PyType)args[0]));
        DefN(p, "__init__", (args, kw) =>
        {
            var a = Args.Bind("property", args[1..], kw, ["fget", "fset", "fdel", "doc"], 0);
            var pr = (PyProperty)args[0];
            pr.Get = a[0] == PyNone.Instance ? null : a[0];
            pr.Set = a[1] == PyNone.Instance ? null : a[1];
            pr.Delete = a[2] == PyNone.Instance ? null : a[2];
            pr.Doc = a[3] ?? (pr.Get != null ? Ops.GetAttrOrNull(pr.Get, "__doc__") ?? PyNone.Instance : PyNone.Instance);
            if (pr.Get != null && Ops.GetAttrOrNull(pr.Get, "__name__") is PyStr nm)
                pr.NameAttr = nm;
            if (pr is PyPropertySub && a[3] == null)
                pr.Dict!.SetStr("__doc__", pr.Doc);
            return PyNone.Instance;
        });
        DefGet(p, (self, obj, type) => obj == null ? self : Ops.DescriptorGet(self, obj, obj.Type));
        Def(p, "__set__", (self, obj, value) =>
        {
            var pr = (PyProperty)self;
            if (pr.Set == null)
                throw Err.Attribute(obj, "?", $"property {(pr.NameAttr is PyStr n ? $"'{n.Value}' of '{Ops.TypeName(obj)}' object " : "")}has no setter");
            Ops.Call(pr.Set, obj, value);
            return PyNone.Instance;
        });
        Def(p, "__delete__", (self, obj) =>
        {
            var pr = (PyProperty)self;
            if (pr.Delete == null)
                throw Err.Attribute(obj, "?", $"property {(pr.NameAttr is PyStr n ? $"'{n.Value}' of '{Ops.TypeName(obj)}' object " : "")}has no deleter");
            Ops.Call(pr.Delete, obj);
            return PyNone.Instance;
        });
        Def(p, "__set_name__", (self, owner, name) =>
        {
            ((PyProperty)self).NameAttr = name;
            return PyNone.Instance;
        });
        Def(p, "getter", (self, fn) => CopyProperty((PyProperty)self, fn, null, null));
        Def(p, "setter", (self, fn) => CopyProperty((PyProperty)self, null, fn, null));
        Def(p, "deleter", (self, fn) => CopyProperty((PyProperty)self, null, null, fn));
        Prop(p, "fget", self => ((PyProperty)self).Get ?? PyNone.Instance);
        Prop(p, "fset", self => ((PyProperty)self).Set ?? PyNone.Instance);
        Prop(p, "fdel", self => ((PyProperty)self).Delete ?? PyNone.Instance);
        Prop(p, "__doc__", self => ((PyProperty)self).Doc, (self, v) => ((PyProperty)self).Doc = v ?? PyNone.Instance);
        Prop(p, "__isabstractmethod__", self => PyBool.False);

        DefStatic(ClassMethod, "__new__", (args, kw) => new PyClassMethod(args.Length > 1 ? args[1] : throw Err.Type("classmethod expected 1 argument, got 0")));
        DefN(ClassMethod, "__init__", (args, kw) => PyNone.Instance);
        DefGet(ClassMethod, (self, obj, type) => Ops.DescriptorGet(self, obj, type ?? obj!.Type));
        Prop(ClassMethod, "__func__", self => ((PyClassMethod)self).Function);
        Prop(ClassMethod, "__wrapped__", self => ((PyClassMethod)self).Function);
        Prop(ClassMethod, "__isabstractmethod__", self => PyBool.False);
        DefStatic(StaticMethod, "__new__", (args, kw) => new PyStaticMethod(args.Length > 1 ? args[1] : throw Err.Type("staticmethod expected 1 argument, got 0")));
        DefN(StaticMethod, "__init__", (args, kw) => PyNone.Instance);
        DefGet(StaticMethod, (self, obj, type) => ((PyStaticMethod)self).Function);
        DefN(StaticMethod, "__call__", (args, kw) => Ops.Call(((PyStaticMethod)args[0]).Function, args[1..], kw));
        Prop(StaticMethod, "__func__", self => ((PyStaticMethod)self).Function);
        Prop(StaticMethod, "__wrapped__", self => ((PyStaticMethod)self).Function);
        foreach (var cm in new[] { ClassMethod, StaticMethod })
        {
            Prop(cm, "__name__", self => Ops.GetAttr(self is PyClassMethod c ? c.Function : ((PyStaticMethod)self).Function, "__name__"));
            Prop(cm, "__qualname__", self => Ops.GetAttr(self is PyClassMethod c ? c.Function : ((PyStaticMethod)self).Function, "__qualname__"));
            Prop(cm, "__doc__", self => Ops.GetAttrOrNull(self is PyClassMethod c ? c.Function : ((PyStaticMethod)self).Function, "__doc__") ?? PyNone.Instance);
            Prop(cm, "__dict__", self => self.Dict!);
        }

        DefStatic(Super, "__new__", (args, kw) =>
        {
            if (args.Length == 1)
            {
                // super() called through a non-compiled path: find __class__ and the first argument in the caller's frame.
                var frame = ThreadState.Current.CurrentFrame ?? throw Err.Runtime("super(): no current frame");
                var code = frame.Code;
                int ci = Array.IndexOf(code.FreeNames, "__class__");
                if (ci < 0)
                    throw Err.Runtime("super(): __class__ cell not found");
                var cls = ((PyCell)frame.Slots[code.FirstFreeSlot + ci]!).Value as PyType ?? throw Err.Runtime("super(): empty __class__ cell");
                if (code.ArgCount == 0 || frame.Slots[0] == null)
                    throw Err.Runtime("super(): no arguments");
                var first = frame.Slots[0]!;
                if (first is PyCell c0 && Array.IndexOf(code.CellSlots, 0) >= 0)
                    first = c0.Value!;
                return SuperOps.Make(cls, first);
            }
            var t = args[1] as PyType ?? throw Err.Type($"super() argument 1 must be a type, not {Ops.TypeName(args[1])}");
            if (args.Length == 2)
                return new PySuper(t, null, null);
            return SuperOps.Make(t, args[2]);
        });
        DefN(Super, "__init__", (args, kw) => PyNone.Instance);
        Def(Super, "__repr__", self =>
        {
            var s = (PySuper)self;
            return new PyStr(s.ObjType == null ? $"<super: <class '{s.ThisType.Name}'>, NULL>" : $"<super: <class '{s.ThisType.Name}'>, <{s.ObjType.Name} object>>");
        });
        // super's own attribute lookup (the MRO after __thisclass__); defining it marks the type as having a custom
        // __getattribute__, so the generic fast paths leave super objects to Ops.GetAttr.
        Def(Super, "__getattribute__", (self, name) => SuperOps.GetAttr((PySuper)self, name as PyStr ?? throw Err.Type($"attribute name must be string, not '{Ops.TypeName(name)}'"), throwError: true)!);
        Prop(Super, "__thisclass__", self => ((PySuper)self).ThisType);
        Prop(Super, "__self__", self => ((PySuper)self).Obj ?? PyNone.Instance);
        Prop(Super, "__self_class__", self => (PyObject?)((PySuper)self).ObjType ?? PyNone.Instance);

        var mod = Module;
        DefStatic(mod, "__new__", (args, kw) => new PyModule(args.Length > 1 ? Ops.Str(args[1]) : "?"));
        DefN(mod, "__init__", (args, kw) =>
        {
            var a = Args.Bind("module", args[1..], kw, ["name", "doc"], 1);
            var m = (PyModule)args[0];
            m.Dict.SetStr("__name__", a[0]!);
            m.Dict.SetStr("__doc__", a[1] ?? PyNone.Instance);
            return PyNone.Instance;
        });
        Def(mod, "__repr__", self =>
        {
            var m = (PyModule)self;
            if (m.Dict.TryGetStr("__file__", out var file) && file is PyStr fs)
                return new PyStr($"<module '{m.Name}' from '{fs.Value}'>");
            return new PyStr(m.Name is "sys" or "builtins" ? $"<module '{m.Name}' (built-in)>" : $"<module '{m.Name}'>");
        });
        Def(mod, "__getattribute__", (self, name) =>
        {
            var n = (PyStr)name;
            var r = Ops.GenericGetAttr(self, n);
            if (r != null)
                return r;
            var m = (PyModule)self;
            if (m.Dict.TryGetStr("__getattr__", out var hook))
                return Ops.Call(hook, n);
            throw Err.NoAttribute(self, n.Value);
        });
        Prop(mod, "__dict__", self => self.Dict!);
        Def(mod, "__dir__", self =>
        {
            // A module-level __dir__ function replaces the listing (PEP 562).
            var d = ((PyModule)self).Dict;
            return d.GetStr(PyStr.Intern("__dir__")) is { } hook ? Ops.Call(hook) : ListOps.FromIterable(d);
        });

        Def(Cell, "__repr__", self => new PyStr($"<cell at 0x{Ops.IdentityHash(self):x}: {(((PyCell)self).Value is { } v ? $"{Ops.TypeName(v)} object at 0x{Ops.IdentityHash(v):x}" : "empty")}>"));
        Prop(Cell, "cell_contents", self => ((PyCell)self).Value ?? throw Err.Value("Cell is empty"), (self, v) => ((PyCell)self).Value = v);

        var code = Code;
        Def(code, "__repr__", self =>
        {
            var c = (PyCode)self;
            return new PyStr($"<code object {c.Name} at 0x{Ops.IdentityHash(c):x}, file \"{c.Filename}\", line {c.FirstLine}>");
        });
        Prop(code, "co_name", self => new PyStr(((PyCode)self).Name));
        Prop(code, "co_qualname", self => new PyStr(((PyCode)self).QualName));
        Prop(code, "co_filename", self => new PyStr(((PyCode)self).Filename));
        Prop(code, "co_firstlineno", self => PyInt.From(((PyCode)self).FirstLine));
        Prop(code, "co_argcount", self => PyInt.From(((PyCode)self).ArgCount));
        Prop(code, "co_posonlyargcount", self => PyInt.From(((PyCode)self).PosOnlyCount));
        Prop(code, "co_kwonlyargcount", self => PyInt.From(((PyCode)self).KwOnlyCount));
        Prop(code, "co_nlocals", self => PyInt.From(((PyCode)self).LocalCount));
        Prop(code, "co_varnames", self =>
        {
            var c = (PyCode)self;
            var names = new List<PyObject>();
            for (int i = 0; i < c.LocalCount && i < c.SlotNames.Length; i++)
            {
                if (c.SlotNames[i].Length > 0 && c.SlotNames[i][0] is not '$')
                    names.Add(new PyStr(c.SlotNames[i]));
            }
            return new PyTuple([.. names]);
        });
        Prop(code, "co_cellvars", self => new PyTuple(Array.ConvertAll(((PyCode)self).CellNames, n => (PyObject)new PyStr(n))));
        Prop(code, "co_freevars", self => new PyTuple(Array.ConvertAll(((PyCode)self).FreeNames, n => (PyObject)new PyStr(n))));
        Prop(code, "co_flags", self =>
        {
            var c = (PyCode)self;
            int flags = 0;
            if (c.Kind == CodeKind.Function)
                flags |= 0x3;
            if (c.HasVarArgs)
                flags |= 0x4;
            if (c.HasVarKeywords)
                flags |= 0x8;
            if (c.Kind == CodeKind.Function && c.FreeNames.Length == 0)
                flags |= 0x0;
            if (c.IsGenerator)
                flags |= 0x20;
            if (c.IsCoroutine)
                flags |= 0x80;
            if (c.IsAsyncGenerator)
                flags |= 0x200;
            return PyInt.From(flags);
        });
        Prop(code, "co_consts", self => new PyTuple([((PyCode)self).Doc]));
        Prop(code, "co_names", self => PyTuple.Empty);

        var fr = Frame;
        Prop(fr, "f_code", self => ((Frame)self).Code);
        Prop(fr, "f_lineno", self => PyInt.From(((Frame)self).Line));
        Prop(fr, "f_globals", self => ((Frame)self).Globals);
        Prop(fr, "f_builtins", self => ((Frame)self).Builtins);
        Prop(fr, "f_locals", self => BuiltinFunctions.Locals((Frame)self));
        Prop(fr, "f_back", self => (PyObject?)((Frame)self).Back ?? PyNone.Instance);
        Def(fr, "__repr__", self => new PyStr($"<frame at 0x{Ops.IdentityHash(self):x}, file '{((Frame)self).Code.Filename}', line {((Frame)self).Line}, code {((Frame)self).Code.Name}>"));

        var tb = Traceback;
        Prop(tb, "tb_frame", self => ((PyTraceback)self).Frame);
        Prop(tb, "tb_lineno", self => PyInt.From(((PyTraceback)self).Line));
        Prop(tb, "tb_next", self => (PyObject?)((PyTraceback)self).Next ?? PyNone.Instance);
        Prop(tb, "tb_lasti", self => PyInt.From(-1));

        Def(MappingProxy, "__getitem__", (self, k) => BuiltinTypes.DictGetItem(((PyMappingProxy)self).Mapping, k));
        Def(MappingProxy, "__len__", self => PyInt.From(((PyMappingProxy)self).Mapping.Count));
        Def(MappingProxy, "__iter__", self => new DictIterator(((PyMappingProxy)self).Mapping, 0));
        Def(MappingProxy, "__contains__", (self, k) => PyBool.From(((PyMappingProxy)self).Mapping.GetItem(k) != null));
        Def(MappingProxy, "keys", self => new PyDictView(((PyMappingProxy)self).Mapping, 0));
        Def(MappingProxy, "values", self => new PyDictView(((PyMappingProxy)self).Mapping, 1));
        Def(MappingProxy, "items", self => new PyDictView(((PyMappingProxy)self).Mapping, 2));
        DefN(MappingProxy, "get", (args, kw) => ((PyMappingProxy)args[0]).Mapping.GetItem(args[1]) ?? (args.Length > 2 ? args[2] : PyNone.Instance));
        Def(MappingProxy, "copy", self => ((PyMappingProxy)self).Mapping.Copy());
        Def(MappingProxy, "__repr__", self => new PyStr("mappingproxy(" + DictOps.Repr(((PyMappingProxy)self).Mapping) + ")"));

        Def(GenericAlias, "__repr__", self => new PyStr(GenericAliasOps.Repr((PyGenericAlias)self)));
        // GenericAlias(origin, args): what classmethod(types.GenericAlias) gives a class as __class_getitem__.
        DefStatic(GenericAlias, "__new__", (args, kw) =>
        {
            Args.NoKeywords("GenericAlias", kw);
            if (args.Length != 3)
                throw Err.Type($"GenericAlias expected 2 arguments, got {args.Length - 1}");
            return GenericAliasOps.Create(args[1], args[2]);
        });
        DefN(GenericAlias, "__call__", (args, kw) => Ops.Call(((PyGenericAlias)args[0]).Origin, args[1..], kw));
        Def(GenericAlias, "__mro_entries__", (self, bases) => PyTuple.Of(((PyGenericAlias)self).Origin));
        Def(GenericAlias, "__eq__", (a, b) => b is PyGenericAlias gb ? PyBool.From(Ops.Eq(((PyGenericAlias)a).Origin, gb.Origin) && Ops.Eq(((PyGenericAlias)a).Args, gb.Args)) : PyNotImplemented.Instance);
        Def(GenericAlias, "__hash__", self => PyInt.From(Ops.Hash(((PyGenericAlias)self).Origin) ^ Ops.Hash(((PyGenericAlias)self).Args)));
        Def(GenericAlias, "__or__", (a, b) => UnionOps.Make(a, b));
        Def(GenericAlias, "__ror__", (a, b) => UnionOps.Make(b, a));
        Def(GenericAlias, "__getattribute__", (self, name) =>
        {
            var n = (PyStr)name;
            var g = (PyGenericAlias)self;
            return n.Value switch
            {
                "__origin__" => g.Origin,
                "__args__" => g.Args,
                "__parameters__" => PyTuple.Empty,
                "__class__" => GenericAlias,
                _ => Ops.GenericGetAttr(self, n) ?? Ops.GetAttr(g.Origin, n),
            };
        });
        Def(UnionType, "__repr__", self => new PyStr(string.Join(" | ", Array.ConvertAll(((PyUnion)self).Args, a => a == NoneType ? "None" : GenericAliasOps.ArgRepr(a)))));
        Def(UnionType, "__or__", (a, b) => UnionOps.Make(a, b));
        Def(UnionType, "__ror__", (a, b) => UnionOps.Make(b, a));
        Prop(UnionType, "__args__", self => new PyTuple(((PyUnion)self).Args));
        Def(UnionType, "__eq__", (a, b) => b is PyUnion ub ? PyBool.From(SetOps.Compare(SetOps.FromIterable(new PyTuple(((PyUnion)a).Args), true), SetOps.FromIterable(new PyTuple(ub.Args), true), CompareOp.Eq)) : PyNotImplemented.Instance);
        Def(UnionType, "__hash__", self => PyInt.From(SetOps.Hash(SetOps.FromIterable(new PyTuple(((PyUnion)self).Args), true))));

        DefStatic(NamespaceType, "__new__", (args, kw) => new PyNamespace());
        DefN(NamespaceType, "__init__", (args, kw) =>
        {
            int npos = args.Length - (kw?.Length ?? 0);
            if (npos > 2)
                throw Err.Type($"SimpleNamespace expected at most 1 positional argument, got {npos - 1}");
            if (npos == 2)
                DictOps.Update(args[0].Dict!, args[1], "");
            for (int i = 0; i < (kw?.Length ?? 0); i++)
                args[0].Dict!.SetStr(kw![i], args[npos + i]);
            return PyNone.Instance;
        });
        Def(NamespaceType, "__repr__", self =>
        {
            var parts = new List<string>();
            foreach (var (k, v) in self.Dict!.StrItems())
                parts.Add(k + "=" + Ops.Repr(v));
            string name = self.Type == NamespaceType ? "namespace" : self.Type.Name;
            return new PyStr(name + "(" + string.Join(", ", parts) + ")");
        });
        Def(NamespaceType, "__eq__", (a, b) => b is PyNamespace ? Ops.Compare(a.Dict!, b.Dict!, CompareOp.Eq) : PyNotImplemented.Instance);

        foreach (var tvt in new[] { TypeVarType, ParamSpecType, TypeVarTupleType })
        {
            Def(tvt, "__repr__", self =>
            {
                var tv = (PyTypeVar)self;
                return new PyStr(tv.Name); // type parameters infer their variance: no +/-/~ prefix
            });
            Prop(tvt, "__name__", self => new PyStr(((PyTypeVar)self).Name));
            Prop(tvt, "__bound__", self => ((PyTypeVar)self).Bound);
            Prop(tvt, "__constraints__", self => ((PyTypeVar)self).Constraints);
            Prop(tvt, "__covariant__", self => PyBool.False);
            Prop(tvt, "__contravariant__", self => PyBool.False);
            Prop(tvt, "__infer_variance__", self => PyBool.True);
            Def(tvt, "__or__", (a, b) => UnionOps.Make(a, b));
        }
        // *Ts in an annotation unpacks the TypeVarTuple (Atoll yields the TypeVarTuple itself).
        Def(TypeVarTupleType, "__iter__", self => Ops.GetIter(PyTuple.Of(self)));
        Def(TypeAliasType, "__repr__", self => new PyStr(((PyTypeAlias)self).Name));
        Prop(TypeAliasType, "__name__", self => new PyStr(((PyTypeAlias)self).Name));
        Prop(TypeAliasType, "__value__", self => ((PyTypeAlias)self).Value);
        Prop(TypeAliasType, "__type_params__", self => ((PyTypeAlias)self).TypeParams);
        Prop(TypeAliasType, "__parameters__", self => ((PyTypeAlias)self).TypeParams);
        Def(TypeAliasType, "__getitem__", (self, k) => GenericAliasOps.Create(self, k));

        DefClass(GenericType, "__class_getitem__", (args, kw) => GenericAliasOps.Create(args[0], args[1]));
        DefClass(GenericType, "__init_subclass__", (args, kw) => PyNone.Instance);
    }

    private static PyProperty CopyProperty(PyProperty p, PyObject? get, PyObject? set, PyObject? del)
    {
        var r = p.GetType() == typeof(PyProperty) ? new PyProperty() : (PyProperty)Ops.Call(p.Type);
        r.Get = get ?? p.Get;
        r.Set = set ?? p.Set;
        r.Delete = del ?? p.Delete;
        r.Doc = p.Doc;
        r.NameAttr = p.NameAttr ?? (get != null && Ops.GetAttrOrNull(get, "__name__") is PyStr n ? n : null);
        return r;
    }

    private static PyObject BuiltinGetAttr() => Ops.GetAttr(ThreadState.Current.Interp.BuiltinsModule, "getattr");
}
