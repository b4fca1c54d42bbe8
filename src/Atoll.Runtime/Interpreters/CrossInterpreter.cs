using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Interpreters;

/// <summary>
/// How a value travels from one interpreter to another (queue items, <c>prepare_main</c>, <c>call</c> arguments and
/// results). Shareable values cross by reference; everything else is copied by a native structural copier with
/// pickle's semantics (protocol 4: <c>__reduce_ex__</c>, <c>__reduce__</c>, <c>__getnewargs_ex__</c>,
/// <c>__getnewargs__</c>, <c>__getstate__</c>, <c>__setstate__</c>, <c>__slots__</c>, shared references and cycles),
/// without bytes in between.
/// <para>
/// The copy has two phases so that neither interpreter touches the other's objects. <see cref="Pack"/> runs in the
/// sender and returns an interpreter-neutral snapshot: a shareable object itself, or a tree of snapshot nodes whose
/// leaves are shareables (a list packs into a bare <c>object[]</c>). <see cref="Unpack"/> runs in the receiver and
/// builds fresh objects from it; unpacking the same snapshot twice gives two independent copies.
/// INVARIANT: a snapshot never refers to a mutable object of the sender, and nothing writes to it once
/// <see cref="Pack"/> has returned, so any thread may unpack it.
/// </para>
/// </summary>
internal static partial class CrossInterpreter
{
    /// <summary>Protocol passed to <c>__reduce_ex__</c>: pickle's default in Python 3.13.</summary>
    internal const int PickleProtocol = 4;

    /// <summary>
    /// True when <paramref name="value"/> crosses by reference: None, bool, int, float, complex, str and bytes (exact
    /// types), tuples and frozensets of shareables (checked deeply), Ellipsis, NotImplemented, code objects, builtin
    /// types and <see cref="IShareable"/> objects.
    /// </summary>
    public static bool IsShareable(PyObject value) => IsShareable(value, 0);

