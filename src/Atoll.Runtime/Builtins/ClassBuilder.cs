using System;
using System.Collections.Generic;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Objects;

/// <summary>Runs class statements and creates classes (<c>type.__new__</c>): docs.python.org/3/reference/datamodel.html#creating-the-class-object.</summary>
internal static class ClassBuilder
{
    /// <summary>The class statement: resolve bases and metaclass, prepare the namespace, run the body, call the metaclass.</summary>
    public static PyObject Build(Frame f, PyCode body, string name, List<PyObject> bases, List<string> kwNames, List<PyObject> kwVals, PyCell[]? closure, int classCellSlot)
    {
        // PEP 560: non-class bases may substitute themselves through __mro_entries__.
        var origBases = bases.ToArray();
        var resolved = new List<PyObject>();
        bool changed = false;
        foreach (var b in origBases)
        {
            if (b is not PyType && b.Type.Lookup("__mro_entries__") is { } me)
            {
                var r = Ops.CallMethod(b, me, new PyTuple(origBases));
                if (r is not PyTuple rt)
                    throw Err.Type("__mro_entries__ must return a tuple");
                resolved.AddRange(rt.Items);
                changed = true;
            }
            else
            {
                resolved.Add(b);
            }
        }
        var basesTuple = new PyTuple([.. resolved]);
        PyObject? metaObj = null;
        int mi = kwNames.IndexOf("metaclass");
        if (mi >= 0)
        {
            metaObj = kwVals[mi];
            kwNames.RemoveAt(mi);
            kwVals.RemoveAt(mi);
        }
        bool isClassMeta = metaObj == null || metaObj is PyType;
        if (metaObj == null)
            metaObj = resolved.Count > 0 ? resolved[0].Type : BuiltinTypes.TypeType;
        if (isClassMeta)
            metaObj = CalculateMeta((PyType)metaObj, basesTuple);
        PyObject ns;
        var prepare = Ops.GetAttrOrNull(metaObj, "__prepare__");
        if (prepare != null)
        {
            var pargs = new List<PyObject> { new PyStr(name), basesTuple };
            pargs.AddRange(kwVals);
            ns = Ops.Call(prepare, pargs.ToArray(), kwNames.Count > 0 ? kwNames.ToArray() : null);
            if (ns is not PyDict && ns.Type.Lookup("__getitem__") == null)
                throw Err.Type($"{(metaObj is PyType mt ? mt.Name : "<metaclass>")}.__prepare__() must return a mapping, not {Ops.TypeName(ns)}");
        }
        else
        {
            ns = new PyDict();
        }
        // Run the body with the namespace as its locals.
        var slots = new PyObject?[body.FrameSize];
        foreach (int s in body.CellSlots)
            slots[s] = new PyCell(null);
        if (closure != null)
        {
            for (int i = 0; i < closure.Length; i++)
                slots[body.FirstFreeSlot + i] = closure[i];
        }
        var frame = new Frame(body, slots, f.Globals, f.Builtins, f.Thread);
        // A dict subclass from __prepare__ may override __setitem__/__getitem__: only an exact dict is used directly.
        if (ns is PyDict nd && ns.Type == BuiltinTypes.Dict)
            frame.Names = nd;
        else
            frame.NamesMapping = ns;
        f.Thread.Run(frame);
        if (changed)
            Ops.SetItem(ns, PyStr.Intern("__orig_bases__"), new PyTuple(origBases));
        var cargs = new List<PyObject> { new PyStr(name), basesTuple, ns };
        cargs.AddRange(kwVals);
        var cls = Ops.Call(metaObj, cargs.ToArray(), kwNames.Count > 0 ? kwNames.ToArray() : null);
        if (classCellSlot >= 0 && slots[classCellSlot] is PyCell cell)
        {
            if (cell.Value == null)
                cell.Value = cls;
        }
        return cls;
    }

