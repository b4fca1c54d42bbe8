using System.Diagnostics.CodeAnalysis;

namespace Atoll.Runtime.Objects;

/// <summary>
/// Makes Python exceptions to throw: <c>throw Err.Type("...")</c>. Keeping the construction here keeps throw
/// code out of hot methods.
/// </summary>
public static class Err
{
    /// <summary>An exception of <paramref name="type"/> with a message argument.</summary>
    public static PyException New(PyType type, string message) => new(NewObject(type, message));

    /// <summary>The exception object of <paramref name="type"/> with one str argument.</summary>
    public static PyBaseException NewObject(PyType type, string message)
    {
        var e = new PyBaseException(type) { Args = PyTuple.Of(new PyStr(message)) };
        return e;
    }

    /// <summary>An exception of <paramref name="type"/> with the given args.</summary>
    public static PyException WithArgs(PyType type, params PyObject[] args) => new(new PyBaseException(type) { Args = PyTuple.Of(args) });

    /// <summary>TypeError.</summary>
    public static PyException Type(string message) => New(BuiltinTypes.TypeError, message);

    /// <summary>ValueError.</summary>
    public static PyException Value(string message) => New(BuiltinTypes.ValueError, message);

    /// <summary>IndexError.</summary>
    public static PyException Index(string message) => New(BuiltinTypes.IndexError, message);

    /// <summary>KeyError for a key (its repr is the message).</summary>
    public static PyException Key(PyObject key) => WithArgs(BuiltinTypes.KeyError, key);

    /// <summary>OverflowError.</summary>
    public static PyException Overflow(string message) => New(BuiltinTypes.OverflowError, message);

    /// <summary>ZeroDivisionError.</summary>
    public static PyException ZeroDivision(string message) => New(BuiltinTypes.ZeroDivisionError, message);

    /// <summary>RuntimeError.</summary>
    public static PyException Runtime(string message) => New(BuiltinTypes.RuntimeError, message);

    /// <summary>NotImplementedError.</summary>
    public static PyException NotImplemented(string message) => New(BuiltinTypes.NotImplementedError, message);

    /// <summary>SystemError: a bug in the runtime, surfaced as a Python exception.</summary>
    public static PyException System(string message) => New(BuiltinTypes.SystemError, message);

    /// <summary>NameError with its <c>name</c> attribute.</summary>
    public static PyException Name(string name)
    {
        var e = NewObject(BuiltinTypes.NameError, $"name '{name}' is not defined");
        e.SetField("name", new PyStr(name));
        return new PyException(e);
    }

    /// <summary>UnboundLocalError for a local read before assignment.</summary>
    public static PyException UnboundLocal(string name)
    {
        // CPython sets name only on a plain NameError, not on UnboundLocalError.
        return new PyException(NewObject(BuiltinTypes.UnboundLocalError, $"cannot access local variable '{name}' where it is not associated with a value"));
    }

    /// <summary>NameError for a free variable read before assignment.</summary>
    public static PyException UnboundFree(string name)
    {
        var e = NewObject(BuiltinTypes.NameError, $"cannot access free variable '{name}' where it is not associated with a value in enclosing scope");
        e.SetField("name", new PyStr(name));
        return new PyException(e);
    }

    /// <summary>AttributeError with <c>name</c> and <c>obj</c> set, as CPython's suggestions need.</summary>
    public static PyException Attribute(PyObject obj, string name, string message)
    {
        var e = NewObject(BuiltinTypes.AttributeError, message);
        e.SetField("name", new PyStr(name));
        e.SetField("obj", obj);
        return new PyException(e);
    }

    /// <summary>The standard "'T' object has no attribute 'x'" error.</summary>
    public static PyException NoAttribute(PyObject obj, string name)
    {
        string msg = obj switch
        {
            PyModule m => $"module '{m.Name}' has no attribute '{name}'",
            PyType t => $"type object '{t.Name}' has no attribute '{name}'",
            _ => $"'{Ops.TypeName(obj)}' object has no attribute '{name}'",
        };
        return Attribute(obj, name, msg);
    }

    /// <summary>StopIteration carrying a value.</summary>
    public static PyException StopIteration(PyObject? value)
    {
        var e = new PyBaseException(BuiltinTypes.StopIteration) { Args = value == null ? PyTuple.Empty : PyTuple.Of(value) };
        e.SetField("value", value ?? PyNone.Instance);
        return new PyException(e);
    }

    /// <summary>Throws a TypeError.</summary>
    [DoesNotReturn]
    public static void ThrowType(string message) => throw Type(message);

    /// <summary>UnicodeDecodeError with its fields, as the codecs raise it.</summary>
    public static PyException UnicodeDecode(string encoding, byte[] data, int start, int end, string reason) =>
        UnicodeError(BuiltinTypes.UnicodeDecodeError, encoding, new PyBytes(data), start, end, reason);

    /// <summary>UnicodeEncodeError with CPython's fields.</summary>
    public static PyException UnicodeEncode(string encoding, string text, int start, int end, string reason) =>
        UnicodeError(BuiltinTypes.UnicodeEncodeError, encoding, new PyStr(text), start, end, reason);

    private static PyException UnicodeError(PyType type, string encoding, PyObject data, int start, int end, string reason)
    {
        var e = new PyBaseException(type)
        {
            Args = PyTuple.Of(new PyStr(encoding), data, PyInt.From(start), PyInt.From(end), new PyStr(reason)),
        };
        e.SetField("encoding", new PyStr(encoding));
        e.SetField("object", data);
        e.SetField("start", PyInt.From(start));
        e.SetField("end", PyInt.From(end));
        e.SetField("reason", new PyStr(reason));
        return new PyException(e);
    }
}
