namespace Atoll.Runtime.Objects;

/// <summary>A native iterator: <see cref="Next"/> returns null when exhausted (no StopIteration is raised inside
/// the runtime; only Python-level <c>__next__</c> calls see one).</summary>
public abstract class PyIterator : PyObject
{
    /// <summary>The next item, or null at the end.</summary>
    public abstract PyObject? Next();

    /// <summary>A length hint for preallocation, or -1.</summary>
    public virtual int LengthHint => -1;
}

internal sealed class ListIterator(PyList list) : PyIterator
{
    private PyList? _list = list;
    private int _index;

    public override PyType Type => BuiltinTypes.ListIterator;

    public override PyObject? Next()
    {
        var l = _list;
        if (l == null)
            return null;
        if (_index < l.Count)
            return l[_index++];
        _list = null;
        return null;
    }

    public override int LengthHint => _list == null ? 0 : _list.Count - _index;
}

internal sealed class ListReverseIterator(PyList list) : PyIterator
{
    private PyList? _list = list;
    private int _index = list.Count - 1;

    public override PyType Type => BuiltinTypes.ListReverseIterator;

    public override PyObject? Next()
    {
        var l = _list;
        if (l == null)
            return null;
        if (_index >= 0 && _index < l.Count)
            return l[_index--];
        _list = null;
        return null;
    }
}

internal sealed class TupleIterator(PyTuple tuple) : PyIterator
{
    private readonly PyObject[] _items = tuple.Items;
    private int _index;

    public override PyType Type => BuiltinTypes.TupleIterator;

    public override PyObject? Next() => _index < _items.Length ? _items[_index++] : null;

    public override int LengthHint => _items.Length - _index;
}

internal sealed class StrIterator(PyStr s) : PyIterator
{
    private readonly PyStr _s = s;
    private int _offset;

    public override PyType Type => BuiltinTypes.StrIterator;

    public override PyObject? Next()
    {
        var v = _s.Value;
        if (_offset >= v.Length)
            return null;
        char c = v[_offset];
        if (char.IsHighSurrogate(c) && _offset + 1 < v.Length && char.IsLowSurrogate(v[_offset + 1]))
        {
            var r = new PyStr(v.Substring(_offset, 2));
            _offset += 2;
            return r;
        }
        _offset++;
        return PyStr.FromChar(c);
    }
}

internal sealed class BytesIterator(byte[] bytes) : PyIterator
{
    private int _index;

    public override PyType Type => BuiltinTypes.BytesIterator;

    public override PyObject? Next() => _index < bytes.Length ? PyInt.From(bytes[_index++]) : null;
}

internal sealed class RangeIterator(long start, long step, long count) : PyIterator
{
    private long _next = start;
    private long _left = count;

    public override PyType Type => BuiltinTypes.RangeIterator;

    public override PyObject? Next()
    {
        if (_left <= 0)
            return null;
        _left--;
        long v = _next;
        _next += step;
        return PyInt.From(v);
    }

    public override int LengthHint => (int)System.Math.Min(_left, int.MaxValue);
}

/// <summary>Iterates a dict's keys, values or items, raising RuntimeError when the dict changes size.</summary>
internal sealed class DictIterator(PyDict dict, int kind) : PyIterator
{
    private PyDict? _dict = dict;
    private int _pos;
    private readonly int _version = dict.KeysVersion;
    private readonly int _count = dict.Count;
    private int _seen;

    public override PyType Type => kind switch
    {
        0 => BuiltinTypes.DictKeyIterator,
        1 => BuiltinTypes.DictValueIterator,
        _ => BuiltinTypes.DictItemIterator,
    };

    public override PyObject? Next()
    {
        var d = _dict;
        if (d == null)
            return null;
        if (d.Count != _count)
        {
            _dict = null;
            throw Err.Runtime("dictionary changed size during iteration");
        }
        if (d.KeysVersion != _version && _seen >= _count)
        {
            _dict = null;
            throw Err.Runtime("dictionary keys changed during iteration");
        }
        if (!d.Next(ref _pos, out var k, out var v))
        {
            _dict = null;
            return null;
        }
        _seen++;
        return kind switch
        {
            0 => k,
            1 => v,
            _ => new PyTuple([k, v]),
        };
    }

    public override int LengthHint => _dict == null ? 0 : _count - _seen;
}

internal sealed class SetIterator(PySet set) : PyIterator
{
    private PySet? _set = set;
    private int _pos;
    private readonly int _count = set.Count;

    public override PyType Type => BuiltinTypes.SetIterator;

    public override PyObject? Next()
    {
        var s = _set;
        if (s == null)
            return null;
        if (s.Count != _count)
        {
            _set = null;
            throw Err.Runtime("Set changed size during iteration");
        }
        if (!s.Next(ref _pos, out var k, out _))
        {
            _set = null;
            return null;
        }
        return k;
    }
}

/// <summary>The iterator over an object with only <c>__getitem__</c> (the old sequence protocol).</summary>
internal sealed class SeqIterator(PyObject seq) : PyIterator
{
    private PyObject? _seq = seq;
    private long _index;

    public override PyType Type => BuiltinTypes.Iterator;

    public override PyObject? Next()
    {
        var s = _seq;
        if (s == null)
            return null;
        try
        {
            return Ops.GetItem(s, PyInt.From(_index++));
        }
        catch (PyException e) when (e.Is(BuiltinTypes.IndexError) || e.Is(BuiltinTypes.StopIteration))
        {
            _seq = null;
            return null;
        }
    }
}

/// <summary><c>iter(callable, sentinel)</c>.</summary>
internal sealed class CallableIterator(PyObject callable, PyObject sentinel) : PyIterator
{
    private PyObject? _callable = callable;

    public override PyType Type => BuiltinTypes.CallableIterator;

    public override PyObject? Next()
    {
        var c = _callable;
        if (c == null)
            return null;
        PyObject v;
        try
        {
            v = Ops.Call(c);
        }
        catch (PyException e) when (e.Is(BuiltinTypes.StopIteration))
        {
            _callable = null;
            return null;
        }
        if (Ops.Eq(v, sentinel))
        {
            _callable = null;
            return null;
        }
        return v;
    }
}
