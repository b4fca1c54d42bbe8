using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Atoll.Runtime.Objects;

/// <summary><c>tuple</c>: an immutable array of objects.</summary>
public class PyTuple : PyObject
{
    /// <summary>The items. Never mutated after construction.</summary>
    public readonly PyObject[] Items;

    /// <summary>The empty tuple.</summary>
    public static readonly PyTuple Empty = new([]);

    /// <summary>Wraps an array the caller will not mutate afterwards.</summary>
    public PyTuple(PyObject[] items) => Items = items;

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.Tuple;

    /// <summary>Number of items.</summary>
    public int Count => Items.Length;

    /// <summary>Makes a tuple from items.</summary>
    public static PyTuple Of(params PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(items);
}

/// <summary>An instance of a Python subclass of tuple.</summary>
internal sealed class PyTupleSub : PyTuple
{
    private readonly PyType _type;
    private readonly PyDict? _dict;

    internal PyTupleSub(PyType type, PyObject[] items) : base(items)
    {
        _type = type;
        if (type.HasInstanceDict)
            _dict = new PyDict();
    }

    public override PyType Type => _type;

    public override PyDict? Dict => _dict;
}

/// <summary><c>list</c>: a growable array of objects.</summary>
public class PyList : PyObject
{
    internal PyObject[] _items;
    internal int _count;

    private static readonly PyObject[] NoItems = [];

    /// <summary>An empty list.</summary>
    public PyList() => _items = NoItems;

    /// <summary>An empty list with room for <paramref name="capacity"/> items.</summary>
    public PyList(int capacity) => _items = capacity == 0 ? NoItems : new PyObject[capacity];

    /// <summary>A list that takes ownership of <paramref name="items"/>.</summary>
    public PyList(PyObject[] items, int count)
    {
        _items = items;
        _count = count;
    }

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.List;

    /// <summary>Number of items.</summary>
    public int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _count;
    }

    /// <summary>Item access without bounds translation (0 ≤ i &lt; Count).</summary>
    public PyObject this[int i]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _items[i];
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        set => _items[i] = value;
    }

    /// <summary>Appends an item.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(PyObject item)
    {
        var items = _items;
        int n = _count;
        if ((uint)n < (uint)items.Length)
        {
            items[n] = item;
            _count = n + 1;
            return;
        }
        AppendSlow(item);
    }

    private void AppendSlow(PyObject item)
    {
        Grow(_count + 1);
        _items[_count++] = item;
    }

    internal void Grow(int min)
    {
        int cap = _items.Length == 0 ? 4 : _items.Length * 2;
        if (cap < min)
            cap = min;
        Array.Resize(ref _items, cap);
    }

    /// <summary>Inserts an item at index (already clamped).</summary>
    public void Insert(int index, PyObject item)
    {
        if (_count == _items.Length)
            Grow(_count + 1);
        Array.Copy(_items, index, _items, index + 1, _count - index);
        _items[index] = item;
        _count++;
    }

    /// <summary>Removes the item at index.</summary>
    public PyObject RemoveAt(int index)
    {
        var item = _items[index];
        _count--;
        Array.Copy(_items, index + 1, _items, index, _count - index);
        _items[_count] = null!;
        return item;
    }

    /// <summary>The items as a span.</summary>
    public Span<PyObject> AsSpan() => _items.AsSpan(0, _count);

    /// <summary>A copy of the items.</summary>
    public PyObject[] ToArray() => _items.AsSpan(0, _count).ToArray();

    /// <summary>Replaces the contents.</summary>
    internal void SetContents(PyObject[] items, int count)
    {
        _items = items;
        _count = count;
    }

    /// <summary>Removes all items.</summary>
    public void Clear()
    {
        _items = NoItems;
        _count = 0;
    }
}

/// <summary>An instance of a Python subclass of list.</summary>
internal sealed class PyListSub : PyList
{
    private readonly PyType _type;
    private readonly PyDict? _dict;

    internal PyListSub(PyType type)
    {
        _type = type;
        if (type.HasInstanceDict)
            _dict = new PyDict();
    }

    public override PyType Type => _type;

    public override PyDict? Dict => _dict;
}

/// <summary>An instance of a Python subclass of dict.</summary>
internal sealed class PyDictSub : PyDict
{
    private readonly PyType _type;
    private readonly PyDict? _dict;

    internal PyDictSub(PyType type)
    {
        _type = type;
        if (type.HasInstanceDict)
            _dict = new PyDict();
    }

    public override PyType Type => _type;

    public override PyDict? Dict => _dict;
}

/// <summary>An instance of a Python subclass of str.</summary>
internal sealed class PyStrSub : PyStr
{
    private readonly PyType _type;
    private readonly PyDict? _dict;

    internal PyStrSub(PyType type, string value) : base(value)
    {
        _type = type;
        if (type.HasInstanceDict)
            _dict = new PyDict();
    }

    public override PyType Type => _type;

    public override PyDict? Dict => _dict;
}

/// <summary><c>bytes</c>: an immutable byte string.</summary>
public class PyBytes : PyObject
{
    /// <summary>The bytes. Never mutated after construction.</summary>
    public readonly byte[] Value;

    /// <summary>Wraps an array the caller will not mutate afterwards.</summary>
    public PyBytes(byte[] value) => Value = value;

    /// <summary>The empty bytes.</summary>
    public static readonly PyBytes Empty = new([]);

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.Bytes;
}

