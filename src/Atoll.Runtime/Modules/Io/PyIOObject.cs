using System;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Modules.Io;

/// <summary>
/// The base of the native objects of the <c>io</c> module (files, buffers, text wrappers, StringIO, BytesIO). An
/// instance belongs to one interpreter; it carries its Python type (a subclass made by Python code gets an instance
/// dictionary).
/// </summary>
public abstract class PyIOObject : PyObject
{
    private readonly PyType _type;
    private PyDict? _dict;

    private protected PyIOObject(PyType type) => _type = type;

    /// <inheritdoc/>
    public override PyType Type => _type;

    /// <inheritdoc/>
    public override PyDict? Dict => _type.IsBuiltin ? null : _dict ??= new PyDict();

    /// <summary>Whether the object has been closed (or was never initialized).</summary>
    internal abstract bool IsClosed { get; }

    /// <summary>The ValueError for an operation on a closed file, with the wording of the calling layer.</summary>
    internal static PyException ClosedError(bool period = true) => Err.Value(period ? "I/O operation on closed file." : "I/O operation on closed file");

    internal static PyException Unsupported(string message) => Err.New(IoTypes.UnsupportedOperation, message);

    /// <summary>A size argument: an int, or None/absent for "everything" (-1).</summary>
    internal static long SizeArg(PyObject? o)
    {
        if (o == null || o == PyNone.Instance)
            return -1;
        if (o is PyInt i)
            return i.IsBig ? (i.Sign < 0 ? -1 : long.MaxValue) : i.Value;
        if (o.Type.Lookup("__index__") == null)
            throw Err.Type($"argument should be integer or None, not '{Ops.TypeName(o)}'");
        return Ops.AsLong(o);
    }

    /// <summary>A seek offset or whence: any object with <c>__index__</c>.</summary>
    internal static long IntArg(PyObject o)
    {
        if (o is PyInt i)
            return i.IsBig ? throw Err.Overflow("Python int too large to convert to C long") : i.Value;
        if (o.Type.Lookup("__index__") == null)
            throw Err.Type($"'{Ops.TypeName(o)}' object cannot be interpreted as an integer");
        return Ops.AsLong(o);
    }

    /// <summary>The bytes of a bytes-like argument of write().</summary>
    internal static ReadOnlySpan<byte> BytesArg(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.AsSpan(),
        PyMemoryView mv => mv.Bytes,
        _ => throw Err.Type($"a bytes-like object is required, not '{Ops.TypeName(o)}'"),
    };
}
