using System;
using System.Collections.Generic;

namespace Atoll.Runtime.Interpreters;

/// <summary>
/// The interpreters that know of each other (CPython's runtime state): the main one and those created from it, with
/// their ids, and the ids of the queues and channels they made. A process normally has one; each interpreter made
/// with the public constructor starts a group of its own as its main interpreter (so tests and hosts running several
/// programs side by side stay independent). Every member is guarded by the group's lock; it holds only
/// interpreter-neutral objects.
/// </summary>
internal sealed class InterpreterGroup
{
    private readonly object _lock = new();
    private readonly Dictionary<long, Interpreter> _interpreters = [];
    // Queues are held weakly: a queue lives as long as a handle (Python or .NET) or a low-level reference
    // (_interpqueues.create/bind, kept in _pinned) refers to it, then disappears from the group.
    private readonly Dictionary<long, WeakReference<CrossQueue>> _queues = [];
    private readonly Dictionary<long, CrossQueue> _pinned = [];
    private readonly Dictionary<long, Channel> _channels = [];
    private long _nextInterpreterId;
    private long _nextQueueId = 1;
    private long _nextChannelId;

    /// <summary>The first interpreter of the group (id 0).</summary>
    public Interpreter? Main { get; private set; }

    /// <summary>Registers a new interpreter; returns its id.</summary>
    public long Add(Interpreter interp)
    {
        lock (_lock)
        {
            long id = _nextInterpreterId++;
            _interpreters.Add(id, interp);
            Main ??= interp;
            return id;
        }
    }

    public void Remove(Interpreter interp)
    {
        List<CrossQueue> queues;
        List<Channel> channels;
        lock (_lock)
        {
            _interpreters.Remove(interp.Id);
            queues = LiveQueues();
            channels = [.. _channels.Values];
        }
        foreach (var q in queues)
            q.OnInterpreterClosed(interp);
        foreach (var c in channels)
            c.OnInterpreterClosed(interp);
    }

    public Interpreter? Find(long id)
    {
        lock (_lock)
            return _interpreters.TryGetValue(id, out var i) ? i : null;
    }

    /// <summary>The live interpreters, by id.</summary>
    public List<Interpreter> All()
    {
        lock (_lock)
        {
            var list = new List<Interpreter>(_interpreters.Values);
            list.Sort((a, b) => a.Id.CompareTo(b.Id));
            return list;
        }
    }

    public CrossQueue AddQueue(int maxSize, int fmt, int unboundOp, bool pinned = false)
    {
        lock (_lock)
        {
            var q = new CrossQueue(this, _nextQueueId++, maxSize, fmt, unboundOp);
            _queues.Add(q.Id, new WeakReference<CrossQueue>(q));
            if (pinned)
                _pinned.Add(q.Id, q);
            return q;
        }
    }

    public CrossQueue? FindQueue(long id)
    {
        lock (_lock)
            return _queues.TryGetValue(id, out var w) && w.TryGetTarget(out var q) ? q : null;
    }

    public bool RemoveQueue(long id)
    {
        lock (_lock)
        {
            _pinned.Remove(id);
            return _queues.Remove(id);
        }
    }

    /// <summary>The live queues, by id.</summary>
    public List<CrossQueue> AllQueues()
    {
        lock (_lock)
        {
            var list = LiveQueues();
            list.Sort((a, b) => a.Id.CompareTo(b.Id));
            return list;
        }
    }

    // Live queues; forgets the collected ones. Called holding the lock.
    private List<CrossQueue> LiveQueues()
    {
        var list = new List<CrossQueue>(_queues.Count);
        List<long>? dead = null;
        foreach (var (id, w) in _queues)
        {
            if (w.TryGetTarget(out var q))
                list.Add(q);
            else
                (dead ??= []).Add(id);
        }
        if (dead != null)
        {
            foreach (var id in dead)
                _queues.Remove(id);
        }
        return list;
    }

    public Channel AddChannel(int unboundOp)
    {
        lock (_lock)
        {
            var c = new Channel(_nextChannelId++, unboundOp);
            _channels.Add(c.Id, c);
            return c;
        }
    }

    public Channel? FindChannel(long id)
    {
        lock (_lock)
            return _channels.TryGetValue(id, out var c) ? c : null;
    }

    public bool RemoveChannel(long id)
    {
        lock (_lock)
            return _channels.Remove(id);
    }

    public List<Channel> AllChannels()
    {
        lock (_lock)
        {
            var list = new List<Channel>(_channels.Values);
            list.Sort((a, b) => a.Id.CompareTo(b.Id));
            return list;
        }
    }
}
