using System.Collections.Generic;
using Atoll.Runtime.Objects;
using static Atoll.Runtime.Objects.BuiltinTypes;

namespace Atoll.Runtime.Modules.Pickle;

/// <summary><c>Pickler.memo</c>: a view of a pickler's memo with <c>copy()</c> ({id(obj): (index, obj)}) and
/// <c>clear()</c>.</summary>
internal sealed class PyPicklerMemoProxy(PyPickler owner) : PyObject
{
    public static readonly PyType TypeObject = NewNativeType("PicklerMemoProxy", "_pickle", t =>
    {
        Def(t, "copy", self => Copy(((PyPicklerMemoProxy)self).Owner.Memo));
        Def(t, "clear", self =>
        {
            ((PyPicklerMemoProxy)self).Owner.Memo.Clear();
            return PyNone.Instance;
        });
    });

    internal readonly PyPickler Owner = owner;

    /// <inheritdoc/>
    public override PyType Type => TypeObject;

    internal static PyDict Copy(Dictionary<PyObject, int> memo)
    {
        var d = new PyDict();
        foreach (var (o, i) in memo)
            d.SetItem(PyInt.From(Ops.IdentityHash(o)), PyTuple.Of(PyInt.From(i), o));
        return d;
    }

    /// <summary><c>pickler.memo = ...</c>: another pickler's memo, or a dict of (index, obj) values.</summary>
    internal static void Assign(PyPickler p, PyObject? value)
    {
        var memo = p.Memo;
        if (value is PyPicklerMemoProxy proxy)
        {
            var source = new Dictionary<PyObject, int>(proxy.Owner.Memo, ReferenceEqualityComparer.Instance);
            memo.Clear();
            foreach (var (o, i) in source)
                memo[o] = i;
            return;
        }
        if (value is not PyDict d)
            throw Err.Type($"'memo' attribute must be a PicklerMemoProxy object or dict, not {Ops.TypeName(value ?? PyNone.Instance)}");
        var entries = new List<(PyObject, int)>();
        int pos = 0;
        while (d.Next(ref pos, out _, out var v))
        {
            if (v is not PyTuple { Count: 2 } t)
                throw Err.Type("'memo' values must be 2-item tuples");
            entries.Add((t.Items[1], (int)Ops.AsLong(t.Items[0])));
        }
        memo.Clear();
        foreach (var (o, i) in entries)
            memo[o] = i;
    }
}

/// <summary><c>Unpickler.memo</c>: a view of an unpickler's memo with <c>copy()</c> ({index: obj}) and
/// <c>clear()</c>.</summary>
internal sealed class PyUnpicklerMemoProxy(PyUnpickler owner) : PyObject
{
    public static readonly PyType TypeObject = NewNativeType("UnpicklerMemoProxy", "_pickle", t =>
    {
        Def(t, "copy", self =>
        {
            var d = new PyDict();
            var memo = ((PyUnpicklerMemoProxy)self).Owner.Memo;
            var keys = new List<long>(memo.Keys);
            keys.Sort();
            foreach (var k in keys)
                d.SetItem(PyInt.From(k), memo[k]);
            return d;
        });
        Def(t, "clear", self =>
        {
            ((PyUnpicklerMemoProxy)self).Owner.Memo.Clear();
            return PyNone.Instance;
        });
    });

    internal readonly PyUnpickler Owner = owner;

    /// <inheritdoc/>
    public override PyType Type => TypeObject;

    /// <summary><c>unpickler.memo = ...</c>: another unpickler's memo, or a dict of int keys.</summary>
    internal static void Assign(PyUnpickler u, PyObject? value)
    {
        var memo = u.Memo;
        if (value is PyUnpicklerMemoProxy proxy)
        {
            var source = new Dictionary<long, PyObject>(proxy.Owner.Memo);
            memo.Clear();
            foreach (var (k, v) in source)
                memo[k] = v;
            return;
        }
        if (value is not PyDict d)
            throw Err.Type($"'memo' attribute must be an UnpicklerMemoProxy object or dict, not {Ops.TypeName(value ?? PyNone.Instance)}");
        var entries = new List<(long, PyObject)>();
        int pos = 0;
        while (d.Next(ref pos, out var k, out var v))
        {
            if (k is not PyInt ki)
                throw Err.Type("memo key must be integers");
            long idx = Ops.AsLong(ki);
            if (idx < 0)
                throw Err.Value("memo key must be positive integers.");
            entries.Add((idx, v));
        }
        memo.Clear();
        foreach (var (k, v) in entries)
            memo[k] = v;
    }
}
