using System;
using System.Threading;
using Atoll.Runtime;
using Atoll.Runtime.Interpreters;
using Atoll.Runtime.Objects;

namespace Atoll.Hosting;

/// <summary>
/// A cross-interpreter queue (PEP 734's <c>concurrent.interpreters.Queue</c>) that .NET code and Python code in any
/// interpreter use together. Pass it to an interpreter with <see cref="PythonInterpreter.SetGlobal"/> (or as a call
/// argument): Python code sees a <c>concurrent.interpreters.Queue</c> and calls <c>put</c>/<c>get</c> on it; .NET code
/// calls <see cref="Put"/>/<see cref="Get"/>. Each side reads what the other wrote.
/// <para>
/// Values cross as they do between interpreters: .NET values are converted to Python values (see
/// <see cref="PythonInterpreter"/> for the table); shareable ones (numbers, strings, bytes, tuples of those) need no
/// interpreter and are put as they are, others (a dictionary) are copied. What .NET code takes out is converted back
/// to .NET values, a fresh copy each time.
/// </para>
/// <para>
/// Thread-safe: any thread may call any member. Blocking calls sleep until another thread (in .NET or in Python)
/// makes room or puts an item; they never poll. A queue stays in the process-wide registry (Python's
/// <c>interpreters.list_queues()</c> lists it) until it is closed with <see cref="Close"/> or <see cref="Dispose"/>.
/// </para>
/// </summary>
public sealed class PythonQueue : IDisposable, IEquatable<PythonQueue>
{
    private static readonly object UnboundMarker = new UnboundItem();

    internal readonly CrossQueue Queue;
    private PyQueueHandle? _handle;

    internal PythonQueue(CrossQueue queue) => Queue = queue;

    /// <summary>
    /// Creates a queue in the process-wide group of the embedding API.
    /// </summary>
    /// <param name="maxSize">The most items the queue holds; 0 (the default) or a negative number means no limit.</param>
    /// <returns>The new queue.</returns>
    public static PythonQueue Create(int maxSize = 0) =>
        new(EmbeddingRuntime.Shared.Group.AddQueue(maxSize <= 0 ? 0 : maxSize, 0, UnboundOp.Replace));

    /// <summary>
    /// What <see cref="Get"/> returns for an item whose sending interpreter was closed before the item was taken
    /// (Python's <c>concurrent.interpreters.UNBOUND</c>): the item is gone, this marker stands in its place.
    /// </summary>
    public static object Unbound => UnboundMarker;

    /// <summary>The queue's id, as Python code sees it (<c>queue.id</c>).</summary>
    public long Id => Queue.Id;

    /// <summary>The most items the queue holds; 0 means no limit.</summary>
    public int MaxSize => Queue.MaxSize;

    /// <summary>The number of items in the queue now (another thread may change it at once).</summary>
    public int Count => Queue.Count;

    /// <summary>True once the queue was closed, here or by Python code (<c>_interpqueues.destroy</c>).</summary>
    public bool IsClosed => Queue.Destroyed;

    /// <summary>The Python object for this queue (one per .NET object; any interpreter may use it).</summary>
    internal PyQueueHandle Handle
    {
        get
        {
            var h = Volatile.Read(ref _handle);
            if (h != null)
                return h;
            Interlocked.CompareExchange(ref _handle, new PyQueueHandle(Queue), null);
            return _handle!;
        }
    }

    /// <summary>
    /// Adds <paramref name="value"/> at the end of the queue, waiting for room while the queue is full.
    /// </summary>
    /// <param name="value">A value convertible to Python (see <see cref="PythonInterpreter"/>).</param>
    /// <param name="timeout">How long to wait for room: null (the default) or <see cref="Timeout.InfiniteTimeSpan"/>
    /// waits as long as it takes, <see cref="TimeSpan.Zero"/> does not wait.</param>
    /// <param name="cancellationToken">Stops the wait.</param>
    /// <exception cref="ArgumentException">The value (or an item in it) has no Python equivalent.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is negative (other than infinite).</exception>
    /// <exception cref="TimeoutException">The queue stayed full for <paramref name="timeout"/>.</exception>
    /// <exception cref="OperationCanceledException">The wait was cancelled.</exception>
    /// <exception cref="ObjectDisposedException">The queue was closed.</exception>
    public void Put(object? value, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        if (!PutCore(value, Seconds(timeout), cancellationToken))
            throw new TimeoutException($"The queue stayed full for {timeout}.");
    }

