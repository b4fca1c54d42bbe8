using System;
using Atoll.Runtime.Builtins;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Threading;

/// <summary>
/// <c>_thread.lock</c>: a plain mutual-exclusion lock, released by any thread. Its state is guarded by its own
/// monitor, so one lock may be used from several interpreters (it is a sync primitive, shared by reference).
/// </summary>
public sealed class PyLock : PyObject
{
    private bool _locked;

    /// <inheritdoc/>
    public override PyType Type => ThreadTypes.Lock;

    internal bool Locked => _locked;

    private bool TryTake()
    {
        if (_locked)
            return false;
        _locked = true;
        return true;
    }

    /// <summary><c>acquire(blocking=True, timeout=-1)</c>.</summary>
    internal bool Acquire(double timeout)
    {
        lock (this)
        {
            if (TryTake())
                return true;
        }
        return ThreadState.Current.WaitUntil(this, TryTake, timeout);
    }

    internal void Release()
    {
        lock (this)
        {
            if (!_locked)
                throw Err.Runtime("release unlocked lock");
            _locked = false;
            System.Threading.Monitor.Pulse(this);
        }
    }
}

/// <summary><c>_thread.RLock</c>: a lock its owner thread may take again; released as many times as taken.</summary>
public sealed class PyRLock : PyObject
{
    private long _owner; // thread ident, 0 when free
    private long _count;

    /// <inheritdoc/>
    public override PyType Type => ThreadTypes.RLock;

    internal long Owner => _owner;

    internal long Count => _count;

    internal bool Acquire(double timeout)
    {
        long me = ThreadTypes.Ident();
        lock (this)
        {
            if (_owner == me)
            {
                _count++;
                return true;
            }
            if (_owner == 0)
            {
                _owner = me;
                _count = 1;
                return true;
            }
        }
        return ThreadState.Current.WaitUntil(this, () =>
        {
            if (_owner != 0)
                return false;
            _owner = me;
            _count = 1;
            return true;
        }, timeout);
    }

    internal void Release()
    {
        lock (this)
        {
            if (_owner != ThreadTypes.Ident() || _count == 0)
                throw Err.Runtime("cannot release un-acquired lock");
            if (--_count == 0)
            {
                _owner = 0;
                System.Threading.Monitor.Pulse(this);
            }
        }
    }

    /// <summary><c>_release_save()</c>: releases completely, returning what <see cref="AcquireRestore"/> needs.</summary>
    internal (long Count, long Owner) ReleaseSave()
    {
        lock (this)
        {
            if (_count == 0)
                throw Err.Runtime("cannot release un-acquired lock");
            var saved = (_count, _owner);
            _count = 0;
            _owner = 0;
            System.Threading.Monitor.Pulse(this);
            return saved;
        }
    }

    internal void AcquireRestore(long count, long owner)
    {
        ThreadState.Current.WaitUntil(this, () =>
        {
            if (_owner != 0)
                return false;
            _owner = owner;
            _count = count;
            return true;
        }, -1);
    }
}

/// <summary>The types of the <c>_thread</c> module.</summary>
internal static class ThreadTypes
{
    /// <summary><c>_thread.TIMEOUT_MAX</c> (seconds).</summary>
    public const double TimeoutMax = int.MaxValue / 1000.0;

    public static readonly PyType Lock = BuiltinTypes.NewNativeType("lock", "_thread", DefineLock);
    public static readonly PyType RLock = BuiltinTypes.NewNativeType("RLock", "_thread", DefineRLock);

    /// <summary>The calling thread's ident (<c>_thread.get_ident()</c>).</summary>
    public static long Ident() => Environment.CurrentManagedThreadId;

    /// <summary>Parses <c>(blocking=True, timeout=-1)</c> into a timeout in seconds (negative: forever, 0: don't block).</summary>
    public static double AcquireTimeout(string fname, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = Args.Bind(fname, args, kw, ["blocking", "timeout"], 0);
        bool blocking = a[0] == null || Ops.IsTrue(a[0]!);
        double timeout = a[1] == null ? -1 : Seconds(a[1]!);
        if (!blocking)
        {
            if (timeout != -1)
                throw Err.Value("can't specify a timeout for a non-blocking call");
            return 0;
        }
        if (timeout < 0 && timeout != -1)
            throw Err.Value("timeout value must be a non-negative number");
        if (timeout > TimeoutMax)
            throw Err.Overflow("timeout value is too large");
        return timeout;
    }

    /// <summary>A number of seconds given as int or float (or anything with <c>__float__</c>/<c>__index__</c>).</summary>
    public static double Seconds(PyObject o)
    {
        switch (o)
        {
            case PyFloat f:
                if (double.IsNaN(f.Value))
                    throw Err.Value("Invalid value NaN (not a number)");
                return f.Value;
            case PyInt i:
                return IntOps.ToDouble(i);
            case PyStr or PyBytes or PyByteArray:
                throw Err.Type($"'{Ops.TypeName(o)}' object cannot be interpreted as an integer or float");
            default:
                if (o.Type.Lookup("__float__") != null || o.Type.Lookup("__index__") != null)
                    return BuiltinTypes.ToDouble(o);
                throw Err.Type($"'{Ops.TypeName(o)}' object cannot be interpreted as an integer or float");
        }
    }

