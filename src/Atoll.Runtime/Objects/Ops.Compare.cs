using System;
using System.Runtime.CompilerServices;

namespace Atoll.Runtime.Objects;

/// <summary>Rich comparison operators.</summary>
public enum CompareOp
{
#pragma warning disable CS1591
    Lt, Le, Eq, Ne, Gt, Ge,
#pragma warning restore CS1591
}

public static partial class Ops
{
    private static readonly string[] CmpDunder = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
    private static readonly CompareOp[] CmpSwapped = [CompareOp.Gt, CompareOp.Ge, CompareOp.Eq, CompareOp.Ne, CompareOp.Lt, CompareOp.Le];
    private static readonly string[] CmpSymbol = ["<", "<=", "==", "!=", ">", ">="];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CmpResult(int c, CompareOp op) => op switch
    {
        CompareOp.Lt => c < 0,
        CompareOp.Le => c <= 0,
        CompareOp.Eq => c == 0,
        CompareOp.Ne => c != 0,
        CompareOp.Gt => c > 0,
        _ => c >= 0,
    };

    /// <summary>Compares and returns a bool, with fast lanes for builtin values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool CompareBool(PyObject a, PyObject b, CompareOp op)
    {
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt))
        {
            var x = (PyInt)a;
            var y = (PyInt)b;
            if (!x.IsBig && !y.IsBig)
            {
                return op switch
                {
                    CompareOp.Lt => x.Value < y.Value,
                    CompareOp.Le => x.Value <= y.Value,
                    CompareOp.Eq => x.Value == y.Value,
                    CompareOp.Ne => x.Value != y.Value,
                    CompareOp.Gt => x.Value > y.Value,
                    _ => x.Value >= y.Value,
                };
            }
        }
        return CompareBoolSlow(a, b, op);
    }

    private static bool CompareBoolSlow(PyObject a, PyObject b, CompareOp op)
    {
        var r = NativeCompare(a, b, op);
        if (r >= 0)
            return r == 1;
        return IsTrue(RichCompareSlow(a, b, op));
    }

    /// <summary>Compares and returns the comparison's result object.</summary>
    public static PyObject Compare(PyObject a, PyObject b, CompareOp op)
    {
        var r = NativeCompare(a, b, op);
        if (r >= 0)
            return r == 1 ? PyBool.True : PyBool.False;
        return RichCompareSlow(a, b, op);
    }

    /// <summary>1 true, 0 false, -1 when builtin fast lanes do not apply.</summary>
    private static int NativeCompare(PyObject a, PyObject b, CompareOp op)
    {
        bool aInt = a.GetType() == typeof(PyInt) || a.GetType() == typeof(PyBool);
        bool bInt = b.GetType() == typeof(PyInt) || b.GetType() == typeof(PyBool);
        if (aInt && bInt)
            return CmpResult(IntOps.Compare((PyInt)a, (PyInt)b), op) ? 1 : 0;
        if (a.GetType() == typeof(PyFloat) && b.GetType() == typeof(PyFloat))
            return FloatCmp(((PyFloat)a).Value, ((PyFloat)b).Value, op) ? 1 : 0;
        if (a.GetType() == typeof(PyFloat) && bInt)
        {
            int c = IntOps.CompareWithFloat((PyInt)b, ((PyFloat)a).Value);
            if (c == 2)
                return op == CompareOp.Ne ? 1 : 0;
            return CmpResult(-c, op) ? 1 : 0;
        }
        if (aInt && b.GetType() == typeof(PyFloat))
        {
            int c = IntOps.CompareWithFloat((PyInt)a, ((PyFloat)b).Value);
            if (c == 2)
                return op == CompareOp.Ne ? 1 : 0;
            return CmpResult(c, op) ? 1 : 0;
        }
        if (a.GetType() == typeof(PyStr) && b.GetType() == typeof(PyStr))
        {
            if (op is CompareOp.Eq or CompareOp.Ne)
                return string.Equals(((PyStr)a).Value, ((PyStr)b).Value, StringComparison.Ordinal) == (op == CompareOp.Eq) ? 1 : 0;
            return CmpResult(StrOps.Compare(((PyStr)a).Value, ((PyStr)b).Value), op) ? 1 : 0;
        }
        if (a.GetType() == typeof(PyTuple) && b.GetType() == typeof(PyTuple))
        {
            var x = ((PyTuple)a).Items;
            var y = ((PyTuple)b).Items;
            if (op is CompareOp.Eq or CompareOp.Ne && x.Length != y.Length)
                return op == CompareOp.Ne ? 1 : 0;
            return NestedSequenceCompare(x, y, op) ? 1 : 0;
        }
        if (a == PyNone.Instance && b == PyNone.Instance && op is CompareOp.Eq or CompareOp.Ne)
            return op == CompareOp.Eq ? 1 : 0;
        return -1;
    }

    private static bool FloatCmp(double x, double y, CompareOp op) => op switch
    {
        CompareOp.Lt => x < y,
        CompareOp.Le => x <= y,
        CompareOp.Eq => x == y,
        CompareOp.Ne => x != y,
        CompareOp.Gt => x > y,
        _ => x >= y,
    };

    /// <summary>Compares the items of two tuples, counting the nesting against CPython's C recursion limit.</summary>
    private static bool NestedSequenceCompare(ReadOnlySpan<PyObject> x, ReadOnlySpan<PyObject> y, CompareOp op)
    {
        var ts = EnterComparison();
        try
        {
            return SequenceCompare(x, y, op);
        }
        finally
        {
            if (ts != null)
                ts.NativeDepth--;
        }
    }

    // Containers comparing their items and user __eq__s comparing theirs nest: each level counts against CPython's C
    // recursion limit, so a deep nesting raises RecursionError after 10,000 levels as CPython does.
    private static ThreadState? EnterComparison() => ThreadState.EnterNative("maximum recursion depth exceeded in comparison");

    private static PyObject RichCompareSlow(PyObject a, PyObject b, CompareOp op)
    {
        var thread = EnterComparison();
        try
        {
            return RichCompareProtocol(a, b, op);
        }
        finally
        {
            if (thread != null)
                thread.NativeDepth--;
        }
    }

    private static PyObject RichCompareProtocol(PyObject a, PyObject b, CompareOp op)
    {
        var ta = a.Type;
        var tb = b.Type;
        bool checkedReflected = false;
        var swapped = CmpSwapped[(int)op];
        if (ta != tb && tb.IsSubtypeOf(ta))
        {
            var fb = tb.LookupSlot(39 + (int)swapped, CmpDunder[(int)swapped]);
            if (fb != null)
            {
                checkedReflected = true;
                var r = CallMethod(b, fb, a);
                if (r != PyNotImplemented.Instance)
                    return r;
            }
        }
        var fa = ta.LookupSlot(39 + (int)op, CmpDunder[(int)op]);
        if (fa != null)
        {
            var r = CallMethod(a, fa, b);
            if (r != PyNotImplemented.Instance)
                return r;
        }
        if (!checkedReflected)
        {
            var fb = tb.LookupSlot(39 + (int)swapped, CmpDunder[(int)swapped]);
            if (fb != null)
            {
                var r = CallMethod(b, fb, a);
                if (r != PyNotImplemented.Instance)
                    return r;
            }
        }
        switch (op)
        {
            case CompareOp.Eq:
                return PyBool.From(a == b);
            case CompareOp.Ne:
                return PyBool.From(a != b);
            default:
                throw Err.Type($"'{CmpSymbol[(int)op]}' not supported between instances of '{TypeName(a)}' and '{TypeName(b)}'");
        }
    }

    /// <summary><c>a == b</c> as a bool (identity implies equality, as containers assume).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Eq(PyObject a, PyObject b) => ReferenceEquals(a, b) || EqSlow(a, b);

    // The common kinds first (containers compare their items with this), then the protocol.
    private static bool EqSlow(PyObject a, PyObject b)
    {
        if (a.GetType() == typeof(PyStr) && b.GetType() == typeof(PyStr))
            return string.Equals(((PyStr)a).Value, ((PyStr)b).Value);
        if (a.GetType() == typeof(PyTuple) && b.GetType() == typeof(PyTuple))
        {
            var x = ((PyTuple)a).Items;
            var y = ((PyTuple)b).Items;
            return x.Length == y.Length && NestedSequenceCompare(x, y, CompareOp.Eq);
        }
        return CompareBool(a, b, CompareOp.Eq);
    }

    /// <summary>Dict/set key equality: identity or <c>==</c>.</summary>
    internal static bool KeyEquals(PyObject a, PyObject b) => ReferenceEquals(a, b) || CompareBool(a, b, CompareOp.Eq);

    /// <summary><c>a is b</c> semantics for values the runtime may duplicate (none: identity is reference identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Is(PyObject a, PyObject b) => ReferenceEquals(a, b);

    /// <summary>Comparison used by sort: <c>a &lt; b</c>.</summary>
    internal static bool LessThan(PyObject a, PyObject b) => CompareBool(a, b, CompareOp.Lt);

    /// <summary>The default three-way fallback for sequences: first differing element decides.</summary>
    internal static bool SequenceCompare(ReadOnlySpan<PyObject> x, ReadOnlySpan<PyObject> y, CompareOp op)
    {
        int n = Math.Min(x.Length, y.Length);
        int i = 0;
        if (op is not (CompareOp.Eq or CompareOp.Ne))
        {
            // Orderings: items the runtime can order itself decide in one comparison instead of == then <.
            for (; i < n; i++)
            {
                if (ReferenceEquals(x[i], y[i]))
                    continue;
                if (!TryCompare3(x[i], y[i], out int c))
                    break;
                if (c != 0)
                    return CmpResult(c, op);
            }
        }
        for (; i < n; i++)
        {
            if (!Eq(x[i], y[i]))
                break;
        }
        if (i >= n)
            return CmpResult(x.Length.CompareTo(y.Length), op);
        if (op == CompareOp.Eq)
            return false;
        if (op == CompareOp.Ne)
            return true;
        return CompareBool(x[i], y[i], op);
    }

    /// <summary>
    /// A three-way comparison when the runtime knows the order without the comparison protocol: two exact strs, two
    /// ints (bools included), two floats that are not NaN, or two tuples of such items (identical items count as equal,
    /// as in every container comparison). False when some pair needs the protocol.
    /// </summary>
    internal static bool TryCompare3(PyObject a, PyObject b, out int c, int depth = 0)
    {
        if (a.GetType() == typeof(PyStr) && b.GetType() == typeof(PyStr))
        {
            c = StrOps.Compare(((PyStr)a).Value, ((PyStr)b).Value);
            return true;
        }
        if ((a.GetType() == typeof(PyInt) || a.GetType() == typeof(PyBool)) && (b.GetType() == typeof(PyInt) || b.GetType() == typeof(PyBool)))
        {
            c = IntOps.Compare((PyInt)a, (PyInt)b);
            return true;
        }
        if (a.GetType() == typeof(PyFloat) && b.GetType() == typeof(PyFloat) && !double.IsNaN(((PyFloat)a).Value) && !double.IsNaN(((PyFloat)b).Value))
        {
            c = ((PyFloat)a).Value.CompareTo(((PyFloat)b).Value);
            return true;
        }
        if (a.GetType() == typeof(PyTuple) && b.GetType() == typeof(PyTuple) && depth < 32)
        {
            // (Deeper nestings take the general path, which counts them against the recursion limit.)
            var x = ((PyTuple)a).Items;
            var y = ((PyTuple)b).Items;
            int n = Math.Min(x.Length, y.Length);
            for (int i = 0; i < n; i++)
            {
                if (ReferenceEquals(x[i], y[i]))
                    continue;
                if (!TryCompare3(x[i], y[i], out c, depth + 1))
                    return false;
                if (c != 0)
                    return true;
            }
            c = x.Length.CompareTo(y.Length);
            return true;
        }
        c = 0;
        return false;
    }
}
