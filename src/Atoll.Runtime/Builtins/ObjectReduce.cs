using System;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Builtins;

/// <summary>
/// <c>object.__reduce_ex__</c>, <c>object.__reduce__</c> and <c>object.__getstate__</c>: the default reductions pickle
/// and copy use (https://docs.python.org/3/library/pickle.html#object.__reduce_ex__). From protocol 2 an object is
/// rebuilt by <c>copyreg.__newobj__</c>/<c>__newobj_ex__</c> (<c>cls.__new__</c> with the arguments of
/// <c>__getnewargs_ex__</c>/<c>__getnewargs__</c>), before that by <c>copyreg._reconstructor</c> from its first builtin
/// base; the state is the instance dict plus the <c>__slots__</c> values.
/// </summary>
internal static class ObjectReduce
{
    private static PyObject Copyreg(string name) => Ops.GetAttr(ThreadState.Current.Interp.Importer.Import("copyreg"), name);

    /// <summary><c>object.__reduce_ex__(protocol)</c>: a class's own <c>__reduce__</c> wins.</summary>
    public static PyObject ReduceEx(PyObject self, PyObject protocol)
    {
        int proto = (int)Math.Clamp(Ops.AsLong(protocol), int.MinValue, int.MaxValue);
        var reduce = self.Type.Lookup("__reduce__");
        if (reduce != null && reduce != BuiltinTypes.Object.Lookup("__reduce__"))
            return Ops.Call(Ops.GetAttr(self, "__reduce__"));
        return proto >= 2 ? ReduceNewObj(self) : ReduceOldProtocol(self, proto);
    }

    /// <summary><c>object.__reduce__()</c>: the protocol 0 reduction.</summary>
    public static PyObject Reduce(PyObject self) => ReduceOldProtocol(self, 0);

    private static bool IsDefaultGetState(PyObject getstate, PyObject self)
        => getstate is PyBuiltinFunction { Name: "__getstate__" } b && b.Owner == BuiltinTypes.Object && b.Self == self;

    /// <summary>Protocols 0 and 1: <c>copyreg._reconstructor(cls, base, state)</c>, where base is the first builtin
    /// class of the MRO and state the value converted to it (<c>copyreg._reduce_ex</c>'s rule).</summary>
    public static PyObject ReduceOldProtocol(PyObject self, int proto)
    {
        var cls = self.Type;
        PyType? nativeBase = null;
        foreach (var b in cls.Mro)
        {
            if (b.IsBuiltin)
            {
                nativeBase = b;
                break;
            }
        }
        nativeBase ??= BuiltinTypes.Object;
        PyObject baseState;
        if (nativeBase == BuiltinTypes.Object)
        {
            baseState = PyNone.Instance;
        }
        else
        {
            if (nativeBase == cls)
                throw Err.Type($"cannot pickle {Ops.StrRepr(cls.Name)} object");
            baseState = Ops.Call(nativeBase, self);
        }
        var args = PyTuple.Of(cls, nativeBase, baseState);
        PyObject state;
        var getstate = Ops.GetAttrOrNull(self, "__getstate__");
        if (getstate == null)
        {
            state = self.Dict is { } d ? d : PyNone.Instance;
        }
        else
        {
            if (IsDefaultGetState(getstate, self) && Ops.GetAttrOrNull(self, "__slots__") is { } slots && Ops.IsTrue(slots))
                throw Err.Type("a class that defines __slots__ without defining __getstate__ cannot be pickled");
            state = Ops.Call(getstate);
        }
        var reconstructor = Copyreg("_reconstructor");
        return Ops.IsTrue(state) ? PyTuple.Of(reconstructor, args, state) : PyTuple.Of(reconstructor, args);
    }

