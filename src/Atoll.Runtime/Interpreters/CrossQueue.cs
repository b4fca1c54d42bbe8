using System;
using System.Collections.Generic;
using System.Threading;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Interpreters;

/// <summary>What happens to a queued item when the interpreter that sent it is closed (PEP 734).</summary>
internal static class UnboundOp
{
    /// <summary>The item is dropped.</summary>
    public const int Remove = 1;

    /// <summary>Taking the item raises ItemInterpreterDestroyed.</summary>
    public const int Error = 2;

    /// <summary>The item is replaced by the UNBOUND marker.</summary>
    public const int Replace = 3;

    public static bool IsValid(int op) => op is Remove or Error or Replace;
}

/// <summary>
/// A queue between interpreters. Items are stored interpreter-neutral (shareable objects by reference, copies as
/// snapshots) with the interpreter that sent them. All state is guarded by the queue's own monitor; blocked
/// <c>get</c>/<c>put</c> calls sleep on that monitor and are pulsed by the operation that unblocks them.
/// </summary>
internal sealed class CrossQueue(InterpreterGroup group, long id, int maxSize, int fmt, int unboundOp) : IShareable
{
    /// <summary>One queued value.</summary>
    internal struct Item
    {
        public object? Packed; // null once its interpreter is gone and the op was Replace/Error
        public int Fmt;
        public Interpreter? Owner;
        public int UnboundOp;
        public bool Unbound;
    }

    private readonly Queue<Item> _items = new();
    private int _waitingGetters;
    private int _waitingPutters;
    private bool _destroyed;

    public InterpreterGroup Group => group;

    public long Id => id;

    /// <summary>0 means unbounded.</summary>
    public int MaxSize => maxSize;

    public int DefaultFmt => fmt;

    public int DefaultUnboundOp => unboundOp;

    /// <summary>References held through <c>_interpqueues.bind</c>/<c>create</c> and high-level handles.</summary>
    public int Refs;

    public int Count
    {
        get
        {
            lock (this)
                return _items.Count;
        }
    }

    public bool IsFull
    {
        get
        {
            lock (this)
                return maxSize > 0 && _items.Count >= maxSize;
        }
    }

    public bool Destroyed
    {
        get
        {
            lock (this)
                return _destroyed;
        }
    }

    /// <summary>Adds an item, waiting up to <paramref name="timeout"/> seconds for room (negative: no limit, 0: none).
    /// Returns false when the queue stayed full. A caller outside any interpreter (the embedding API) sends an item
    /// that no interpreter owns, and may cancel its wait with <paramref name="cancel"/>.</summary>
    public bool Put(object packed, int itemFmt, int itemUnboundOp, double timeout, CancellationToken cancel = default)
    {
        var ts = ThreadState.CurrentOrNull;
        var item = new Item { Packed = packed, Fmt = itemFmt, Owner = ts?.Interp, UnboundOp = itemUnboundOp };
        bool TryPut()
        {
            if (_destroyed)
                return true;
            if (maxSize > 0 && _items.Count >= maxSize)
                return false;
            _items.Enqueue(item);
            if (_waitingGetters > 0)
                Monitor.Pulse(this);
            return true;
        }
        lock (this)
        {
            if (TryPut())
                return CheckAlive();
            if (timeout == 0)
                return false;
            _waitingPutters++;
        }
        try
        {
            bool ok = ts != null ? ts.WaitUntil(this, TryPut, timeout) : WaitOutside(TryPut, timeout, cancel);
            return ok && CheckAlive();
        }
        finally
        {
            lock (this)
                _waitingPutters--;
        }
    }

    /// <summary>Takes the oldest item, waiting up to <paramref name="timeout"/> seconds (negative: no limit, 0: none).
    /// A caller outside any interpreter may cancel its wait with <paramref name="cancel"/>.</summary>
    public bool TryGet(double timeout, out Item item, CancellationToken cancel = default)
    {
        var ts = ThreadState.CurrentOrNull;
        Item got = default;
        bool TryTake()
        {
            if (_destroyed)
                return true;
            if (_items.Count == 0)
                return false;
            got = _items.Dequeue();
            if (_waitingPutters > 0)
                Monitor.Pulse(this);
            return true;
        }
        bool ok;
        lock (this)
        {
            ok = TryTake();
            if (!ok && timeout != 0)
                _waitingGetters++;
        }
        if (!ok && timeout != 0)
        {
            try
            {
                ok = ts != null ? ts.WaitUntil(this, TryTake, timeout) : WaitOutside(TryTake, timeout, cancel);
            }
            finally
            {
                lock (this)
                    _waitingGetters--;
            }
        }
        CheckAlive();
        item = got;
        return ok;
    }

    /// <summary>
    /// The wait of a thread that runs in no interpreter (a host thread using the embedding API): there is no
    /// interpreter lock to let go of and no Ctrl-C to watch, so it sleeps on the queue's monitor until pulsed, timed
    /// out or cancelled (the token's callback pulses the monitor). Throws OperationCanceledException when cancelled.
    /// </summary>
    private bool WaitOutside(Func<bool> tryTake, double timeout, CancellationToken cancel)
    {
        long deadline = timeout < 0 ? long.MaxValue : Environment.TickCount64 + (long)Math.Ceiling(timeout * 1000);
        using var registration = cancel.CanBeCanceled
            ? cancel.Register(static q =>
            {
                lock (q!)
                    Monitor.PulseAll(q);
            }, this)
            : default;
        lock (this)
        {
            while (!tryTake())
            {
                cancel.ThrowIfCancellationRequested();
                long left = deadline - Environment.TickCount64;
                if (left <= 0)
                    return false;
                Monitor.Wait(this, left > int.MaxValue ? int.MaxValue : (int)left);
            }
            return true;
        }
    }

    private bool CheckAlive()
    {
        if (_destroyed)
            throw Err.New(BuiltinTypes.QueueNotFoundError, $"queue {id} not found");
        return true;
    }

    /// <summary>Marks the queue destroyed: blocked callers wake and fail.</summary>
    public void Destroy()
    {
        lock (this)
        {
            _destroyed = true;
            _items.Clear();
            Monitor.PulseAll(this);
        }
    }

    /// <summary>Applies each item's unbound operation to the items sent by a closed interpreter.</summary>
    public void OnInterpreterClosed(Interpreter interp)
    {
        lock (this)
        {
            if (_items.Count == 0)
                return;
            var kept = new List<Item>(_items.Count);
            foreach (var it in _items)
            {
                if (it.Owner != interp)
                {
                    kept.Add(it);
                    continue;
                }
                if (it.UnboundOp == UnboundOp.Remove)
                    continue;
                kept.Add(new Item { Fmt = it.Fmt, UnboundOp = it.UnboundOp, Unbound = true });
            }
            _items.Clear();
            foreach (var it in kept)
                _items.Enqueue(it);
            if (_waitingPutters > 0)
                Monitor.PulseAll(this);
        }
    }
}
