using System.Runtime.CompilerServices;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Nodes;

/// <summary>A local variable in a slot.</summary>
internal sealed class LocalLoad(int slot, string name) : Expr
{
    public readonly int Slot = slot;
    public readonly string Name = name;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override PyObject Eval(Frame f) => f.Slots[Slot] ?? throw Err.UnboundLocal(Name);
}

/// <summary>A variable held in a cell (captured by an inner function, or free here).</summary>
internal sealed class CellLoad(int slot, string name, bool free) : Expr
{
    public override PyObject Eval(Frame f) => ((PyCell)f.Slots[slot]!).Value ?? throw (free ? Err.UnboundFree(name) : Err.UnboundLocal(name));
}

/// <summary>A class body reading a name that is free in it: the class namespace first, then the cell.</summary>
internal sealed class ClassDerefLoad(int slot, PyStr name) : Expr
{
    public override PyObject Eval(Frame f)
    {
        var v = f.Names!.GetStr(name);
        if (v != null)
            return v;
        return ((PyCell)f.Slots[slot]!).Value ?? throw Err.UnboundFree(name.Value);
    }
}

/// <summary>A cache entry for a global read: which dict versions it was made for and where the value is.</summary>
internal sealed class GlobalCacheEntry(object globalsTag, object? builtinsTag, int index, bool inBuiltins)
{
    public readonly object GlobalsTag = globalsTag;
    public readonly object? BuiltinsTag = builtinsTag;
    public readonly int Index = index;
    public readonly bool InBuiltins = inBuiltins;
}

/// <summary>A global (or builtin) read, through an inline cache keyed by the dicts' key-set tags.</summary>
internal sealed class GlobalLoad(PyStr name) : Expr
{
    private GlobalCacheEntry? _cache;

    public override PyObject Eval(Frame f)
    {
        var c = _cache;
        if (c != null)
        {
            var g = f.Globals;
            if (c.GlobalsTag == g.KeysTag)
            {
                if (!c.InBuiltins)
                    return g.ValueAt(c.Index);
                if (c.BuiltinsTag == f.Builtins.KeysTag)
                    return f.Builtins.ValueAt(c.Index);
            }
        }
        return Lookup(f);
    }

    private PyObject Lookup(Frame f)
    {
        var g = f.Globals;
        int ix = g.IndexOfStr(name);
        if (ix >= 0)
        {
            _cache = new GlobalCacheEntry(g.KeysTag, null, ix, false);
            return g.ValueAt(ix);
        }
        var b = f.Builtins;
        ix = b.IndexOfStr(name);
        if (ix >= 0)
        {
            _cache = new GlobalCacheEntry(g.KeysTag, b.KeysTag, ix, true);
            return b.ValueAt(ix);
        }
        throw Err.Name(name.Value);
    }
}

/// <summary>A name read in a module or class body (or exec'd code): the local namespace, then globals, then builtins.</summary>
internal sealed class NameLoad(PyStr name) : Expr
{
    private readonly GlobalLoad _global = new(name);

    public override PyObject Eval(Frame f)
    {
        var names = f.Names;
        if (names == f.Globals && f.NamesMapping == null)
            return _global.Eval(f);
        if (f.NamesMapping != null)
        {
            try
            {
                return Ops.GetItem(f.NamesMapping, name);
            }
            catch (PyException e) when (e.Is(BuiltinTypes.KeyError))
            {
                return _global.Eval(f);
            }
        }
        var v = names!.GetStr(name);
        return v ?? _global.Eval(f);
    }
}

/// <summary>Where an assignment stores: a target of <c>=</c>, <c>for</c>, <c>with ... as</c>, <c>except ... as</c>.</summary>
internal abstract class Target
{
    public abstract void Assign(Frame f, PyObject value);

    /// <summary><c>del target</c>.</summary>
    public abstract void Delete(Frame f);
}

internal sealed class LocalTarget(int slot, string name) : Target
{
    public readonly int Slot = slot;

    public override void Assign(Frame f, PyObject value) => ArrayStore.Set(f.Slots, Slot, value);

    public override void Delete(Frame f)
    {
        if (f.Slots[Slot] == null)
            throw Err.UnboundLocal(name);
        f.Slots[Slot] = null;
    }
}

internal sealed class CellTarget(int slot, string name, bool free) : Target
{
    public override void Assign(Frame f, PyObject value) => ((PyCell)f.Slots[slot]!).Value = value;

