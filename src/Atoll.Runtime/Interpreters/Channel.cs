using System.Collections.Generic;
using System.Threading;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Interpreters;

/// <summary>
/// A channel between interpreters (PEP 554): a FIFO whose <c>send</c> can wait until its item is received. State
/// is guarded by the channel's monitor; waiting senders and receivers sleep on it.
/// </summary>
internal sealed class Channel(long id, int unboundOp) : IShareable
{
    /// <summary>One sent item; the sender waits on <see cref="Received"/>.</summary>
    internal sealed class Entry
    {
        public object? Packed;
        public Interpreter? Owner;
        public int UnboundOp;
        public bool Unbound;
        public bool Received;
        public bool Dropped; // removed before being received (timeout, close)
    }

    private readonly LinkedList<Entry> _items = new();
    private bool _sendClosed;
    private bool _recvClosed;
    private bool _destroyed;

    public long Id => id;

    public int DefaultUnboundOp => unboundOp;

    public int Count
    {
        get
        {
            lock (this)
                return _items.Count;
        }
    }

    public bool IsClosed
    {
        get
        {
            lock (this)
                return _sendClosed || _recvClosed || _destroyed;
        }
    }

    public bool SendClosed
    {
        get
        {
            lock (this)
                return _sendClosed || _destroyed;
        }
    }

    public bool RecvClosed
    {
        get
        {
            lock (this)
                return _recvClosed || _destroyed;
        }
    }

    private void CheckOpen(bool sending)
    {
        if (_destroyed)
            throw Err.New(BuiltinTypes.ChannelNotFoundError, $"channel {id} not found");
        if (_recvClosed || (sending && _sendClosed))
            throw Err.New(BuiltinTypes.ChannelClosedError, $"channel {id} is closed");
    }

    /// <summary>Sends an item; when <paramref name="wait"/>, blocks until it is received (up to
    /// <paramref name="timeout"/> seconds; negative: no limit). Returns false if the wait timed out (the item is
    /// withdrawn then).</summary>
    public bool Send(object packed, int itemUnboundOp, bool wait, double timeout)
    {
        var ts = ThreadState.Current;
        var entry = new Entry { Packed = packed, Owner = ts.Interp, UnboundOp = itemUnboundOp };
        lock (this)
        {
            CheckOpen(sending: true);
            _items.AddLast(entry);
            Monitor.PulseAll(this);
        }
        if (!wait)
            return true;
        bool received = ts.WaitUntil(this, () => entry.Received || entry.Dropped, timeout);
        lock (this)
        {
            if (entry.Received)
                return true;
            if (!entry.Dropped)
            {
                _items.Remove(entry);
                entry.Dropped = true;
                return false;
            }
            CheckOpen(sending: true);
            return received && entry.Received;
        }
    }

    /// <summary>Receives the oldest item, waiting up to <paramref name="timeout"/> seconds (negative: no limit, 0: none).
    /// Returns null when none arrived.</summary>
    public Entry? Recv(double timeout)
    {
        var ts = ThreadState.Current;
        Entry? got = null;
        bool TryTake()
        {
            if (_destroyed || _recvClosed)
                return true;
            if (_items.First is not { } first)
                return _sendClosed;
            _items.RemoveFirst();
            got = first.Value;
            got.Received = true;
            Monitor.PulseAll(this);
            return true;
        }
        bool ready;
        lock (this)
            ready = TryTake();
        if (!ready && timeout != 0)
            ts.WaitUntil(this, TryTake, timeout);
        lock (this)
        {
            if (got == null)
            {
                CheckOpen(sending: false);
                if (_sendClosed && _items.Count == 0)
                    throw Err.New(BuiltinTypes.ChannelClosedError, $"channel {id} is closed");
            }
            return got;
        }
    }

    /// <summary>Closes the channel (<paramref name="force"/>: even if items are waiting, which are dropped).</summary>
    public void Close(bool send, bool recv, bool force)
    {
        lock (this)
        {
            if (_destroyed)
                throw Err.New(BuiltinTypes.ChannelNotFoundError, $"channel {id} not found");
            if (_recvClosed || (_sendClosed && !recv))
                throw Err.New(BuiltinTypes.ChannelClosedError, $"channel {id} is closed");
            if (_items.Count > 0 && !force && (recv || !send))
                throw Err.New(BuiltinTypes.ChannelNotEmptyError, $"channel {id} may not be closed if not empty (try force=True)");
            if (!send && !recv)
                send = recv = true;
            if (recv || force)
            {
                foreach (var e in _items)
                    e.Dropped = true;
                _items.Clear();
            }
            _sendClosed |= send;
            _recvClosed |= recv;
            Monitor.PulseAll(this);
        }
    }

    public void Destroy()
    {
        lock (this)
        {
            _destroyed = true;
            foreach (var e in _items)
                e.Dropped = true;
            _items.Clear();
            Monitor.PulseAll(this);
        }
    }

    public void OnInterpreterClosed(Interpreter interp)
    {
        lock (this)
        {
            var node = _items.First;
            while (node != null)
            {
                var next = node.Next;
                var e = node.Value;
                if (e.Owner == interp)
                {
                    if (e.UnboundOp == UnboundOp.Remove)
                    {
                        e.Dropped = true;
                        _items.Remove(node);
                    }
                    else
                    {
                        e.Unbound = true;
                        e.Packed = null;
                        e.Owner = null;
                    }
                }
                node = next;
            }
        }
    }
}