    /// <summary>Protocol 2 and later: (<c>copyreg.__newobj__</c>, (cls, *args), state, listitems, dictitems), or
    /// <c>__newobj_ex__</c> with keyword arguments.</summary>
    private static PyObject ReduceNewObj(PyObject obj)
    {
        var cls = obj.Type;
        GetNewArguments(obj, cls, out var args, out var kwargs);
        bool hasArgs = args != null;
        PyObject newobj;
        PyTuple newargs;
        if (kwargs == null || kwargs.Count == 0)
        {
            newobj = Copyreg("__newobj__");
            var items = new PyObject[1 + (args?.Count ?? 0)];
            items[0] = cls;
            args?.Items.CopyTo(items, 1);
            newargs = new PyTuple(items);
        }
        else
        {
            newobj = Copyreg("__newobj_ex__");
            newargs = PyTuple.Of(cls, args!, kwargs);
        }
        var state = GetState(obj, required: !(hasArgs || obj is PyList || obj is PyDict));
        PyObject listItems = obj is PyList ? Ops.GetIter(obj) : PyNone.Instance;
        PyObject dictItems = obj is PyDict ? Ops.GetIter(Ops.Call(Ops.GetAttr(obj, "items"))) : PyNone.Instance;
        return PyTuple.Of(newobj, newargs, state, listItems, dictItems);
    }

    /// <summary>The arguments of <c>cls.__new__</c> for a reduction: from <c>__getnewargs_ex__</c> (args and kwargs),
    /// else <c>__getnewargs__</c> (args), else none; with CPython's errors for results of the wrong shape.</summary>
    internal static void GetNewArguments(PyObject obj, PyType cls, out PyTuple? args, out PyDict? kwargs)
    {
        args = null;
        kwargs = null;
        if (cls.Lookup("__getnewargs_ex__") is { } getNewArgsEx)
        {
            var r = Ops.CallMethod(obj, getNewArgsEx);
            if (r is not PyTuple rt)
                throw Err.Type($"__getnewargs_ex__ should return a tuple, not '{Ops.TypeName(r)}'");
            if (rt.Count != 2)
                throw Err.Value($"__getnewargs_ex__ should return a tuple of length 2, not {rt.Count}");
            args = rt.Items[0] as PyTuple
                ?? throw Err.Type($"first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{Ops.TypeName(rt.Items[0])}'");
            kwargs = rt.Items[1] as PyDict
                ?? throw Err.Type($"second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{Ops.TypeName(rt.Items[1])}'");
            return;
        }
        if (cls.Lookup("__getnewargs__") is { } getNewArgs)
        {
            var r = Ops.CallMethod(obj, getNewArgs);
            args = r as PyTuple ?? throw Err.Type($"__getnewargs__ should return a tuple, not '{Ops.TypeName(r)}'");
        }
    }

    private static PyObject GetState(PyObject obj, bool required)
    {
        var getstate = Ops.GetAttr(obj, "__getstate__");
        if (IsDefaultGetState(getstate, obj))
            return DefaultGetState(obj, required);
        return Ops.Call(getstate);
    }

    /// <summary><c>object.__getstate__()</c>: None, the instance dict, or (dict or None, {slot: value}). When the state
    /// is <paramref name="required"/> (nothing else rebuilds the object), objects with native contents cannot be pickled.</summary>
    internal static PyObject DefaultGetState(PyObject obj, bool required)
    {
        if (required && obj is not PyInstance)
            throw Err.Type($"cannot pickle '{Ops.TypeName(obj)}' object");
        PyObject state = obj.Dict is { Count: > 0 } d ? d : PyNone.Instance;
        var cls = obj.Type;
        PyObject slotNames = cls.Dict.TryGetStr("__slotnames__", out var cached) && cached is PyList
            ? cached
            : Ops.Call(Copyreg("_slotnames"), cls);
        if (slotNames is PyList { Count: > 0 } names)
        {
            var slots = new PyDict();
            foreach (var n in names.ToArray())
            {
                var name = n as PyStr ?? throw Err.Type($"attribute name must be string, not '{Ops.TypeName(n)}'");
                if (Ops.GetAttrOrNull(obj, name.Value) is { } v)
                    slots.SetItem(name, v);
            }
            if (slots.Count > 0)
                state = PyTuple.Of(state, slots);
        }
        return state;
    }
}