    private static bool IsShareable(PyObject value, int depth)
    {
        if (IsLeaf(value))
            return true;
        if (value.GetType() == typeof(PyTuple) || value.GetType() == typeof(PySet) && ((PySet)value).IsFrozen)
        {
            // Too deep to check without risking the stack: not shareable, so Pack copies it (and reports the depth).
            if (depth > ThreadState.NativeDepthLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
                return false;
            if (value is PySet set)
            {
                int pos = 0;
                while (set.Next(ref pos, out var item, out _))
                {
                    if (!IsShareable(item, depth + 1))
                        return false;
                }
                return true;
            }
            foreach (var item in ((PyTuple)value).Items)
            {
                if (!IsShareable(item, depth + 1))
                    return false;
            }
            return true;
        }
        return IsOtherShareable(value);
    }

    /// <summary>The shareables that are neither leaves nor containers.</summary>
    private static bool IsOtherShareable(PyObject value)
        => value is PyEllipsis or PyNotImplemented or PyCode or IShareable || value is PyType { IsBuiltin: true };

    /// <summary>The everyday shareable values, recognized by one exact-class test each.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLeaf(PyObject o)
    {
        return o.GetType() == typeof(PyInt) || o.GetType() == typeof(PyStr) || o.GetType() == typeof(PyFloat) || o.GetType() == typeof(PyBool) || o.GetType() == typeof(PyNone)
            || o.GetType() == typeof(PyBytes) || o.GetType() == typeof(PyComplex);
    }

    /// <summary>
    /// Runs in the sender: <paramref name="value"/> itself when shareable, else a snapshot to give to
    /// <see cref="Unpack"/>. Raises NotShareableError for what cannot be copied.
    /// </summary>
    public static object Pack(PyObject value)
    {
        if (IsLeaf(value))
            return value;
        if (value.GetType() == typeof(PyList) && PackLeafList((PyList)value) is { } leaves)
            return leaves;
        if (value.GetType() == typeof(PyDict) && PackLeafDict((PyDict)value) is { } leafDict)
            return leafDict;
        var packer = new Packer();
        var root = packer.Pack(value);
        return packer.Shared == null ? root : new SharedGraph(root, packer.Shared);
    }

    /// <summary>A snapshot in which some nodes are reached more than once: the receiver remembers those.</summary>
    private sealed class SharedGraph(object root, HashSet<object> shared)
    {
        public readonly object Root = root;
        public readonly HashSet<object> Shared = shared;
    }

    /// <summary>
    /// The hot case: a list whose items are all leaves packs into one array of the same objects, typed
    /// <c>PyObject[]</c> so that <see cref="Unpack"/> recognizes it and copies it in one step. Null when an item is
    /// not a leaf.
    /// </summary>
    private static PyObject[]? PackLeafList(PyList list)
    {
        var items = list.AsSpan();
        var copy = new PyObject[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            var item = items[i];
            if (!IsLeaf(item))
                return null;
            copy[i] = item;
        }
        return copy;
    }

    /// <summary>The other hot case: a dict whose keys and values are all leaves. Null when one is not.</summary>
    private static DictSnapshot? PackLeafDict(PyDict dict)
    {
        var items = new object[dict.Count * 2];
        int pos = 0, i = 0;
        while (dict.Next(ref pos, out var key, out var value))
        {
            if (!IsLeaf(key) || !IsLeaf(value))
                return null;
            items[i++] = key;
            items[i++] = value;
        }
        return new DictSnapshot(items, leavesOnly: true);
    }

    /// <summary>Runs in the receiver (the interpreter entered on the calling thread): fresh objects built from a
    /// snapshot made by <see cref="Pack"/>. Raises NotShareableError when something cannot be rebuilt here (a class or
    /// module missing in this interpreter), with the underlying error as its cause.</summary>
    public static PyObject Unpack(object packed)
    {
        if (packed is PyObject value)
            return value;
        if (packed is PyObject[] leaves)
            return new PyList((PyObject[])leaves.Clone(), leaves.Length);
        if (packed is DictSnapshot { LeavesOnly: true } leafDict)
            return leafDict.BuildLeaves();
        if (packed is SharedGraph g)
            return new Unpacker(ThreadState.Current.Interp, g.Shared).Unpack(g.Root);
        return new Unpacker(ThreadState.Current.Interp, null).Unpack(packed);
    }

    /// <summary>NotShareableError with a message, chained to the error that caused it when there is one.</summary>
    internal static PyException NotShareable(string message, PyException? cause = null)
    {
        var e = Err.NewObject(BuiltinTypes.NotShareableError, message);
        if (cause != null)
        {
            e.Cause = cause.Value;
            e.Context = cause.Value;
            e.SuppressContext = true;
        }
        return new PyException(e);
    }

    /// <summary>The error for a value that is neither shareable nor copyable.</summary>
    internal static PyException CannotShare(PyObject value, PyException? cause = null)
        => NotShareable($"cannot share '{value.Type.Name}' object", cause);

    /// <summary>Errors raised by Python code while copying are reported as NotShareableError with the error as cause;
    /// NotShareableError itself passes through, as do errors about the process's limits and non-Exception exits.</summary>
    private static bool ShouldWrap(PyException e)
    {
        var t = e.Value.Type;
        return t.IsSubtypeOf(BuiltinTypes.Exception) && !t.IsSubtypeOf(BuiltinTypes.NotShareableError)
            && !t.IsSubtypeOf(BuiltinTypes.RecursionError) && !t.IsSubtypeOf(BuiltinTypes.MemoryError);
    }

    private static PyException TooDeep() => Err.New(BuiltinTypes.RecursionError, "maximum recursion depth exceeded while sharing an object");

    /// <summary>True when the object's class defines its own pickling (a <c>__reduce_ex__</c> other than object's, or a
    /// <c>__reduce__</c> other than <paramref name="nativeReduce"/>).</summary>
    private static bool HasOwnReduce(PyType type, PyObject? nativeReduce)
    {
        var reduceEx = type.Lookup("__reduce_ex__");
        if (reduceEx != null && reduceEx != BuiltinTypes.Object.Lookup("__reduce_ex__"))
            return true;
        var reduce = type.Lookup("__reduce__");
        return reduce != null && reduce != nativeReduce;
    }
}
