using System;
using System.Runtime.CompilerServices;

namespace Atoll.Runtime.Objects;

/// <summary>Binary operators, in the order of <c>ast.operator</c>.</summary>
public enum BinOp
{
#pragma warning disable CS1591
    Add, Sub, Mul, MatMul, TrueDiv, Mod, Pow, LShift, RShift, Or, Xor, And, FloorDiv,
#pragma warning restore CS1591
}

public static partial class Ops
{
    internal static readonly string[] BinDunder = ["__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__mod__", "__pow__", "__lshift__", "__rshift__", "__or__", "__xor__", "__and__", "__floordiv__"];
    internal static readonly string[] BinRDunder = ["__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__", "__rmod__", "__rpow__", "__rlshift__", "__rrshift__", "__ror__", "__rxor__", "__rand__", "__rfloordiv__"];
    internal static readonly string[] BinIDunder = ["__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__ior__", "__ixor__", "__iand__", "__ifloordiv__"];
    internal static readonly string[] BinSymbol = ["+", "-", "*", "@", "/", "%", "** or pow()", "<<", ">>", "|", "^", "&", "//"];

    /// <summary><c>a + b</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Add(PyObject a, PyObject b)
    {
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt))
            return IntOps.Add((PyInt)a, (PyInt)b);
        if (a.GetType() == typeof(PyFloat) && b.GetType() == typeof(PyFloat))
            return new PyFloat(((PyFloat)a).Value + ((PyFloat)b).Value);
        return Binary(a, b, BinOp.Add);
    }

    /// <summary><c>a - b</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Sub(PyObject a, PyObject b)
    {
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt))
            return IntOps.Sub((PyInt)a, (PyInt)b);
        if (a.GetType() == typeof(PyFloat) && b.GetType() == typeof(PyFloat))
            return new PyFloat(((PyFloat)a).Value - ((PyFloat)b).Value);
        return Binary(a, b, BinOp.Sub);
    }

    /// <summary><c>a * b</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Mul(PyObject a, PyObject b)
    {
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt))
            return IntOps.Mul((PyInt)a, (PyInt)b);
        if (a.GetType() == typeof(PyFloat) && b.GetType() == typeof(PyFloat))
            return new PyFloat(((PyFloat)a).Value * ((PyFloat)b).Value);
        return Binary(a, b, BinOp.Mul);
    }

    /// <summary>Any binary operator.</summary>
    public static PyObject Binary(PyObject a, PyObject b, BinOp op)
    {
        var r = NativeBinary(a, b, op);
        if (r != null && r != PyNotImplemented.Instance)
            return r;
        return BinarySlow(a, b, op);
    }

    /// <summary>Any in-place operator (<c>a op= b</c>).</summary>
    public static PyObject Inplace(PyObject a, PyObject b, BinOp op)
    {
        if (a.GetType() == typeof(PyInt) || a.GetType() == typeof(PyFloat) || a.GetType() == typeof(PyStr) || a.GetType() == typeof(PyTuple))
        {
            // Immutable: in-place is the plain operator (but a failure names the in-place symbol).
            var nr0 = NativeBinary(a, b, op);
            if (nr0 != null && nr0 != PyNotImplemented.Instance)
                return nr0;
            return BinarySlow(a, b, op, inplace: true);
        }
        if (a.GetType() == typeof(PyList))
        {
            var l = (PyList)a;
            if (op == BinOp.Add)
            {
                ListOps.Extend(l, b);
                return l;
            }
            if (op == BinOp.Mul)
                return ListOps.InplaceRepeat(l, b);
        }
        var f = a.Type.LookupSlot(26 + (int)op, BinIDunder[(int)op]);
        if (f != null)
        {
            var r = CallMethod(a, f, b);
            if (r != PyNotImplemented.Instance)
                return r;
        }
        var nr = NativeBinary(a, b, op);
        if (nr != null && nr != PyNotImplemented.Instance)
            return nr;
        return BinarySlow(a, b, op, inplace: true);
    }

    /// <summary>The operators of builtin types on each other, without dunder lookups; null when not applicable.</summary>
    internal static PyObject? NativeBinary(PyObject a, PyObject b, BinOp op)
    {
        bool aInt = a.GetType() == typeof(PyInt) || a.GetType() == typeof(PyBool);
        bool bInt = b.GetType() == typeof(PyInt) || b.GetType() == typeof(PyBool);
        if (aInt && bInt)
            return IntBinary((PyInt)a, (PyInt)b, op);
        bool aNum = aInt || a.GetType() == typeof(PyFloat);
        bool bNum = bInt || b.GetType() == typeof(PyFloat);
        if (aNum && bNum)
            return FloatBinary(ToDoubleNum(a), ToDoubleNum(b), op);
        if ((aNum || a.GetType() == typeof(PyComplex)) && (bNum || b.GetType() == typeof(PyComplex)) && op is BinOp.Add or BinOp.Sub or BinOp.Mul or BinOp.TrueDiv or BinOp.Pow)
            return ComplexBinary(ToComplex(a), ToComplex(b), op);
        if (a.GetType() == typeof(PyStr))
        {
            if (op == BinOp.Add && b.GetType() == typeof(PyStr))
                return new PyStr(string.Concat(((PyStr)a).Value, ((PyStr)b).Value));
            if (op == BinOp.Mul && bInt)
                return StrOps.Repeat((PyStr)a, (PyInt)b);
            if (op == BinOp.Mod)
                return StrOps.Percent((PyStr)a, b);
        }
        if (op == BinOp.Mul && aInt && b.GetType() == typeof(PyStr))
            return StrOps.Repeat((PyStr)b, (PyInt)a);
        if (a.GetType() == typeof(PyList))
        {
            if (op == BinOp.Add && b.GetType() == typeof(PyList))
                return ListOps.Concat((PyList)a, (PyList)b);
            if (op == BinOp.Mul && bInt)
                return ListOps.Repeat((PyList)a, (PyInt)b);
        }
        if (a.GetType() == typeof(PyTuple))
        {
            if (op == BinOp.Add && b.GetType() == typeof(PyTuple))
                return TupleOps.Concat((PyTuple)a, (PyTuple)b);
            if (op == BinOp.Mul && bInt)
                return TupleOps.Repeat((PyTuple)a, (PyInt)b);
        }
        return null;
    }

    private static double ToDoubleNum(PyObject o) => o is PyFloat f ? f.Value : IntOps.ToDouble((PyInt)o);

    private static PyComplex ToComplex(PyObject o) => o is PyComplex c ? c : new PyComplex(ToDoubleNum(o), 0);

    /// <summary>The ZeroDivisionError that <c>a / b</c>, <c>a // b</c> or <c>a % b</c> raises for int and float operands
    /// (bool included) when <paramref name="b"/> is zero, with CPython's message; null otherwise (other types, or no error).
    /// Operator nodes use it to raise the error without throwing it.</summary>
    internal static PyException? DivisionByZero(PyObject a, PyObject b, BinOp op)
    {
        if (op is not (BinOp.TrueDiv or BinOp.FloorDiv or BinOp.Mod))
            return null;
        bool bIsFloat = b.GetType() == typeof(PyFloat);
        if (bIsFloat ? ((PyFloat)b).Value != 0 : !(b is PyInt { Sign: 0 } && (b.GetType() == typeof(PyInt) || b.GetType() == typeof(PyBool))))
            return null;
        bool aIsFloat = a.GetType() == typeof(PyFloat);
        if (!aIsFloat && a.GetType() != typeof(PyInt) && a.GetType() != typeof(PyBool))
            return null;
        if (aIsFloat || bIsFloat)
        {
            return Err.ZeroDivision(op switch
            {
                BinOp.TrueDiv => "float division by zero",
                BinOp.FloorDiv => "float floor division by zero",
                _ => "float modulo by zero",
            });
        }
        return Err.ZeroDivision(op switch
        {
            BinOp.TrueDiv => "division by zero",
            BinOp.FloorDiv => "integer division or modulo by zero",
            _ => "integer modulo by zero",
        });
    }

    /// <summary>int op int.</summary>
    internal static PyObject IntBinary(PyInt a, PyInt b, BinOp op) => op switch
    {
        BinOp.Add => IntOps.Add(a, b),
        BinOp.Sub => IntOps.Sub(a, b),
        BinOp.Mul => IntOps.Mul(a, b),
        BinOp.TrueDiv => IntOps.TrueDiv(a, b),
        BinOp.FloorDiv => IntOps.FloorDiv(a, b),
        BinOp.Mod => IntOps.Mod(a, b),
        BinOp.Pow => IntOps.Pow(a, b),
        BinOp.LShift => IntOps.LShift(a, b),
        BinOp.RShift => IntOps.RShift(a, b),
        BinOp.And => a is PyBool && b is PyBool ? PyBool.From((a.Value & b.Value) != 0) : IntOps.And(a, b),
        BinOp.Or => a is PyBool && b is PyBool ? PyBool.From((a.Value | b.Value) != 0) : IntOps.Or(a, b),
        BinOp.Xor => a is PyBool && b is PyBool ? PyBool.From((a.Value ^ b.Value) != 0) : IntOps.Xor(a, b),
        _ => PyNotImplemented.Instance,
    };

    /// <summary>float op float.</summary>
    internal static PyObject FloatBinary(double a, double b, BinOp op)
    {
        switch (op)
        {
            case BinOp.Add: return new PyFloat(a + b);
            case BinOp.Sub: return new PyFloat(a - b);
            case BinOp.Mul: return new PyFloat(a * b);
            case BinOp.TrueDiv:
                if (b == 0)
                    throw Err.ZeroDivision("float division by zero");
                return new PyFloat(a / b);
            case BinOp.FloorDiv: return new PyFloat(FloatOps.FloorDiv(a, b));
            case BinOp.Mod: return new PyFloat(FloatOps.Mod(a, b));
            case BinOp.Pow: return FloatOps.Pow(a, b);
            default: return PyNotImplemented.Instance;
        }
    }

    internal static PyObject ComplexBinary(PyComplex a, PyComplex b, BinOp op)
    {
        switch (op)
        {
            case BinOp.Add: return new PyComplex(a.Real + b.Real, a.Imag + b.Imag);
            case BinOp.Sub: return new PyComplex(a.Real - b.Real, a.Imag - b.Imag);
            case BinOp.Mul: return new PyComplex(a.Real * b.Real - a.Imag * b.Imag, a.Real * b.Imag + a.Imag * b.Real);
            case BinOp.TrueDiv: return ComplexOps.Div(a, b);
            case BinOp.Pow: return ComplexOps.Pow(a, b);
            default: return PyNotImplemented.Instance;
        }
    }

    // docs.python.org/3/reference/datamodel.html#object.__radd__: the left operand's method, then the right operand's
    // reflected one (never for operands of the same type); a right operand whose type is a proper subclass of the left's
    // and provides a different reflected method goes first.
    private static PyObject BinarySlow(PyObject a, PyObject b, BinOp op, bool inplace = false)
    {
        var ta = a.Type;
        var tb = b.Type;
        var fa = ta.LookupSlot((int)op, BinDunder[(int)op]);
        PyObject? fb = null;
        if (tb != ta)
        {
            fb = tb.LookupSlot(13 + (int)op, BinRDunder[(int)op]);
            if (fb != null && tb.IsSubtypeOf(ta) && fb != ta.LookupSlot(13 + (int)op, BinRDunder[(int)op]))
            {
                var r = CallMethod(b, fb, a);
                if (r != PyNotImplemented.Instance)
                    return r;
                fb = null;
            }
        }
        // A builtin sequence's + and * are CPython's sq_concat/sq_repeat, tried only after both operands' number
        // slots: the right operand's __radd__/__rmul__ goes first ([1] + proxy, [1] * obj with __rmul__). Builtin
        // numbers' reflected methods are left out: they do not answer NotImplemented to a sequence here.
        if (fb != null && (fb is not PyBuiltinFunction || b is PyWeakRef) && fa is PyBuiltinFunction && op is BinOp.Add or BinOp.Mul
            && a is PyList or PyTuple or PyStr or PyBytes or PyByteArray)
        {
            var r = CallMethod(b, fb, a);
            if (r != PyNotImplemented.Instance)
                return r;
            fb = null;
        }
        if (fa != null)
        {
            var r = CallMethod(a, fa, b);
            if (r != PyNotImplemented.Instance)
                return r;
        }
        if (fb != null)
        {
            var r = CallMethod(b, fb, a);
            if (r != PyNotImplemented.Instance)
                return r;
        }
        throw BinaryTypeError(a, b, op, inplace);
    }

    private static PyException BinaryTypeError(PyObject a, PyObject b, BinOp op, bool inplace)
    {
        if (op == BinOp.Add && a is PyStr)
            return Err.Type($"can only concatenate str (not \"{TypeName(b)}\") to str");
        if (op == BinOp.Add && (a is PyList || a is PyTuple) && !(b is PyList || b is PyTuple))
            return Err.Type($"can only concatenate {TypeName(a)} (not \"{TypeName(b)}\") to {TypeName(a)}");
        if (op == BinOp.Add && a is PyList && b is PyTuple)
            return Err.Type($"can only concatenate list (not \"tuple\") to list");
        if (op == BinOp.Add && a is PyTuple && b is PyList)
            return Err.Type($"can only concatenate tuple (not \"list\") to tuple");
        if (op == BinOp.Mul && (IsSequence(a) || IsSequence(b)))
        {
            var other = IsSequence(a) ? b : a;
            return Err.Type($"can't multiply sequence by non-int of type '{TypeName(other)}'");
        }
        string sym = BinSymbol[(int)op];
        if (inplace)
            sym = (op == BinOp.Pow ? "**" : sym) + "=";
        return Err.Type($"unsupported operand type(s) for {sym}: '{TypeName(a)}' and '{TypeName(b)}'");
    }

    private static bool IsSequence(PyObject o) => o is PyStr or PyList or PyTuple or PyBytes or PyByteArray;

    /// <summary><c>pow(a, b, m)</c>.</summary>
    public static PyObject Pow3(PyObject a, PyObject b, PyObject m)
    {
        if (m == PyNone.Instance)
            return Binary(a, b, BinOp.Pow);
        if (a is PyInt ia && b is PyInt ib && m is PyInt im)
            return IntOps.PowMod(ia, ib, im);
        var f = a.Type.Lookup("__pow__");
        if (f != null)
        {
            var r = CallMethod(a, f, b, m);
            if (r != PyNotImplemented.Instance)
                return r;
        }
        // Three-argument power never calls a Python class's __rpow__; the builtin numbers' slot takes the other side.
        if (b.Type != a.Type && b is PyFloat or PyComplex && b.Type.Lookup("__rpow__") is { } rf)
        {
            var r = CallMethod(b, rf, a, m);
            if (r != PyNotImplemented.Instance)
                return r;
        }
        throw Err.Type($"unsupported operand type(s) for ** or pow(): '{TypeName(a)}', '{TypeName(b)}', '{TypeName(m)}'");
    }

    /// <summary><c>-a</c>.</summary>
    public static PyObject Neg(PyObject a)
    {
        if (a is PyInt i && (a.GetType() == typeof(PyInt) || a is PyBool))
            return IntOps.Neg(i);
        if (a.GetType() == typeof(PyFloat))
            return new PyFloat(-((PyFloat)a).Value);
        if (a is PyComplex c)
            return new PyComplex(-c.Real, -c.Imag);
        return Unary(a, "__neg__", "-");
    }

    /// <summary><c>+a</c>.</summary>
    public static PyObject Pos(PyObject a)
    {
        if (a.GetType() == typeof(PyInt) || a.GetType() == typeof(PyFloat) || a is PyComplex)
            return a;
        if (a is PyBool b)
            return PyInt.From(b.Value);
        return Unary(a, "__pos__", "+");
    }

    /// <summary><c>~a</c>.</summary>
    public static PyObject Invert(PyObject a)
    {
        if (a is PyInt i && (a.GetType() == typeof(PyInt) || a is PyBool))
        {
            if (a is PyBool)
                Warnings.Deprecation("Bitwise inversion '~' on bool is deprecated and will be removed in Python 3.16. This returns the bitwise inversion of the underlying int object and is usually not what you expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you really want the bitwise inversion of the underlying int.");
            return IntOps.Invert(i);
        }
        return Unary(a, "__invert__", "~");
    }

    private static PyObject Unary(PyObject a, string dunder, string sym)
    {
        var f = a.Type.Lookup(dunder) ?? throw Err.Type($"bad operand type for unary {sym}: '{TypeName(a)}'");
        return CallMethod(a, f);
    }
}