    /// <summary>Adds <paramref name="value"/> at the end of the queue if there is room now.</summary>
    /// <param name="value">A value convertible to Python (see <see cref="PythonInterpreter"/>).</param>
    /// <returns>False when the queue is full (nothing was added).</returns>
    /// <exception cref="ArgumentException">The value (or an item in it) has no Python equivalent.</exception>
    /// <exception cref="ObjectDisposedException">The queue was closed.</exception>
    public bool TryPut(object? value) => PutCore(value, 0, default);

    /// <summary>
    /// Takes the oldest item, waiting for one while the queue is empty.
    /// </summary>
    /// <param name="timeout">How long to wait for an item: null (the default) or <see cref="Timeout.InfiniteTimeSpan"/>
    /// waits as long as it takes, <see cref="TimeSpan.Zero"/> does not wait.</param>
    /// <param name="cancellationToken">Stops the wait.</param>
    /// <returns>The item as a .NET value (see <see cref="PythonInterpreter"/> for the conversions), or
    /// <see cref="Unbound"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is negative (other than infinite).</exception>
    /// <exception cref="TimeoutException">The queue stayed empty for <paramref name="timeout"/>.</exception>
    /// <exception cref="OperationCanceledException">The wait was cancelled.</exception>
    /// <exception cref="ObjectDisposedException">The queue was closed.</exception>
    /// <exception cref="InvalidCastException">The item has no .NET equivalent (it is taken out all the same).</exception>
    /// <exception cref="PythonException">The item could not be rebuilt, or its sending interpreter was closed and the
    /// item was put with <c>unbounditems=UNBOUND_ERROR</c> (<c>ItemInterpreterDestroyed</c>).</exception>
    public object? Get(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        if (!GetCore(Seconds(timeout), out var value, cancellationToken))
            throw new TimeoutException($"The queue stayed empty for {timeout}.");
        return value;
    }

    /// <summary>Takes the oldest item if there is one now.</summary>
    /// <param name="value">The item as a .NET value, or null when there was none.</param>
    /// <returns>False when the queue is empty.</returns>
    /// <exception cref="ObjectDisposedException">The queue was closed.</exception>
    /// <exception cref="InvalidCastException">The item has no .NET equivalent (it is taken out all the same).</exception>
    /// <exception cref="PythonException">The item could not be rebuilt (see <see cref="Get"/>).</exception>
    public bool TryGet(out object? value) => GetCore(0, out value, default);

    /// <summary>
    /// Closes the queue for everyone: it leaves the registry, its items are dropped, and every wait on it, in .NET or
    /// in Python, ends with an error (<see cref="ObjectDisposedException"/> here, <c>QueueNotFoundError</c> in Python).
    /// Closing twice does nothing.
    /// </summary>
    public void Close()
    {
        Queue.Group.RemoveQueue(Queue.Id);
        Queue.Destroy();
    }

    /// <summary>Closes the queue (<see cref="Close"/>).</summary>
    public void Dispose() => Close();

