using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Atoll.Runtime.Objects;

/// <summary>
/// <c>dict</c>: an insertion-ordered compact hash table (an index table of slots pointing into a dense entry array),
/// with a fast path for <c>str</c> keys that compares cached hashes and .NET strings directly.
/// INVARIANT: a dict belongs to one interpreter and is only touched while that interpreter's lock is held.
/// </summary>
public class PyDict : PyObject
{
    private struct Entry
    {
        public long Hash;
        public PyObject? Key; // null: deleted entry
        public PyObject? Value;
    }

    private const int Empty = -1;
    private int[] _indices;
    private Entry[] _entries;
    private int _used;      // entries[0.._used) are filled or deleted
    private int _count;     // live entries
    private object? _keysTag;

    /// <summary>Bumped on every change of the key set; iteration checks it.</summary>
    internal int KeysVersion;

    /// <summary>Creates an empty dict.</summary>
    public PyDict() : this(0)
    {
    }

    /// <summary>Creates an empty dict sized for <paramref name="capacity"/> entries.</summary>
    public PyDict(int capacity)
    {
        int size = 8;
        while (size * 2 < capacity * 3)
            size <<= 1;
        _indices = NewIndices(size);
        _entries = new Entry[size * 2 / 3 + 1];
    }

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.Dict;

    /// <summary>Number of items.</summary>
    public int Count => _count;

    /// <summary>A token that changes (by identity) whenever the set of keys changes; caches compare it by reference.</summary>
    internal object KeysTag => _keysTag ??= new object();

    private static int[] NewIndices(int size)
    {
        var a = new int[size];
        Array.Fill(a, Empty);
        return a;
    }

