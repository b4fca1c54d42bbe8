using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Atoll.Runtime.Modules;

namespace Atoll.Runtime.Objects;

/// <summary>
/// A weak reference: <c>weakref.ref</c> (and Python subclasses of it), <c>weakref.ProxyType</c> or
/// <c>weakref.CallableProxyType</c>. It reaches its referent through the referent's <see cref="WeakCell"/>, shared by
/// every weak reference to that object in one interpreter. Like any object it belongs to its interpreter; its callback
/// runs there (<see cref="PendingCalls"/>).
/// </summary>
public sealed class PyWeakRef : PyObject
{
    private readonly PyType _type;
    private PyDict? _dict;

    internal readonly WeakCell Cell;

    /// <summary>The callback (<c>__callback__</c>); cleared when the referent dies.</summary>
    internal PyObject? Callback;

    /// <summary>The referent's hash, computed on first <c>hash()</c> while it was alive.</summary>
    internal long Hash;
    internal bool HasHash;

    internal PyWeakRef(PyType type, WeakCell cell, PyObject? callback)
    {
        _type = type;
        Cell = cell;
        Callback = callback;
    }

    /// <inheritdoc/>
    public override PyType Type => _type;

    /// <inheritdoc/>
    public override PyDict? Dict => _type.IsBuiltin ? null : _dict ??= new PyDict();

    /// <summary>The referent, or null once it is gone.</summary>
    internal PyObject? Target => Cell.Target;

    /// <summary>A weak reference of the exact type <c>ref</c> without a callback: <c>ref(o)</c> returns the same one again.</summary>
    internal bool IsBasicRef => Callback == null && _type == WeakRefTypes.Ref;

    /// <summary>A proxy without a callback: <c>proxy(o)</c> returns the same one again.</summary>
    internal bool IsBasicProxy => Callback == null && (_type == WeakRefTypes.Proxy || _type == WeakRefTypes.CallableProxy);

    internal bool IsProxy => _type == WeakRefTypes.Proxy || _type == WeakRefTypes.CallableProxy;
}

/// <summary>
/// What one interpreter knows about one weakly referenced object: a .NET weak reference to it and the interpreter's
/// weak references to it, themselves held weakly (a weak reference nobody holds dies and its callback never runs, as
/// in CPython). A finalizable <see cref="Sentinel"/>, attached to the referent through the interpreter's
/// <see cref="ConditionalWeakTable{TKey,TValue}"/>, becomes garbage with the referent: its finalizer collects the weak
/// references that are still alive and queues their callbacks to the interpreter. The cell itself holds nothing that
/// keeps the referent or the interpreter alive.
/// INVARIANT: <see cref="_refs"/> is touched under <c>lock(this)</c>: by the interpreter's lock holder and, once, by
/// the finalizer thread.
/// </summary>
internal sealed class WeakCell
{
    private readonly WeakReference<PyObject> _target;
    private readonly PendingCalls _calls;

    // Weak handles of this referent's weak references, in CPython's order: the basic ref, the basic proxy, then the
    // others, newest first (the order of getweakrefs() and of callbacks). Freed by the sentinel, or when found dead.
    private readonly List<GCHandle> _refs = [];
    private int _pruneAt = 8;
    private bool _finished;

    private WeakCell(PyObject target, PendingCalls calls)
    {
        _target = new WeakReference<PyObject>(target);
        _calls = calls;
    }

    internal PyObject? Target => _target.TryGetTarget(out var o) ? o : null;

    /// <summary>The cell of <paramref name="o"/> in the interpreter owning <paramref name="table"/>, made (with its
    /// sentinel) on first use.</summary>
    internal static WeakCell Of(PyObject o, ConditionalWeakTable<PyObject, Sentinel> table, PendingCalls calls)
    {
        if (table.TryGetValue(o, out var s))
            return s.Cell;
        var cell = new WeakCell(o, calls);
        table.Add(o, new Sentinel(cell));
        return cell;
    }

    /// <summary>The live weak references, in list order.</summary>
    internal List<PyWeakRef> Live()
    {
        var list = new List<PyWeakRef>();
        lock (this)
        {
            foreach (var h in _refs)
            {
                if (h.Target is PyWeakRef w)
                    list.Add(w);
            }
        }
        return list;
    }

    internal int LiveCount()
    {
        int n = 0;
        lock (this)
        {
            foreach (var h in _refs)
            {
                if (h.Target != null)
                    n++;
            }
        }
        return n;
    }

    /// <summary>The basic ref (or, with <paramref name="proxy"/>, the basic proxy) if alive: it is among the first two (where the basic
    /// ref and proxy live).</summary>
    internal PyWeakRef? FindBasic(bool proxy)
    {
        lock (this)
        {
            for (int i = 0; i < _refs.Count && i < 2; i++)
            {
                if (_refs[i].Target is PyWeakRef w && (proxy ? w.IsBasicProxy : w.IsBasicRef))
                    return w;
            }
        }
        return null;
    }

    /// <summary>Registers a new weak reference of this referent.</summary>
    internal void Add(PyWeakRef w)
    {
        lock (this)
        {
            if (_finished)
                return;
            if (_refs.Count >= _pruneAt)
            {
                for (int i = _refs.Count - 1; i >= 0; i--)
                {
                    if (_refs[i].Target == null)
                    {
                        _refs[i].Free();
                        _refs.RemoveAt(i);
                    }
                }
                _pruneAt = Math.Max(8, _refs.Count * 2);
            }
            int at;
            if (w.IsBasicRef)
            {
                at = 0;
            }
            else
            {
                at = 0;
                while (at < _refs.Count && at < 2 && _refs[at].Target is PyWeakRef b && (b.IsBasicRef || b.IsBasicProxy))
                    at++;
            }
            _refs.Insert(at, GCHandle.Alloc(w, GCHandleType.Weak));
        }
    }

    // The referent is gone (or the interpreter's table is): runs on the finalizer thread.
    private void Finish()
    {
        List<PyWeakRef>? callbacks = null;
        lock (this)
        {
            if (_finished)
                return;
            _finished = true;
            bool referentGone = Target == null;
            foreach (var h in _refs)
            {
                if (referentGone && h.Target is PyWeakRef w && w.Callback != null)
                    (callbacks ??= []).Add(w);
                h.Free();
            }
            _refs.Clear();
        }
        if (callbacks != null)
            _calls.Add(() => RunCallbacks(callbacks));
    }

    // On a thread holding the interpreter's lock.
    private static void RunCallbacks(List<PyWeakRef> refs)
    {
        var interp = ThreadState.Current.Interp;
        foreach (var w in refs)
        {
            var cb = w.Callback;
            w.Callback = null; // as CPython, __callback__ is None once the referent is gone
            if (cb != null)
                interp.CallUnraisable(cb, w);
        }
    }

    /// <summary>Finalizable companion of a referent, reachable only through the interpreter's table while the
    /// referent lives (a dependent handle): collected in the same collection as the referent.</summary>
    internal sealed class Sentinel(WeakCell cell)
    {
        internal readonly WeakCell Cell = cell;

        ~Sentinel() => Cell.Finish();
    }
}