    private static void DefineLock(PyType t)
    {
        PyLock Self(PyObject o) => o as PyLock ?? throw Err.Type($"descriptor requires a '_thread.lock' object but received a '{Ops.TypeName(o)}'");
        // threading.Lock is this type (3.13), so it is called to make a lock.
        BuiltinTypes.DefStatic(t, "__new__", (args, kw) =>
        {
            if (args.Length == 0 || args[0] is not PyType cls || !cls.IsSubtypeOf(Lock))
                throw Err.Type("lock.__new__(X): X is not a type object");
            if (args.Length > 1)
                throw Err.Type($"lock expected 0 arguments, got {args.Length - 1}");
            return new PyLock();
        });
        NativeFunction acquire = (args, kw) => PyBool.From(Self(args[0]).Acquire(AcquireTimeout("acquire", args[1..], kw)));
        BuiltinTypes.DefN(t, "acquire", acquire);
        BuiltinTypes.DefN(t, "acquire_lock", acquire);
        BuiltinTypes.DefN(t, "__enter__", acquire);
        BuiltinTypes.Def(t, "release", self =>
        {
            Self(self).Release();
            return PyNone.Instance;
        });
        BuiltinTypes.Def(t, "release_lock", self =>
        {
            Self(self).Release();
            return PyNone.Instance;
        });
        BuiltinTypes.DefN(t, "__exit__", (args, kw) =>
        {
            Self(args[0]).Release();
            return PyNone.Instance;
        });
        BuiltinTypes.Def(t, "locked", self => PyBool.From(Self(self).Locked));
        BuiltinTypes.Def(t, "locked_lock", self => PyBool.From(Self(self).Locked));
        BuiltinTypes.Def(t, "_at_fork_reinit", self => PyNone.Instance);
        BuiltinTypes.Def(t, "__repr__", self =>
            new PyStr($"<{(Self(self).Locked ? "locked" : "unlocked")} _thread.lock object at 0x{Ops.IdentityHash(self):x}>"));
    }

    private static void DefineRLock(PyType t)
    {
        PyRLock Self(PyObject o) => o as PyRLock ?? throw Err.Type($"descriptor requires a '_thread.RLock' object but received a '{Ops.TypeName(o)}'");
        BuiltinTypes.DefStatic(t, "__new__", (args, kw) =>
        {
            if (args.Length == 0 || args[0] is not PyType cls || !cls.IsSubtypeOf(RLock))
                throw Err.Type("RLock.__new__(X): X is not a type object");
            return new PyRLock();
        });
        NativeFunction acquire = (args, kw) => PyBool.From(Self(args[0]).Acquire(AcquireTimeout("acquire", args[1..], kw)));
        BuiltinTypes.DefN(t, "acquire", acquire);
        BuiltinTypes.DefN(t, "__enter__", acquire);
        BuiltinTypes.Def(t, "release", self =>
        {
            Self(self).Release();
            return PyNone.Instance;
        });
        BuiltinTypes.DefN(t, "__exit__", (args, kw) =>
        {
            Self(args[0]).Release();
            return PyNone.Instance;
        });
        BuiltinTypes.Def(t, "locked", self => PyBool.From(Self(self).Count > 0));
        BuiltinTypes.Def(t, "_is_owned", self => PyBool.From(Self(self).Owner == Ident() && Self(self).Count > 0));
        BuiltinTypes.Def(t, "_recursion_count", self => PyInt.From(Self(self).Owner == Ident() ? Self(self).Count : 0));
        BuiltinTypes.Def(t, "_release_save", self =>
        {
            var (count, owner) = Self(self).ReleaseSave();
            return PyTuple.Of(PyInt.From(count), PyInt.From(owner));
        });
        BuiltinTypes.Def(t, "_acquire_restore", (self, state) =>
        {
            if (state is not PyTuple { Count: 2 } st || st.Items[0] is not PyInt c || st.Items[1] is not PyInt o)
                throw Err.Type("_acquire_restore() argument 1 must be tuple of (int, int)");
            Self(self).AcquireRestore(c.Value, o.Value);
            return PyNone.Instance;
        });
        BuiltinTypes.Def(t, "_at_fork_reinit", self => PyNone.Instance);
        BuiltinTypes.Def(t, "__repr__", self =>
        {
            var r = Self(self);
            string name = self.Type == RLock ? "_thread.RLock" : self.Type.QualName;
            return new PyStr($"<{(r.Count > 0 ? "locked" : "unlocked")} {name} object owner={r.Owner} count={r.Count} at 0x{Ops.IdentityHash(self):x}>");
        });
    }
}
