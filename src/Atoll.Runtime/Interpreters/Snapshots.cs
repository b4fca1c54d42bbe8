using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Interpreters;

// The nodes of a packed value (see CrossInterpreter). A packed value is a shareable PyObject, a bare object[] (a list
// of packed items) or one of these nodes. A node referred to twice stands for an object referred to twice; cycles are
// cycles of nodes.
// INVARIANT: the Packer fills a node (children after the node exists, so cycles can close) and nothing writes to it
// once Pack has returned; a node holds only shareables, strings and other nodes.

/// <summary>A node of a packed value: knows how to rebuild its object in the receiving interpreter.</summary>
internal abstract class Snapshot
{
    /// <summary>Builds the object, registering it with <see cref="CrossInterpreter.Unpacker.Remember"/> as soon as
    /// it exists (before its children for mutable objects, so cycles close).</summary>
    internal abstract PyObject Build(CrossInterpreter.Unpacker u);

    /// <summary>What the object is, for error messages (<c>'C' object</c>).</summary>
    internal abstract string Describe();
}

/// <summary>A dict: keys and values alternate, in insertion order. <paramref name="leavesOnly"/> when every key and
/// value is a leaf shareable (the common message shape), which unpacks without an unpacker.</summary>
internal sealed class DictSnapshot(object[] items, bool leavesOnly = false) : Snapshot
{
    internal readonly object[] Items = items;
    internal readonly bool LeavesOnly = leavesOnly;

    internal override PyObject Build(CrossInterpreter.Unpacker u)
    {
        var d = new PyDict(Items.Length / 2);
        u.Remember(this, d);
        for (int i = 0; i < Items.Length; i += 2)
            d.SetItem(u.Unpack(Items[i]), u.Unpack(Items[i + 1]));
        return d;
    }

    /// <summary>The dict of a snapshot whose items are all shareables.</summary>
    internal PyDict BuildLeaves()
    {
        var d = new PyDict(Items.Length / 2);
        for (int i = 0; i < Items.Length; i += 2)
            d.SetItem((PyObject)Items[i], (PyObject)Items[i + 1]);
        return d;
    }

    internal override string Describe() => "'dict' object";
}

/// <summary>A tuple with a non-shareable item (a tuple of shareables is packed as itself).</summary>
internal sealed class TupleSnapshot(object[] items) : Snapshot
{
    internal readonly object[] Items = items;

    internal override PyObject Build(CrossInterpreter.Unpacker u)
    {
        var items = u.UnpackItems(Items);
        // An item may lead back here through a mutable object; the inner visit then built the tuple (pickle's rule).
        if (u.TryRecall(this, out var built))
            return built;
        var t = new PyTuple(items);
        u.Remember(this, t);
        return t;
    }

    internal override string Describe() => "'tuple' object";
}

/// <summary>A set, or a frozenset with a non-shareable item.</summary>
internal sealed class SetSnapshot(object[] items, bool frozen) : Snapshot
{
    internal readonly object[] Items = items;
    internal readonly bool Frozen = frozen;

    internal override PyObject Build(CrossInterpreter.Unpacker u)
    {
        var s = new PySet(Frozen);
        if (!Frozen)
        {
            u.Remember(this, s);
            foreach (var item in Items)
                s.Add(u.Unpack(item));
            return s;
        }
        var items = u.UnpackItems(Items);
        if (u.TryRecall(this, out var built))
            return built;
        foreach (var item in items)
            s.Add(item);
        u.Remember(this, s);
        return s;
    }

    internal override string Describe() => Frozen ? "'frozenset' object" : "'set' object";
}

/// <summary>A bytearray: a copy of its bytes.</summary>
internal sealed class ByteArraySnapshot(byte[] bytes) : Snapshot
{
    private readonly byte[] _bytes = bytes;

    internal override PyObject Build(CrossInterpreter.Unpacker u)
    {
        var b = new PyByteArray((byte[])_bytes.Clone());
        u.Remember(this, b);
        return b;
    }

    internal override string Describe() => "'bytearray' object";
}

/// <summary>A range (its bounds are ints, shareable).</summary>
internal sealed class RangeSnapshot(PyInt start, PyInt stop, PyInt step) : Snapshot
{
    internal override PyObject Build(CrossInterpreter.Unpacker u)
    {
        var r = PyRange.Create(start.Big, stop.Big, step.Big);
        u.Remember(this, r);
        return r;
    }

    internal override string Describe() => "'range' object";
}