    /// <summary>The most derived metaclass of the bases (TypeError on a conflict).</summary>
    public static PyType CalculateMeta(PyType meta, PyTuple bases)
    {
        var winner = meta;
        foreach (var b in bases.Items)
        {
            var bt = b.Type;
            if (winner.IsSubtypeOf(bt))
                continue;
            if (bt.IsSubtypeOf(winner))
            {
                winner = bt;
                continue;
            }
            throw Err.Type("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /// <summary><c>type.__new__</c>.</summary>
    public static PyType CreateType(PyType meta, string name, PyTuple basesTuple, PyDict ns, List<(string Name, PyObject Value)> kw)
    {
        foreach (var b in basesTuple.Items)
        {
            if (b is not PyType && b.Type.Lookup("__mro_entries__") != null)
                throw Err.Type("type() doesn't support MRO entry resolution; use types.new_class()");
        }
        var winner = CalculateMeta(meta, basesTuple);
        if (winner != meta && winner.Lookup("__new__") is { } wn && wn != meta.Lookup("__new__"))
        {
            // A more derived metaclass with its own __new__ takes over (as CPython's type_new does).
            var args = new List<PyObject> { winner, new PyStr(name), basesTuple, ns };
            var names = new List<string>();
            foreach (var (n, v) in kw)
            {
                args.Add(v);
                names.Add(n);
            }
            var r = Ops.CallWithSelf(wn is PyStaticMethod sm ? sm.Function : wn, winner, args.GetRange(1, args.Count - 1).ToArray(), names.Count > 0 ? names.ToArray() : null);
            return (PyType)r;
        }
        meta = winner;
        var bases = new List<PyType>();
        foreach (var b in basesTuple.Items)
        {
            if (b is not PyType bt)
                throw Err.Type($"bases must be types");
            if (!bt.IsBaseType)
                throw Err.Type($"type '{bt.Name}' is not an acceptable base type");
            bases.Add(bt);
        }
        for (int i = 0; i < bases.Count; i++)
        {
            for (int j = i + 1; j < bases.Count; j++)
            {
                if (bases[i] == bases[j])
                    throw Err.Type($"duplicate base class {bases[i].Name}");
            }
        }
        if (bases.Count == 0)
            bases.Add(BuiltinTypes.Object);
        PyType? layout = null;
        foreach (var b in bases)
        {
            var l = b.Layout;
            if (l == BuiltinTypes.Object)
                continue;
            if (layout == null || l.IsSubtypeOf(layout))
                layout = l;
            else if (!layout.IsSubtypeOf(l))
                throw Err.Type("multiple bases have instance lay-out conflict");
        }
        var dict = new PyDict();
        int pos = 0;
        while (ns.Next(ref pos, out var k, out var v))
            dict.SetItem(k, v);
        var type = new PyType(name, [.. bases], meta, dict, builtin: false);
        if (dict.TryGetStr("__qualname__", out var qn))
        {
            if (qn is not PyStr qs)
                throw Err.Type($"type __qualname__ must be a str, not {Ops.TypeName(qn)}");
            type.QualName = qs.Value;
            dict.Remove(PyStr.Intern("__qualname__"));
        }
        PyCell? classCell = null;
        if (dict.TryGetStr("__classcell__", out var cc))
        {
            classCell = cc as PyCell;
            dict.Remove(PyStr.Intern("__classcell__"));
        }
        // Implicit classmethods and staticmethods.
        foreach (var special in new[] { "__init_subclass__", "__class_getitem__" })
        {
            if (dict.TryGetStr(special, out var fn) && fn is PyFunction)
                dict.SetStr(special, new PyClassMethod(fn));
        }
        if (dict.TryGetStr("__new__", out var nw) && nw is PyFunction)
            dict.SetStr("__new__", new PyStaticMethod(nw));
        if (!dict.TryGetStr("__doc__", out _))
            dict.SetStr("__doc__", PyNone.Instance);
        // type(name, bases, ns) called directly: the class belongs to the calling code's module.
        if (!dict.TryGetStr("__module__", out _) && ThreadState.CurrentOrNull?.CurrentFrame?.Globals.GetStr(PyStr.Intern("__name__")) is { } modName)
            dict.SetStr("__module__", modName);
        type.Ready(Mro.Compute(type, [.. bases]));
        SetUpSlots(type, dict, bases);
        // __eq__ without __hash__ makes instances unhashable.
        if (dict.TryGetStr("__eq__", out _) && !dict.TryGetStr("__hash__", out _))
            dict.SetStr("__hash__", PyNone.Instance);
        type.Modified();
        if (classCell != null)
            classCell.Value = type;
        // __set_name__ on each attribute, then __init_subclass__ of the parent.
        var items = new List<KeyValuePair<PyObject, PyObject>>(dict.Items());
        foreach (var (k, v) in items)
        {
            var sn = v.Type.Lookup("__set_name__");
            if (sn != null)
            {
                try
                {
                    Ops.CallMethod(v, sn, type, k);
                }
                catch (PyException e)
                {
                    e.Value.Dict.SetStr("__notes__", new PyList([new PyStr($"Error calling __set_name__ on '{v.Type.Name}' instance {Ops.Repr(k)} in '{name}'")], 1));
                    throw;
                }
            }
        }
        var sup = new PySuper(type, type, type);
        var init = Ops.GetAttr(sup, "__init_subclass__");
        var kargs = new PyObject[kw.Count];
        var knames = new string[kw.Count];
        for (int i = 0; i < kw.Count; i++)
        {
            knames[i] = kw[i].Name;
            kargs[i] = kw[i].Value;
        }
        Ops.Call(init, kargs, kw.Count > 0 ? knames : null);
        return type;
    }

    private static void SetUpSlots(PyType type, PyDict dict, List<PyType> bases)
    {
        int inherited = 0;
        bool baseHasDict = false;
        foreach (var b in bases)
        {
            inherited = Math.Max(inherited, b.SlotCount);
            if (b.HasInstanceDict || (!b.IsBuiltin && b.HasInstanceDict))
                baseHasDict = true;
        }
        // Weak references (CPython's tp_weaklistoffset): inherited, or added to a class without __slots__ (or with
        // '__weakref__' in them) unless its layout is a variable-size builtin (int, tuple, bytes).
        bool baseWeak = false;
        foreach (var b in bases)
            baseWeak |= b.WeakRefable;
        var layout = type.Layout;
        bool varSize = layout == BuiltinTypes.Int || layout == BuiltinTypes.Tuple || layout == BuiltinTypes.Bytes;
        bool mayAddWeak = !baseWeak && !varSize;
        type.WeakRefable = baseWeak;
        if (!dict.TryGetStr("__slots__", out var slotsObj))
        {
            type.HasInstanceDict = true;
            type.SlotCount = inherited;
            type.WeakRefable = baseWeak || mayAddWeak;
            return;
        }
        var names = new List<string>();
        if (slotsObj is PyStr one)
        {
            names.Add(one.Value);
        }
        else
        {
            var it = Ops.GetIter(slotsObj);
            while (Ops.Next(it) is { } x)
                names.Add((x as PyStr ?? throw Err.Type($"__slots__ items must be strings, not '{Ops.TypeName(x)}'")).Value);
        }
        if (varSize && names.Count > 0)
        {
            var solid = bases.Find(b => b.Layout == layout) ?? layout;
            throw Err.Type($"nonempty __slots__ not supported for subtype of '{solid.Name}'");
        }
        bool wantDict = baseHasDict;
        int index = inherited;
        foreach (var n in names)
        {
            if (n == "__dict__")
            {
                wantDict = true;
                continue;
            }
            if (n == "__weakref__")
            {
                if (!mayAddWeak || type.WeakRefable)
                    throw Err.Type("__weakref__ slot disallowed: we already got one");
                type.WeakRefable = true;
                continue;
            }
            if (layout != BuiltinTypes.Object)
            {
                // Only plain instances have slot storage: a subclass of a native type (weakref.ref, an exception,
                // list...) keeps its slot names in its instance dict instead.
                wantDict = true;
                continue;
            }
            string mangled = n.StartsWith("__", StringComparison.Ordinal) && !n.EndsWith("__", StringComparison.Ordinal) ? "_" + type.Name.TrimStart('_') + n : n;
            if (dict.TryGetStr(mangled, out _))
                throw Err.Value($"'{n}' in __slots__ conflicts with class variable");
            dict.SetStr(mangled, new PyMemberDescriptor(mangled, type, index++));
        }
        type.SlotCount = index;
        type.HasInstanceDict = wantDict;
    }
}

/// <summary><c>X | Y</c> on types (types.UnionType).</summary>
internal static class UnionOps
{
    public static PyObject Make(PyObject a, PyObject b)
    {
        if (!IsUnionable(a) || !IsUnionable(b))
            return PyNotImplemented.Instance;
        var items = new List<PyObject>();
        Add(items, a);
        Add(items, b);
        return new PyUnion([.. items]);
    }

    private static bool IsUnionable(PyObject o) => o is PyType or PyNone or PyUnion or PyGenericAlias;

    private static void Add(List<PyObject> items, PyObject o)
    {
        if (o is PyUnion u)
        {
            foreach (var x in u.Args)
                Add(items, x);
            return;
        }
        if (o == PyNone.Instance)
            o = BuiltinTypes.NoneType;
        foreach (var x in items)
        {
            if (x == o)
                return;
        }
        items.Add(o);
    }
}

/// <summary><c>types.UnionType</c>.</summary>
public sealed class PyUnion(PyObject[] args) : PyObject
{
    internal readonly PyObject[] Args = args;

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.UnionType;
}

/// <summary><c>types.GenericAlias</c> (<c>list[int]</c>).</summary>
public sealed class PyGenericAlias(PyObject origin, PyTuple args) : PyObject
{
    internal readonly PyObject Origin = origin;
    internal readonly PyTuple Args = args;

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.GenericAlias;
}

internal static class GenericAliasOps
{
    public static PyObject Create(PyObject origin, PyObject args) => new PyGenericAlias(origin, args as PyTuple ?? PyTuple.Of(args));

    public static string Repr(PyGenericAlias g)
    {
        var parts = new List<string>();
        foreach (var a in g.Args.Items)
            parts.Add(ArgRepr(a));
        return ArgRepr(g.Origin) + "[" + (parts.Count == 0 ? "()" : string.Join(", ", parts)) + "]";
    }

    internal static string ArgRepr(PyObject a)
    {
        if (a is PyType t)
        {
            string? module = t.Dict.TryGetStr("__module__", out var m) && m is PyStr ms ? ms.Value : null;
            return module is null or "builtins" ? t.QualName : module + "." + t.QualName;
        }
        if (a == PyEllipsis.Instance)
            return "...";
        return Ops.Repr(a);
    }
}
