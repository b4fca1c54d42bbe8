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

    /// <summary>The hash once computed, for tuples of builtin immutable values (0 = not known).</summary>
    internal long CachedHash;

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
        set => ArrayStore.Set(_items!, i, value);
    }

    /// <summary>Appends an item.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(PyObject item)
    {
        var items = _items;
        int n = _count;
        if ((uint)n < (uint)items.Length)
        {
            ArrayStore.Set(items!, n, item);
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

/// <summary>An instance of a Python subclass of bytes.</summary>
internal sealed class PyBytesSub : PyBytes
{
    private readonly PyType _type;
    private readonly PyDict? _dict;

    internal PyBytesSub(PyType type, byte[] value) : base(value)
    {
        _type = type;
        if (type.HasInstanceDict)
            _dict = new PyDict();
    }

    public override PyType Type => _type;

    public override PyDict? Dict => _dict;
}

/// <summary><c>bytearray</c>: a mutable byte string.</summary>
public class PyByteArray : PyObject
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

/// <summary>An instance of a Python subclass of bytearray.</summary>
internal sealed class PyByteArraySub : PyByteArray
{
    private readonly PyType _type;
    private readonly PyDict? _dict;

    internal PyByteArraySub(PyType type) : base([])
    {
        _type = type;
        if (type.HasInstanceDict)
            _dict = new PyDict();
    }

    public override PyType Type => _type;

    public override PyDict? Dict => _dict;
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

/// <summary>
/// <c>set</c> and <c>frozenset</c>: an open-addressing hash table laid out as CPython's (power-of-two size from 8,
/// ten linear probes then perturbed jumps, deleted slots kept as dummies, growth at 3/5 full), so iteration order,
/// <c>pop()</c> and repr come out as CPython's for the same sequence of operations.
/// </summary>
public class PySet : PyObject
{
    private const int MinSize = 8;
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;

    /// <summary>Marks a deleted slot (its hash is -1, which no Python object hashes to).</summary>
    private static readonly PyObject Dummy = new DummyKey();

    private sealed class DummyKey : PyObject
    {
        public override PyType Type => BuiltinTypes.Object;
    }

    private PyObject?[] _keys = new PyObject?[MinSize];
    private long[] _hashes = new long[MinSize];
    private int _fill; // active + dummy slots
    private int _used; // active slots
    private int _finger; // where pop() looks first
    private readonly bool _frozen;

    /// <summary>Creates an empty set or frozenset.</summary>
    public PySet(bool frozen) => _frozen = frozen;

    /// <summary>True for frozenset.</summary>
    public bool IsFrozen => _frozen;

    /// <inheritdoc/>
    public override PyType Type => _frozen ? BuiltinTypes.FrozenSet : BuiltinTypes.Set;

    /// <summary>Number of items.</summary>
    public int Count => _used;

    internal long CachedHash;

    private int Mask => _keys.Length - 1;

    /// <summary>Adds an item.</summary>
    public void Add(PyObject item) => AddEntry(item, Ops.Hash(item));

    /// <summary>True when the item is present.</summary>
    public bool Contains(PyObject item) => Lookup(item, Ops.Hash(item)) >= 0;

    /// <summary>True when the item (whose hash is known) is present.</summary>
    internal bool Contains(PyObject item, long hash) => Lookup(item, hash) >= 0;

    /// <summary>Removes an item; false when absent.</summary>
    public bool Remove(PyObject item) => Discard(item, Ops.Hash(item));

    /// <summary>Empties the set (back to the minimum table).</summary>
    public void Clear()
    {
        _keys = new PyObject?[MinSize];
        _hashes = new long[MinSize];
        _fill = _used = 0;
    }

    /// <summary>The next active slot at or after <paramref name="pos"/> (advanced past it): table order.</summary>
    internal bool Next(ref int pos, out PyObject key, out long hash)
    {
        var keys = _keys;
        for (int i = pos; i < keys.Length; i++)
        {
            var k = keys[i];
            if (k != null && k != Dummy)
            {
                pos = i + 1;
                key = k;
                hash = _hashes[i];
                return true;
            }
        }
        pos = keys.Length;
        key = null!;
        hash = 0;
        return false;
    }

    /// <summary>set.pop(): the first active slot from where the last pop stopped.</summary>
    internal PyObject Pop()
    {
        if (_used == 0)
            throw Err.New(BuiltinTypes.KeyError, "pop from an empty set");
        var keys = _keys;
        int i = _finger & Mask;
        while (keys[i] == null || keys[i] == Dummy)
        {
            i++;
            if (i > Mask)
                i = 0;
        }
        var key = keys[i]!;
        keys[i] = Dummy;
        _hashes[i] = -1;
        _used--;
        _finger = i + 1;
        return key;
    }

    /// <summary>Slot of the key, or -1.</summary>
    private int Lookup(PyObject key, long hash)
    {
    restart:
        var keys = _keys;
        int mask = keys.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            for (int j = i; ; j++)
            {
                var k = keys[j];
                if (k == null)
                    return -1;
                if (_hashes[j] == hash)
                {
                    if (k == key || (k is PyStr a && key is PyStr b && a.GetType() == typeof(PyStr) && b.GetType() == typeof(PyStr) && a.Value == b.Value))
                        return j;
                    bool eq = Ops.Eq(k, key);
                    if (keys != _keys || keys[j] != k)
                        goto restart;
                    if (eq)
                        return j;
                }
                if (probes-- == 0)
                    break;
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>Adds a key with its hash; false when it was already present.</summary>
    internal bool AddEntry(PyObject key, long hash)
    {
    restart:
        var keys = _keys;
        int mask = keys.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        int freeSlot = -1;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            for (int j = i; ; j++)
            {
                var k = keys[j];
                if (k == null)
                {
                    if (freeSlot >= 0)
                    {
                        _used++;
                        keys[freeSlot] = key;
                        _hashes[freeSlot] = hash;
                        return true;
                    }
                    _fill++;
                    _used++;
                    keys[j] = key;
                    _hashes[j] = hash;
                    if ((long)_fill * 5 >= (long)mask * 3)
                        Resize(_used > 50000 ? _used * 2 : _used * 4);
                    return true;
                }
                long h = _hashes[j];
                if (h == hash)
                {
                    if (k == key || (k is PyStr a && key is PyStr b && a.GetType() == typeof(PyStr) && b.GetType() == typeof(PyStr) && a.Value == b.Value))
                        return false;
                    bool eq = Ops.Eq(k, key);
                    if (keys != _keys || keys[j] != k)
                        goto restart;
                    if (eq)
                        return false;
                }
                else if (h == -1 && freeSlot < 0)
                {
                    freeSlot = j;
                }
                if (probes-- == 0)
                    break;
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>Removes a key with its hash; false when absent.</summary>
    internal bool Discard(PyObject key, long hash)
    {
        int j = Lookup(key, hash);
        if (j < 0)
            return false;
        _keys[j] = Dummy;
        _hashes[j] = -1;
        _used--;
        return true;
    }

    /// <summary>Places a key known to be absent, in a table without dummies (no comparisons needed).</summary>
    private static void InsertClean(PyObject?[] keys, long[] hashes, PyObject key, long hash)
    {
        int mask = keys.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            for (int j = i; ; j++)
            {
                if (keys[j] == null)
                {
                    keys[j] = key;
                    hashes[j] = hash;
                    return;
                }
                if (probes-- == 0)
                    break;
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>Rebuilds the table with the smallest power of two above <paramref name="minUsed"/> (at least 8).</summary>
    internal void Resize(long minUsed)
    {
        int size = MinSize;
        while (size <= minUsed)
        {
            if (size >= 1 << 30)
                throw Err.New(BuiltinTypes.MemoryError, "");
            size <<= 1;
        }
        var oldKeys = _keys;
        var oldHashes = _hashes;
        var keys = new PyObject?[size];
        var hashes = new long[size];
        for (int i = 0; i < oldKeys.Length; i++)
        {
            var k = oldKeys[i];
            if (k != null && k != Dummy)
                InsertClean(keys, hashes, k, oldHashes[i]);
        }
        _keys = keys;
        _hashes = hashes;
        _fill = _used;
    }

    /// <summary>Adds every item of another set, in its table order (CPython's set_merge).</summary>
    internal void Merge(PySet other)
    {
        if (other == this || other._used == 0)
            return;
        if ((long)(_fill + other._used) * 5 >= (long)Mask * 3)
            Resize((long)(_used + other._used) * 2);
        var okeys = other._keys;
        var ohashes = other._hashes;
        if (_fill == 0 && okeys.Length == _keys.Length && other._fill == other._used)
        {
            // Same size, no dummies: the same layout.
            Array.Copy(okeys, _keys, okeys.Length);
            Array.Copy(ohashes, _hashes, ohashes.Length);
            _fill = _used = other._used;
            return;
        }
        if (_fill == 0)
        {
            for (int i = 0; i < okeys.Length; i++)
            {
                var k = okeys[i];
                if (k != null && k != Dummy)
                    InsertClean(_keys, _hashes, k, ohashes[i]);
            }
            _fill = _used = other._used;
            return;
        }
        for (int i = 0; i < okeys.Length; i++)
        {
            var k = okeys[i];
            if (k != null && k != Dummy)
                AddEntry(k, ohashes[i]);
            if (okeys != other._keys)
                break; // the other set changed under us (an __eq__ mutated it)
        }
    }

    /// <summary>Presizes for adding <paramref name="count"/> more items (as CPython does before adding a dict's keys).</summary>
    internal void Reserve(int count)
    {
        if ((long)(_fill + count) * 5 >= (long)Mask * 3)
            Resize((long)(_used + count) * 2);
    }

    /// <summary>After removals: rebuilds when dummies take more than a quarter of the table.</summary>
    internal void ShrinkAfterRemovals()
    {
        if (_fill - _used <= Mask / 4)
            return;
        Resize(_used > 50000 ? _used * 2 : _used * 4);
    }

    /// <summary>Exchanges contents with another set (the in-place operators build a new table, then take it).</summary>
    internal void TakeContents(PySet other)
    {
        _keys = other._keys;
        _hashes = other._hashes;
        _fill = other._fill;
        _used = other._used;
        other.Clear();
    }

    /// <summary>XOR of the shuffled hashes of the active entries (the order-independent part of hash(frozenset)).</summary>
    internal ulong HashXor()
    {
        ulong h = 0;
        for (int i = 0; i < _keys.Length; i++)
        {
            var k = _keys[i];
            if (k != null && k != Dummy)
            {
                ulong x = (ulong)_hashes[i];
                h ^= ((x ^ 89869747UL) ^ (x << 16)) * 3644798167UL;
            }
        }
        return h;
    }
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