/// <summary>A slice whose bounds are packed values.</summary>
internal sealed class SliceSnapshot(object start, object stop, object step) : Snapshot
{
    internal override PyObject Build(CrossInterpreter.Unpacker u)
    {
        var start1 = u.Unpack(start);
        var stop1 = u.Unpack(stop);
        var step1 = u.Unpack(step);
        if (u.TryRecall(this, out var built))
            return built;
        var s = new PySlice(start1, stop1, step1);
        u.Remember(this, s);
        return s;
    }

    internal override string Describe() => "'slice' object";
}

/// <summary>An object found by name in the receiver: a class, a module-level builtin function, or what a
/// <c>__reduce__</c> returning a string names. The module is imported there; <c>__main__</c> is the receiver's.</summary>
internal sealed class GlobalSnapshot(string module, string qualName) : Snapshot
{
    internal readonly string Module = module;
    internal readonly string QualName = qualName;

    /// <summary>For a class of the sender's <c>__main__</c>: the script it came from (see <see cref="CrossInterpreter.Unpacker.ModuleFor"/>).</summary>
    internal string? MainFile;

    internal override PyObject Build(CrossInterpreter.Unpacker u)
    {
        PyObject o = u.ModuleFor(Module, MainFile);
        foreach (var part in QualName.Split('.'))
            o = Ops.GetAttr(o, part);
        u.Remember(this, o);
        return o;
    }

    internal override string Describe() => $"'{Module}.{QualName}'";
}

/// <summary>An attribute of a packed object: a bound method (<c>getattr(self, name)</c>, as pickle reduces methods) or
/// a method of a builtin type.</summary>
internal sealed class AttributeSnapshot(object target, string name) : Snapshot
{
    internal override PyObject Build(CrossInterpreter.Unpacker u)
    {
        var target1 = u.Unpack(target);
        if (u.TryRecall(this, out var built))
            return built;
        var m = Ops.GetAttr(target1, name);
        u.Remember(this, m);
        return m;
    }

    internal override string Describe() => $"method '{name}'";
}

/// <summary>A closure cell: its contents (null while unbound). Only found in a <see cref="FunctionSnapshot"/>,
/// which makes the cell itself.</summary>
internal sealed class CellSnapshot
{
    internal object? Contents;
}

/// <summary>
/// A Python function: its code (shareable) rebuilt with the receiver's globals of the same module, with copies of its
/// defaults, keyword defaults, closure contents and attributes.
/// </summary>
internal sealed class FunctionSnapshot(PyCode code, string module, string name, string qualName) : Snapshot
{
    /// <summary>For a function of the sender's <c>__main__</c>: the script it came from (see <see cref="CrossInterpreter.Unpacker.ModuleFor"/>).</summary>
    internal string? MainFile;

    internal object[]? Defaults;
    internal object? KwDefaults;
    internal CellSnapshot[]? Closure;
    internal object Doc = PyNone.Instance;
    internal object? Attributes;

    internal override PyObject Build(CrossInterpreter.Unpacker u)
    {
        var interp = u.Interp;
        var globals = u.ModuleFor(module, MainFile).Dict
            ?? throw Err.Type($"module '{module}' has no namespace");
        // The cells exist (empty) before the function, and the function before the cells' contents: a function
        // found in its own closure (a recursive inner function) closes the cycle. A cell shared with a function
        // rebuilt earlier is that function's cell.
        PyCell[]? cells = null;
        bool[]? fresh = null;
        if (Closure != null)
        {
            cells = new PyCell[Closure.Length];
            fresh = new bool[Closure.Length];
            for (int i = 0; i < cells.Length; i++)
            {
                if (u.TryRecall(Closure[i], out var c))
                {
                    cells[i] = (PyCell)c;
                    continue;
                }
                cells[i] = new PyCell(null);
                fresh[i] = true;
                u.Remember(Closure[i], cells[i]);
            }
        }
        var f = new PyFunction(code, globals, interp, null, null, cells) { Name = name, QualName = qualName };
        u.Remember(this, f);
        for (int i = 0; i < (cells?.Length ?? 0); i++)
        {
            if (fresh![i] && Closure![i].Contents is { } contents)
                cells![i].Value = u.Unpack(contents);
        }
        if (Defaults != null)
            f.Defaults = u.UnpackItems(Defaults);
        if (KwDefaults != null)
            f.KwDefaults = (PyDict)u.Unpack(KwDefaults);
        f.Doc = u.Unpack(Doc);
        if (Attributes != null)
        {
            var attrs = (PyDict)u.Unpack(Attributes);
            int pos = 0;
            while (attrs.Next(ref pos, out var k, out var v))
                f.Dict.SetItem(k, v);
        }
        return f;
    }

