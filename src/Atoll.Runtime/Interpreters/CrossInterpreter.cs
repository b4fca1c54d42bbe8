using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Interpreters;

/// <summary>Marks native objects that any interpreter may use directly: thread-safe and owned by no interpreter
/// (queues, channels, interpreter handles, locks). They cross between interpreters by reference.</summary>
internal interface IShareable
{
}

/// <summary>Sending values between interpreters (placeholder: shareable values only).</summary>
internal static class CrossInterpreter
{
    public static bool IsShareable(PyObject o) => o switch
    {
        PyNone or PyBool or PyFloat or PyComplex or PyEllipsis or PyNotImplemented or PyCode or IShareable or PyBuiltinFunction { Self: null } => true,
        PyInt or PyStr or PyBytes => o.GetType() == typeof(PyInt) || o.GetType() == typeof(PyStr) || o.GetType() == typeof(PyBytes),
        PyTuple t when t.GetType() == typeof(PyTuple) => System.Array.TrueForAll(t.Items, IsShareable),
        _ => false,
    };

    public static object Pack(PyObject o) => IsShareable(o) ? o : throw Err.New(BuiltinTypes.NotShareableError, $"{Ops.Repr(o)} does not support cross-interpreter data");

    public static PyObject Unpack(object packed) => (PyObject)packed;
}
