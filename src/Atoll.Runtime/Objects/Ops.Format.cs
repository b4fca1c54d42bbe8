namespace Atoll.Runtime.Objects;

public static partial class Ops
{
    /// <summary><c>format(value, spec)</c>: <c>type(value).__format__(value, spec)</c>.</summary>
    public static PyObject Format(PyObject value, PyStr spec)
    {
        if (spec.Value.Length == 0)
        {
            if (value.GetType() == typeof(PyStr))
                return value;
            if (value.GetType() == typeof(PyInt) || value.GetType() == typeof(PyFloat))
                return new PyStr(Str(value));
        }
        var f = value.Type.Lookup("__format__") ?? throw Err.Type($"Type {TypeName(value)} doesn't define __format__");
        var r = CallMethod(value, f, spec);
        if (r is not PyStr)
            throw Err.Type($"__format__ must return a str, not {TypeName(r)}");
        return r;
    }
}