/// <summary><c>bytearray</c>: a mutable byte string.</summary>
public sealed class PyByteArray : PyObject
{
    internal byte[] _items;
    internal int _count;

    /// <summary>Creates a bytearray owning <paramref name="items"/>.</summary>
    public PyByteArray(byte[] items)
    {
        _items = items;
        _count = items.Length;
    }

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.ByteArray;

    /// <summary>The bytes.</summary>
    public Span<byte> AsSpan() => _items.AsSpan(0, _count);
}

/// <summary>
/// <c>range</c> whose start, stop, step and length all fit in a long (nearly all ranges); the fast paths of
/// <c>for</c> and <c>iter</c> test for this exact class. Larger ranges are <see cref="PyBigRange"/>.
/// </summary>
public class PyRange : PyObject
{
    /// <summary>Start, stop, step (meaningful only for this exact class; see <see cref="PyBigRange"/>).</summary>
    public readonly long Start, Stop, Step;

    /// <summary>Number of items.</summary>
    public readonly long Length;

    /// <summary>Creates a range whose bounds and length fit in a long (see <see cref="Create"/>).</summary>
    public PyRange(long start, long stop, long step)
    {
        Start = start;
        Stop = stop;
        Step = step;
        Int128 n = step > 0
            ? (start < stop ? ((Int128)stop - start - 1) / step + 1 : 0)
            : (start > stop ? ((Int128)start - stop - 1) / -(Int128)step + 1 : 0);
        Length = (long)n;
    }

    private protected PyRange()
    {
    }

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.Range;

    /// <summary>The range start..stop by step (step ≠ 0), small or big as its values need.</summary>
    public static PyRange Create(BigInteger start, BigInteger stop, BigInteger step)
    {
        var len = LengthOf(start, stop, step);
        if (start >= long.MinValue && start <= long.MaxValue && stop >= long.MinValue && stop <= long.MaxValue
            && step >= long.MinValue && step <= long.MaxValue && len <= long.MaxValue)
            return new PyRange((long)start, (long)stop, (long)step);
        return new PyBigRange(start, stop, step, len);
    }

    /// <summary>The number of items of start..stop by step.</summary>
    public static BigInteger LengthOf(BigInteger start, BigInteger stop, BigInteger step)
    {
        if (step > 0)
            return start < stop ? (stop - start - 1) / step + 1 : BigInteger.Zero;
        return start > stop ? (start - stop - 1) / -step + 1 : BigInteger.Zero;
    }

    /// <summary>Start as an arbitrary-precision integer.</summary>
    public virtual BigInteger BigStart => Start;

    /// <summary>Stop as an arbitrary-precision integer.</summary>
    public virtual BigInteger BigStop => Stop;

    /// <summary>Step as an arbitrary-precision integer.</summary>
    public virtual BigInteger BigStep => Step;

    /// <summary>Length as an arbitrary-precision integer.</summary>
    public virtual BigInteger BigLength => Length;
}

/// <summary>A range with a bound or length beyond a long.</summary>
public sealed class PyBigRange : PyRange
{
    private readonly BigInteger _start, _stop, _step, _length;

    internal PyBigRange(BigInteger start, BigInteger stop, BigInteger step, BigInteger length)
    {
        _start = start;
        _stop = stop;
        _step = step;
        _length = length;
    }

    /// <inheritdoc/>
    public override BigInteger BigStart => _start;

    /// <inheritdoc/>
    public override BigInteger BigStop => _stop;

    /// <inheritdoc/>
    public override BigInteger BigStep => _step;

    /// <inheritdoc/>
    public override BigInteger BigLength => _length;
}

/// <summary><c>slice</c>.</summary>
public sealed class PySlice : PyObject
{
    /// <summary>The bounds as given (None when omitted).</summary>
    public readonly PyObject Start, Stop, Step;

    /// <summary>Creates a slice.</summary>
    public PySlice(PyObject start, PyObject stop, PyObject step)
    {
        Start = start;
        Stop = stop;
        Step = step;
    }

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.Slice;
}

/// <summary><c>set</c> and <c>frozenset</c>: a hash set built on the dict table (keys only).</summary>
public class PySet : PyObject
{
    internal readonly PyDict Table = new();
    private readonly bool _frozen;

    /// <summary>Creates an empty set or frozenset.</summary>
    public PySet(bool frozen) => _frozen = frozen;

    /// <summary>True for frozenset.</summary>
    public bool IsFrozen => _frozen;

    /// <inheritdoc/>
    public override PyType Type => _frozen ? BuiltinTypes.FrozenSet : BuiltinTypes.Set;

    /// <summary>Number of items.</summary>
    public int Count => Table.Count;

    /// <summary>Adds an item.</summary>
    public void Add(PyObject item) => Table.SetItem(item, PyNone.Instance);

    /// <summary>True when the item is present.</summary>
    public bool Contains(PyObject item) => Table.GetItem(item) != null;

    internal long CachedHash;
}

/// <summary>An instance of a Python subclass of set or frozenset.</summary>
internal sealed class PySetSub : PySet
{
    private readonly PyType _type;
    private readonly PyDict? _dict;

    internal PySetSub(PyType type, bool frozen) : base(frozen)
    {
        _type = type;
        if (type.HasInstanceDict)
            _dict = new PyDict();
    }

    public override PyType Type => _type;

    public override PyDict? Dict => _dict;
}