    /// <summary>True when both objects stand for the same queue.</summary>
    /// <param name="other">Another queue.</param>
    /// <returns>Whether it is the same queue.</returns>
    public bool Equals(PythonQueue? other) => other != null && other.Queue == Queue;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PythonQueue);

    /// <inheritdoc/>
    public override int GetHashCode() => Queue.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => $"PythonQueue({Queue.Id})";

    private static double Seconds(TimeSpan? timeout)
    {
        if (timeout is not { } t || t == Timeout.InfiniteTimeSpan)
            return -1;
        ArgumentOutOfRangeException.ThrowIfLessThan(t, TimeSpan.Zero, nameof(timeout));
        return t.TotalSeconds;
    }

    private bool PutCore(object? value, double timeout, CancellationToken cancel)
    {
        ObjectDisposedException.ThrowIf(Queue.Destroyed, this);
        var packed = Pack(value);
        try
        {
            return Queue.Put(packed, Queue.DefaultFmt, Queue.DefaultUnboundOp, timeout, cancel);
        }
        catch (PyException e) when (e.Value.Type == BuiltinTypes.QueueNotFoundError)
        {
            throw new ObjectDisposedException(ToString(), "The queue was closed.");
        }
    }

    private bool GetCore(double timeout, out object? value, CancellationToken cancel)
    {
        ObjectDisposedException.ThrowIf(Queue.Destroyed, this);
        CrossQueue.Item item;
        try
        {
            if (!Queue.TryGet(timeout, out item, cancel))
            {
                value = null;
                return false;
            }
        }
        catch (PyException e) when (e.Value.Type == BuiltinTypes.QueueNotFoundError)
        {
            throw new ObjectDisposedException(ToString(), "The queue was closed.");
        }
        if (item.Unbound)
        {
            if (item.UnboundOp == UnboundOp.Error)
                throw new PythonException("ItemInterpreterDestroyed", "item's original interpreter destroyed", null, "concurrent.interpreters._queues");
            value = UnboundMarker;
            return true;
        }
        value = Unpack(item.Packed!);
        return true;
    }

    /// <summary>The queue item for a .NET value: values whose Python form is shareable are converted on the calling
    /// thread; one that must be copied (it holds a dictionary or a set) is converted and packed inside the converter
    /// interpreter, since the copier runs in an interpreter.</summary>
    private static object Pack(object? value)
    {
        try
        {
            return NeedsInterpreter(value, 0) ? PackInConverter(value) : ValueConverter.ToPython(value);
        }
        catch (NoPythonEquivalentException e)
        {
            throw e.ToPublic();
        }
    }

    private static object PackInConverter(object? value)
    {
        var converter = EmbeddingRuntime.Shared.Converter;
        return converter.Enter(() =>
        {
            var obj = ValueConverter.ToPython(value);
            if (CrossInterpreter.IsShareable(obj))
                return (object)obj;
            try
            {
                return CrossInterpreter.Pack(obj);
            }
            catch (PyException e)
            {
                throw new ArgumentException($"The value cannot be sent through a queue: {PythonException.Capture(e.Value).Message}", nameof(value), e);
            }
        });
    }

    /// <summary>True when converting <paramref name="value"/> makes a dict or a set (hashing keys is Python code in
    /// general, and the result must be packed) or nests too deep to tell.</summary>
    private static bool NeedsInterpreter(object? value, int depth)
    {
        switch (value)
        {
            case null or string or byte[] or PythonQueue or IConvertible or System.Numerics.BigInteger or System.Numerics.Complex:
                return false;
            case System.Collections.IDictionary:
                return true;
            case System.Runtime.CompilerServices.ITuple t:
                for (int i = 0; i < t.Length; i++)
                {
                    if (depth > 64 || NeedsInterpreter(t[i], depth + 1))
                        return true;
                }
                return false;
            case System.Collections.IList list: // arrays too
                foreach (var item in list)
                {
                    if (depth > 64 || NeedsInterpreter(item, depth + 1))
                        return true;
                }
                return false;
            case System.Collections.IEnumerable: // a set
                return true;
            default:
                return false; // a leaf (a memory of bytes, Int128...) or an unsupported type, which conversion reports
        }
    }

    /// <summary>The .NET value of a queue item: a shareable object converts anywhere; a copy is rebuilt and converted
    /// inside the converter interpreter.</summary>
    private static object? Unpack(object packed)
    {
        try
        {
            return packed is PyObject o && CrossInterpreter.IsShareable(o) ? ValueConverter.ToClr(o) : UnpackInConverter(packed);
        }
        catch (NoClrEquivalentException e)
        {
            throw e.ToPublic();
        }
    }

    private static object? UnpackInConverter(object packed)
    {
        var converter = EmbeddingRuntime.Shared.Converter;
        return converter.Enter(() =>
        {
            PyObject rebuilt;
            try
            {
                rebuilt = CrossInterpreter.Unpack(packed);
            }
            catch (PyException e)
            {
                throw PythonException.Capture(e.Value);
            }
            return ValueConverter.ToClr(rebuilt);
        });
    }

    /// <summary>The type of <see cref="Unbound"/>.</summary>
    private sealed class UnboundItem
    {
        public override string ToString() => "UNBOUND";
    }
}