    public override void Delete(Frame f)
    {
        var c = (PyCell)f.Slots[slot]!;
        if (c.Value == null)
            throw free ? Err.UnboundFree(name) : Err.UnboundLocal(name);
        c.Value = null;
    }
}

internal sealed class GlobalTarget(PyStr name) : Target
{
    public override void Assign(Frame f, PyObject value) => f.Globals.SetItem(name, name.Hash, value);

    public override void Delete(Frame f)
    {
        if (f.Globals.Remove(name) == null)
            throw Err.Name(name.Value);
    }
}

internal sealed class NameTarget(PyStr name) : Target
{
    public override void Assign(Frame f, PyObject value)
    {
        if (f.NamesMapping != null)
            Ops.SetItem(f.NamesMapping, name, value);
        else
            f.Names!.SetItem(name, name.Hash, value);
    }

    public override void Delete(Frame f)
    {
        if (f.NamesMapping != null)
        {
            try
            {
                Ops.DelItem(f.NamesMapping, name);
            }
            catch (PyException e) when (e.Is(BuiltinTypes.KeyError))
            {
                throw Err.Name(name.Value);
            }
            return;
        }
        if (f.Names!.Remove(name) == null)
            throw Err.Name(name.Value);
    }
}

internal sealed class AttrTarget(Expr obj, PyStr name) : Target
{
    private AttrCache _cache;

    public override void Assign(Frame f, PyObject value) => CachedAttr.Store(obj.Eval(f), name, value, ref _cache);

    public override void Delete(Frame f) => Ops.DelAttr(obj.Eval(f), name);
}

internal sealed class SubscriptTarget(Expr obj, Expr index) : Target
{
    public override void Assign(Frame f, PyObject value)
    {
        var o = obj.Eval(f);
        var i = index.Eval(f);
        Ops.SetItem(o, i, value);
    }

    public override void Delete(Frame f)
    {
        var o = obj.Eval(f);
        Ops.DelItem(o, index.Eval(f));
    }
}

/// <summary>Unpacking: <c>a, b = ...</c> and <c>a, *b, c = ...</c>.</summary>
internal sealed class UnpackTarget(Target[] targets, int starIndex) : Target
{
    public override void Assign(Frame f, PyObject value)
    {
        int n = targets.Length;
        if (starIndex < 0)
        {
            if (value is PyTuple t && value.GetType() == typeof(PyTuple))
            {
                if (t.Count != n)
                    throw Mismatch(t.Count, n);
                for (int i = 0; i < n; i++)
                    targets[i].Assign(f, t.Items[i]);
                return;
            }
            if (value is PyList l && value.GetType() == typeof(PyList))
            {
                if (l.Count != n)
                    throw Mismatch(l.Count, n);
                var items = l.ToArray();
                for (int i = 0; i < n; i++)
                    targets[i].Assign(f, items[i]);
                return;
            }
        }
        var it = Ops.GetIterOrNull(value) ?? throw Err.Type($"cannot unpack non-iterable {Ops.TypeName(value)} object");
        if (starIndex < 0)
        {
            var vals = new PyObject[n];
            for (int i = 0; i < n; i++)
            {
                vals[i] = Ops.Next(it) ?? throw Err.Value($"not enough values to unpack (expected {n}, got {i})");
            }
            if (Ops.Next(it) != null)
                throw Err.Value($"too many values to unpack (expected {n})");
            for (int i = 0; i < n; i++)
                targets[i].Assign(f, vals[i]);
            return;
        }
        var all = new PyList();
        while (Ops.Next(it) is { } x)
            all.Append(x);
        int before = starIndex, after = n - starIndex - 1;
        if (all.Count < before + after)
            throw Err.Value($"not enough values to unpack (expected at least {before + after}, got {all.Count})");
        var arr = all.ToArray();
        for (int i = 0; i < before; i++)
            targets[i].Assign(f, arr[i]);
        int starCount = arr.Length - before - after;
        var star = new PyObject[starCount];
        System.Array.Copy(arr, before, star, 0, starCount);
        targets[starIndex].Assign(f, new PyList(star, starCount));
        for (int i = 0; i < after; i++)
            targets[starIndex + 1 + i].Assign(f, arr[before + starCount + i]);
    }

    private static PyException Mismatch(int got, int expected) => got > expected
        ? Err.Value($"too many values to unpack (expected {expected})") // CPython 3.13 does not say how many it got
        : Err.Value($"not enough values to unpack (expected {expected}, got {got})");

    public override void Delete(Frame f)
    {
        foreach (var t in targets)
            t.Delete(f);
    }
}