    internal override string Describe() => $"function '{module}.{qualName}'";
}

/// <summary>An exception: its type (builtin, or found by name), args, attributes (<c>__dict__</c>, with the notes) and
/// the fields of builtin exception types. The traceback, <c>__cause__</c> and <c>__context__</c> stay behind.</summary>
internal sealed class ExceptionSnapshot(object type, object args, string typeName) : Snapshot
{
    internal (string Name, object Value)[]? Fields;
    internal object? Attributes;

    internal override PyObject Build(CrossInterpreter.Unpacker u)
    {
        var cls = u.Unpack(type) as PyType;
        if (cls == null || !cls.IsSubtypeOf(BuiltinTypes.BaseException))
            throw Err.Type($"'{typeName}' is not an exception class in this interpreter");
        var args1 = (PyTuple)u.Unpack(args);
        if (u.TryRecall(this, out var built))
            return built;
        // Made by __new__ alone, as BaseException.__reduce__'s state would be applied: a subclass whose __init__ takes
        // other arguments than it stores in args still copies.
        var newArgs = new PyObject[args1.Count + 1];
        newArgs[0] = cls;
        args1.Items.CopyTo(newArgs, 1);
        var obj = Ops.Call(Ops.GetAttr(cls, "__new__"), newArgs, null);
        u.Remember(this, obj);
        if (obj is PyBaseException e)
        {
            e.Args = args1;
            if (Fields != null)
            {
                foreach (var (name, value) in Fields)
                    e.SetField(name, u.Unpack(value));
            }
        }
        if (Attributes != null)
            CrossInterpreter.Unpacker.UpdateDict(obj, (PyDict)u.Unpack(Attributes));
        return obj;
    }

    internal override string Describe() => $"'{typeName}' exception";
}

/// <summary>How a <see cref="ReduceSnapshot"/> makes its object.</summary>
internal enum ReduceKind
{
    /// <summary><c>callable(*args)</c>.</summary>
    Call,

    /// <summary><c>cls.__new__(cls, *args)</c> (pickle's NEWOBJ, copyreg's <c>__newobj__</c>).</summary>
    NewObj,

    /// <summary><c>cls.__new__(cls, *args, **kwargs)</c> (NEWOBJ_EX).</summary>
    NewObjEx,
}

/// <summary>
/// An object copied through the pickle protocol: what <c>__reduce_ex__</c> returned (or the default reduction of
/// protocol 2+: <c>cls.__new__(cls, *__getnewargs__())</c> then the state of <c>__getstate__</c>).
/// </summary>
internal sealed class ReduceSnapshot(string typeName, ReduceKind kind, object callable, object args) : Snapshot
{
    internal object? Kwargs;
    internal object? State;
    internal object[]? ListItems;
    internal object[]? DictItems; // keys and values alternate
    internal object? StateSetter;

    internal override PyObject Build(CrossInterpreter.Unpacker u)
    {
        var callable1 = u.Unpack(callable);
        var args1 = (PyTuple)u.Unpack(args);
        var kwargs = Kwargs == null ? null : (PyDict)u.Unpack(Kwargs);
        if (u.TryRecall(this, out var built))
            return built;
        var obj = kind == ReduceKind.Call ? Ops.Call(callable1, args1.Items, null) : NewObject(callable1, args1, kwargs);
        u.Remember(this, obj);
        if (State != null)
        {
            var state = u.Unpack(State);
            if (StateSetter != null)
                Ops.Call(u.Unpack(StateSetter), obj, state);
            else
                Reduction.ApplyState(obj, state, static (message, o) => Err.Type($"{message}, not '{o.Type.Name}'"));
        }
        if (ListItems != null)
            Reduction.AppendItems(obj, u.UnpackItems(ListItems));
        if (DictItems != null)
        {
            for (int i = 0; i < DictItems.Length; i += 2)
                Ops.SetItem(obj, u.Unpack(DictItems[i]), u.Unpack(DictItems[i + 1]));
        }
        return obj;
    }

    private static PyObject NewObject(PyObject cls, PyTuple args, PyDict? kwargs)
    {
        if (cls is not PyType)
            throw Err.Type($"__newobj__ class argument must be a type, not {cls.Type.Name}");
        return Reduction.CallNew(cls, args.Items, kwargs);
    }

    internal override string Describe() => $"'{typeName}' object";
}