    private void KeysChanged()
    {
        KeysVersion++;
        _keysTag = null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameKey(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b))
            return true;
        if (a.GetType() == typeof(PyStr) && b.GetType() == typeof(PyStr))
            return string.Equals(((PyStr)a).Value, ((PyStr)b).Value, StringComparison.Ordinal);
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt) && !((PyInt)a).IsBig)
            return ((PyInt)a).Value == ((PyInt)b).Value && !((PyInt)b).IsBig;
        return Ops.KeyEquals(a, b);
    }

    private int FindSlot(PyObject key, long hash, out int entryIndex)
    {
        int mask = _indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (true)
        {
            int ix = _indices[i];
            if (ix == Empty)
            {
                entryIndex = -1;
                return i;
            }
            ref var e = ref _entries[ix];
            if (e.Key != null && e.Hash == hash)
            {
                int version = KeysVersion;
                var entries = _entries;
                if (SameKey(e.Key, key))
                {
                    entryIndex = ix;
                    return i;
                }
                if (version != KeysVersion || entries != _entries)
                    return FindSlot(key, hash, out entryIndex); // the comparison changed the dict: start again
            }
            perturb >>= 5;
            i = (int)((i * 5 + 1 + (long)perturb) & mask);
        }
    }

    private int FindStr(string key, long hash)
    {
        int mask = _indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (true)
        {
            int ix = _indices[i];
            if (ix == Empty)
                return -1;
            ref var e = ref _entries[ix];
            if (e.Hash == hash && e.Key is PyStr s && string.Equals(s.Value, key, StringComparison.Ordinal))
                return ix;
            perturb >>= 5;
            i = (int)((i * 5 + 1 + (long)perturb) & mask);
        }
    }

    /// <summary>Looks up a key; null when absent. May run Python <c>__hash__</c>/<c>__eq__</c>.</summary>
    public PyObject? GetItem(PyObject key)
    {
        if (key.GetType() == typeof(PyStr))
        {
            var s = (PyStr)key;
            int ix = FindStr(s.Value, s.Hash);
            return ix < 0 ? null : _entries[ix].Value;
        }
        long h = Ops.Hash(key);
        FindSlot(key, h, out int e);
        return e < 0 ? null : _entries[e].Value;
    }

    /// <summary>Looks up a key whose hash is known.</summary>
    internal PyObject? GetItem(PyObject key, long hash)
    {
        FindSlot(key, hash, out int e);
        return e < 0 ? null : _entries[e].Value;
    }

    /// <summary>Looks up a str key given as a .NET string.</summary>
    public bool TryGetStr(string key, out PyObject value)
    {
        int ix = FindStr(key, PyStr.HashOf(key));
        if (ix < 0)
        {
            value = null!;
            return false;
        }
        value = _entries[ix].Value!;
        return true;
    }

    /// <summary>Looks up an exact str key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal PyObject? GetStr(PyStr key)
    {
        int ix = FindStr(key.Value, key.Hash);
        return ix < 0 ? null : _entries[ix].Value;
    }

    /// <summary>Index of the entry holding an exact str key, or -1 (for inline caches).</summary>
    internal int IndexOfStr(PyStr key) => FindStr(key.Value, key.Hash);

    /// <summary>The value at an entry index found by <see cref="IndexOfStr"/> while <see cref="KeysTag"/> is unchanged.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal PyObject ValueAt(int index) => _entries[index].Value!;

    /// <summary>Sets a value at an entry index found by <see cref="IndexOfStr"/> while the keys are unchanged.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void SetValueAt(int index, PyObject value) => _entries[index].Value = value;

    /// <summary>Sets <c>d[key] = value</c>.</summary>
    public void SetItem(PyObject key, PyObject value)
    {
        long h = key.GetType() == typeof(PyStr) ? ((PyStr)key).Hash : Ops.Hash(key);
        SetItem(key, h, value);
    }

    internal void SetItem(PyObject key, long hash, PyObject value)
    {
        int slot = FindSlot(key, hash, out int e);
        if (e >= 0)
        {
            _entries[e].Value = value;
            return;
        }
        if (_used == _entries.Length)
        {
            Resize();
            slot = FindSlot(key, hash, out _);
        }
        _entries[_used] = new Entry { Hash = hash, Key = key, Value = value };
        _indices[slot] = _used;
        _used++;
        _count++;
        KeysChanged();
    }

    /// <summary>Sets a str key given as a .NET string.</summary>
    public void SetStr(string key, PyObject value) => SetItem(PyStr.Intern(key), value);

    private void Resize()
    {
        int newSize = _indices.Length;
        while (newSize * 2 / 3 < _count * 2 + 1)
            newSize <<= 1;
        if (newSize * 2 / 3 < 8)
            newSize = 16;
        var old = _entries;
        int oldUsed = _used;
        _indices = NewIndices(newSize);
        _entries = new Entry[newSize * 2 / 3 + 1];
        _used = 0;
        int mask = newSize - 1;
        for (int i = 0; i < oldUsed; i++)
        {
            if (old[i].Key == null)
                continue;
            long h = old[i].Hash;
            ulong perturb = (ulong)h;
            int j = (int)(h & mask);
            while (_indices[j] != Empty)
            {
                perturb >>= 5;
                j = (int)((j * 5 + 1 + (long)perturb) & mask);
            }
            _entries[_used] = old[i];
            _indices[j] = _used++;
        }
    }

    /// <summary>Removes a key; returns its value, or null when absent.</summary>
    public PyObject? Remove(PyObject key)
    {
        long h = key.GetType() == typeof(PyStr) ? ((PyStr)key).Hash : Ops.Hash(key);
        FindSlot(key, h, out int e);
        if (e < 0)
            return null;
        var v = _entries[e].Value;
        // The index slot keeps pointing at the (now dead) entry so probe chains stay intact.
        _entries[e].Key = null;
        _entries[e].Value = null;
        _count--;
        KeysChanged();
        if (_count == 0)
            Clear();
        return v;
    }

    /// <summary>Removes every item.</summary>
    public void Clear()
    {
        _indices = NewIndices(8);
        _entries = new Entry[6];
        _used = 0;
        _count = 0;
        KeysChanged();
    }

    /// <summary>Iteration support: the next live entry at or after <paramref name="pos"/>.</summary>
    internal bool Next(ref int pos, out PyObject key, out PyObject value)
    {
        while (pos < _used)
        {
            ref var e = ref _entries[pos++];
            if (e.Key != null)
            {
                key = e.Key;
                value = e.Value!;
                return true;
            }
        }
        key = null!;
        value = null!;
        return false;
    }

    /// <summary>Iteration position of the last entry, for <c>popitem</c> and reversed iteration.</summary>
    internal bool Prev(ref int pos, out PyObject key, out PyObject value)
    {
        if (pos > _used)
            pos = _used;
        while (pos > 0)
        {
            ref var e = ref _entries[--pos];
            if (e.Key != null)
            {
                key = e.Key;
                value = e.Value!;
                return true;
            }
        }
        key = null!;
        value = null!;
        return false;
    }

    /// <summary>The items in order.</summary>
    public IEnumerable<KeyValuePair<PyObject, PyObject>> Items()
    {
        int pos = 0;
        while (Next(ref pos, out var k, out var v))
            yield return new KeyValuePair<PyObject, PyObject>(k, v);
    }

    /// <summary>The items whose keys are str, as .NET strings.</summary>
    internal IEnumerable<(string Key, PyObject Value)> StrItems()
    {
        int pos = 0;
        while (Next(ref pos, out var k, out var v))
        {
            if (k is PyStr s)
                yield return (s.Value, v);
        }
    }

    /// <summary>Copies every item into a new dict (<c>dict.copy</c>).</summary>
    public PyDict Copy()
    {
        var d = new PyDict(_count);
        int pos = 0;
        while (Next(ref pos, out var k, out var v))
        {
            long h = _entries[pos - 1].Hash;
            d.SetItem(k, h, v);
        }
        return d;
    }

    internal long HashAt(int pos) => _entries[pos].Hash;
}
