using System;
using System.Numerics;
using Atoll.Runtime.Builtins;
using Atoll.Runtime.Numerics;

namespace Atoll.Runtime.Objects;

public static partial class BuiltinTypes
{
    /// <summary>Converts a numerics error into the Python exception it names.</summary>
    internal static PyException ToPy(NumericError e) => e.PythonType switch
    {
        "OverflowError" => Err.Overflow(e.Message),
        "ZeroDivisionError" => Err.ZeroDivision(e.Message),
        "TypeError" => Err.Type(e.Message),
        "MemoryError" => Err.New(MemoryError, e.Message),
        _ => Err.Value(e.Message),
    };

    internal static PyInt FromIntValue(IntValue v) => v.IsBig ? PyInt.From(v.Big) : PyInt.From(v.Small);

    private static PyInt AsIntSelf(PyObject o) => o as PyInt ?? throw Err.Type($"descriptor requires a 'int' object but received a '{Ops.TypeName(o)}'");

    private static double AsFloatSelf(PyObject o) => o is PyFloat f ? f.Value : throw Err.Type($"descriptor requires a 'float' object but received a '{Ops.TypeName(o)}'");

    /// <summary>A float from an int or float operand; null when the operand is neither.</summary>
    internal static double? ToDoubleOrNull(PyObject o) => o switch
    {
        PyFloat f => f.Value,
        PyInt i => IntOps.ToDouble(i),
        _ => null,
    };

    private static void DefineNumbers()
    {
        DefineInt();
        DefineBool();
        DefineFloat();
        DefineComplex();
        DefineSingletons();
    }

    /// <summary>hash(None): a constant since CPython 3.12 (no longer the address).</summary>
    internal const long NoneHash = 0xFCA86420;

    private static void DefineSingletons()
    {
        Def(NoneType, "__repr__", _ => new PyStr("None"));
        Def(NoneType, "__bool__", _ => PyBool.False);
        Def(NoneType, "__hash__", _ => PyInt.From(NoneHash));
        DefStatic(NoneType, "__new__", (args, kw) =>
        {
            if (args.Length > 1 || kw is { Length: > 0 })
                throw Err.Type("NoneType takes no arguments");
            return PyNone.Instance;
        });
        Def(NotImplementedType, "__repr__", _ => new PyStr("NotImplemented"));
        Def(NotImplementedType, "__bool__", _ =>
        {
            Warnings.Deprecation("NotImplemented should not be used in a boolean context");
            return PyBool.True;
        });
        DefStatic(NotImplementedType, "__new__", (args, kw) =>
        {
            if (args.Length > 1 || kw is { Length: > 0 })
                throw Err.Type("NotImplementedType takes no arguments");
            return PyNotImplemented.Instance;
        });
        Def(NotImplementedType, "__reduce__", _ => new PyStr("NotImplemented"));
        Def(EllipsisType, "__repr__", _ => new PyStr("Ellipsis"));
        Def(EllipsisType, "__reduce__", _ => new PyStr("Ellipsis"));
        DefStatic(EllipsisType, "__new__", (args, kw) =>
        {
            if (args.Length > 1 || kw is { Length: > 0 })
                throw Err.Type("EllipsisType takes no arguments");
            return PyEllipsis.Instance;
        });
    }

    private static void DefineInt()
    {
        var t = Int;
        DefStatic(t, "__new__", IntNew);
        Def(t, "__repr__", self => new PyStr(IntOps.ToDecimalString(AsIntSelf(self))));
        Def(t, "__hash__", self => PyInt.From(IntOps.Hash(AsIntSelf(self))));
        Def(t, "__bool__", self => PyBool.From(AsIntSelf(self).Sign != 0));
        Def(t, "__index__", self => AsIntSelf(self) is var i && i.GetType() == typeof(PyInt) ? i : PyInt.From(i.Big));
        Def(t, "__int__", self => AsIntSelf(self) is var i && i.GetType() == typeof(PyInt) ? i : PyInt.From(i.Big));
        Def(t, "__float__", self => new PyFloat(IntOps.ToDouble(AsIntSelf(self))));
        Def(t, "__neg__", self => IntOps.Neg(AsIntSelf(self)));
        Def(t, "__pos__", self => PyInt.From(AsIntSelf(self).Big));
        Def(t, "__abs__", self => IntOps.Abs(AsIntSelf(self)));
        Def(t, "__invert__", self => IntOps.Invert(AsIntSelf(self)));
        Def(t, "__trunc__", self => PyInt.From(AsIntSelf(self).Big));
        Def(t, "__floor__", self => PyInt.From(AsIntSelf(self).Big));
        Def(t, "__ceil__", self => PyInt.From(AsIntSelf(self).Big));
        DefN(t, "__round__", (args, kw) =>
        {
            Args.NoKeywords("int.__round__", kw);
            var self = AsIntSelf(args[0]);
            if (args.Length < 2 || args[1] == PyNone.Instance)
                return PyInt.From(self.Big);
            var nd = Ops.Index(args[1]);
            return PyInt.From(IntMath.Round(self.Big, nd.Big));
        });
        Def(t, "conjugate", self => PyInt.From(AsIntSelf(self).Big));
        Def(t, "bit_length", self => PyInt.From(IntBits.BitLength(AsIntSelf(self).Big)));
        Def(t, "bit_count", self => PyInt.From(IntBits.BitCount(AsIntSelf(self).Big)));
        Def(t, "is_integer", self => PyBool.True);
        Def(t, "as_integer_ratio", self => PyTuple.Of(PyInt.From(AsIntSelf(self).Big), PyInt.One));
        Def(t, "__getnewargs__", self => PyTuple.Of(PyInt.From(AsIntSelf(self).Big)));
        DefN(t, "__format__", (args, kw) =>
        {
            var self = AsIntSelf(args[0]);
            var spec = args.Length > 1 ? args[1] as PyStr ?? throw Err.Type($"__format__() argument must be str, not {Ops.TypeName(args[1])}") : PyStr.Empty;
            try
            {
                if (spec.Value.Length == 0)
                    return new PyStr(Ops.Str(args[0]));
                return new PyStr(self.IsBig ? Formatter.FormatInt(self.Big, spec.Value, ThreadStateLimits.MaxStrDigits, self.Type.Name) : Formatter.FormatInt(self.Value, spec.Value, self.Type.Name));
            }
            catch (NumericError e)
            {
                throw ToPy(e);
            }
        });
        DefN(t, "to_bytes", (args, kw) =>
        {
            var a = Args.Bind("to_bytes", args, kw, ["self", "length", "byteorder", "signed"], 1);
            var self = AsIntSelf(a[0]!);
            long length = a[1] == null ? 1 : Ops.AsLong(a[1]!);
            string order = a[2] == null ? "big" : (a[2] as PyStr ?? throw Err.Type("to_bytes() argument 'byteorder' must be str")).Value;
            bool signed = a[3] != null && Ops.IsTrue(a[3]!);
            try
            {
                return new PyBytes(IntBits.ToBytes(self.Big, length, IntBits.IsBigEndian(order), signed));
            }
            catch (NumericError e)
            {
                throw ToPy(e);
            }
        });
        DefClass(t, "from_bytes", (args, kw) =>
        {
            var a = Args.Bind("from_bytes", args, kw, ["cls", "bytes", "byteorder", "signed"], 2);
            string order = a[2] == null ? "big" : (a[2] as PyStr ?? throw Err.Type("from_bytes() argument 'byteorder' must be str")).Value;
            bool signed = a[3] != null && Ops.IsTrue(a[3]!);
            var bytes = BytesOps.AsBytes(a[1]!);
            try
            {
                var v = FromIntValue(IntBits.FromBytes(bytes, IntBits.IsBigEndian(order), signed));
                return a[0] == Int ? v : Ops.Call(a[0]!, v);
            }
            catch (NumericError e)
            {
                throw ToPy(e);
            }
        });
        foreach (BinOp op in Enum.GetValues<BinOp>())
        {
            var o = op;
            if (o == BinOp.MatMul)
                continue;
            Def(t, Ops.BinDunder[(int)o], (self, other) => other is PyInt oi && self is PyInt si ? Ops.IntBinary(si, oi, o) : PyNotImplemented.Instance);
            Def(t, Ops.BinRDunder[(int)o], (self, other) => other is PyInt oi && self is PyInt si ? Ops.IntBinary(oi, si, o) : PyNotImplemented.Instance);
        }
        DefN(t, "__pow__", (args, kw) =>
        {
            if (args.Length == 3 && args[2] != PyNone.Instance)
                return args[1] is PyInt && args[2] is PyInt ? IntOps.PowMod((PyInt)args[0], (PyInt)args[1], (PyInt)args[2]) : PyNotImplemented.Instance;
            return args[1] is PyInt b ? IntOps.Pow((PyInt)args[0], b) : PyNotImplemented.Instance;
        });
        Def(t, "__divmod__", (self, other) => other is PyInt oi ? PyTuple.Of(IntOps.FloorDiv((PyInt)self, oi), IntOps.Mod((PyInt)self, oi)) : PyNotImplemented.Instance);
        Def(t, "__rdivmod__", (self, other) => other is PyInt oi ? PyTuple.Of(IntOps.FloorDiv(oi, (PyInt)self), IntOps.Mod(oi, (PyInt)self)) : PyNotImplemented.Instance);
        DefineComparisons(t, (a, b) => a is PyInt x && b is PyInt y ? IntOps.Compare(x, y) : a is PyInt x2 && b is PyFloat f ? CmpFloat(IntOps.CompareWithFloat(x2, f.Value)) : null);
        Prop(t, "real", self => PyInt.From(AsIntSelf(self).Big));
        Prop(t, "imag", self => PyInt.Zero);
        Prop(t, "numerator", self => PyInt.From(AsIntSelf(self).Big));
        Prop(t, "denominator", self => PyInt.One);
    }

    private static int? CmpFloat(int c) => c == 2 ? null : c;

    /// <summary>Defines the six rich comparisons from a three-way compare (null means NotImplemented, or unordered NaN).</summary>
    internal static void DefineComparisons(PyType t, Func<PyObject, PyObject, int?> compare)
    {
        Def(t, "__eq__", (a, b) => compare(a, b) is int c ? PyBool.From(c == 0) : NanOrNotImplemented(a, b, false));
        Def(t, "__ne__", (a, b) => compare(a, b) is int c ? PyBool.From(c != 0) : NanOrNotImplemented(a, b, true));
        Def(t, "__lt__", (a, b) => compare(a, b) is int c ? PyBool.From(c < 0) : NanOrNotImplemented(a, b, false));
        Def(t, "__le__", (a, b) => compare(a, b) is int c ? PyBool.From(c <= 0) : NanOrNotImplemented(a, b, false));
        Def(t, "__gt__", (a, b) => compare(a, b) is int c ? PyBool.From(c > 0) : NanOrNotImplemented(a, b, false));
        Def(t, "__ge__", (a, b) => compare(a, b) is int c ? PyBool.From(c >= 0) : NanOrNotImplemented(a, b, false));
    }

    private static PyObject NanOrNotImplemented(PyObject a, PyObject b, bool ne)
    {
        bool numeric = (a is PyInt || a is PyFloat) && (b is PyInt || b is PyFloat);
        return numeric ? PyBool.From(ne) : PyNotImplemented.Instance;
    }

    private static PyObject IntNew(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var cls = (PyType)args[0];
        var a = Args.Bind("int", args[1..], kw, ["x", "base"], 0, posOnly: 1);
        PyInt value;
        if (a[0] == null)
        {
            if (a[1] != null)
                throw Err.Type("int() missing string argument");
            value = PyInt.Zero;
        }
        else if (a[1] != null)
        {
            int b = Ops.AsInt(a[1]!) is var bb && (bb == 0 || (bb >= 2 && bb <= 36)) ? bb : throw Err.Value("int() base must be >= 2 and <= 36, or 0");
            value = ParseIntText(a[0]!, b, explicitBase: true);
        }
        else
        {
            value = ToInt(a[0]!);
        }
        if (cls == Int)
            return value;
        if (!cls.IsSubtypeOf(Int))
            throw Err.Type($"int.__new__({cls.Name}): {cls.Name} is not a subtype of int");
        return new PyIntSub(cls, value);
    }

    private static PyInt ParseIntText(PyObject x, int b, bool explicitBase)
    {
        string text;
        if (x is PyStr s)
            text = s.Value;
        else if (x is PyBytes by)
            text = System.Text.Encoding.Latin1.GetString(by.Value);
        else if (x is PyByteArray ba)
            text = System.Text.Encoding.Latin1.GetString(ba.AsSpan());
        else if (explicitBase)
            throw Err.Type("int() can't convert non-string with explicit base");
        else
            throw Err.Type($"int() argument must be a string, a bytes-like object or a real number, not '{Ops.TypeName(x)}'");
        bool parsed;
        IntValue v;
        try
        {
            parsed = NumberParse.TryParseInt(text, b, out v, ThreadStateLimits.MaxStrDigits);
        }
        catch (NumericError e)
        {
            throw ToPy(e);
        }
        if (parsed)
            return FromIntValue(v);
        if (x is PyBytes or PyByteArray)
            throw Err.Value($"invalid literal for int() with base {b}: {BytesOps.Repr(BytesOps.AsBytes(x).ToArray())}");
        throw ToPy(NumberParse.InvalidLiteral(text, b));
    }

    /// <summary><c>int(x)</c> for one argument.</summary>
    internal static PyInt ToInt(PyObject x)
    {
        if (x is PyInt i)
            return i.GetType() == typeof(PyInt) ? i : PyInt.From(i.Big);
        if (x is PyFloat f)
            return FloatToInt(f.Value);
        if (x is PyStr or PyBytes or PyByteArray)
            return ParseIntText(x, 10, explicitBase: false);
        var fn = x.Type.Lookup("__int__");
        if (fn != null)
        {
            var r = Ops.CallMethod(x, fn);
            if (r is PyInt ri)
            {
                if (r.GetType() != typeof(PyInt))
                {
                    Warnings.Deprecation($"__int__ returned non-int (type {Ops.TypeName(r)}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.");
                    return PyInt.From(ri.Big);
                }
                return ri;
            }
            throw Err.Type($"__int__ returned non-int (type {Ops.TypeName(r)})");
        }
        var idx = x.Type.Lookup("__index__");
        if (idx != null)
            return Ops.Index(x);
        var tr = x.Type.Lookup("__trunc__");
        if (tr != null)
        {
            Warnings.Deprecation("The delegation of int() to __trunc__ is deprecated.");
            var r = Ops.CallMethod(x, tr);
            return r is PyInt ri ? ri : Ops.Index(r);
        }
        throw Err.Type($"int() argument must be a string, a bytes-like object or a real number, not '{Ops.TypeName(x)}'");
    }

    internal static PyInt FloatToInt(double d)
    {
        try
        {
            return FromIntValue(FloatMath.ToInteger(d));
        }
        catch (NumericError e)
        {
            throw ToPy(e);
        }
    }

    private static void DefineBool()
    {
        var t = Bool;
        DefStatic(t, "__new__", (args, kw) =>
        {
            Args.NoKeywords("bool", kw);
            Args.Count("bool", args.Length - 1, 0, 1);
            return args.Length > 1 ? PyBool.From(Ops.IsTrue(args[1])) : PyBool.False;
        });
        Def(t, "__repr__", self => new PyStr(self == PyBool.True ? "True" : "False"));
        Def(t, "__and__", (a, b) => b is PyBool ? PyBool.From(a == PyBool.True && b == PyBool.True) : b is PyInt bi ? IntOps.And((PyInt)a, bi) : PyNotImplemented.Instance);
        Def(t, "__rand__", (a, b) => b is PyBool ? PyBool.From(a == PyBool.True && b == PyBool.True) : b is PyInt bi ? IntOps.And((PyInt)a, bi) : PyNotImplemented.Instance);
        Def(t, "__or__", (a, b) => b is PyBool ? PyBool.From(a == PyBool.True || b == PyBool.True) : b is PyInt bi ? IntOps.Or((PyInt)a, bi) : PyNotImplemented.Instance);
        Def(t, "__ror__", (a, b) => b is PyBool ? PyBool.From(a == PyBool.True || b == PyBool.True) : b is PyInt bi ? IntOps.Or((PyInt)a, bi) : PyNotImplemented.Instance);
        Def(t, "__xor__", (a, b) => b is PyBool ? PyBool.From(a != b) : b is PyInt bi ? IntOps.Xor((PyInt)a, bi) : PyNotImplemented.Instance);
        Def(t, "__rxor__", (a, b) => b is PyBool ? PyBool.From(a != b) : b is PyInt bi ? IntOps.Xor((PyInt)a, bi) : PyNotImplemented.Instance);
        Def(t, "__invert__", self =>
        {
            Warnings.Deprecation("Bitwise inversion '~' on bool is deprecated and will be removed in Python 3.16. This returns the bitwise inversion of the underlying int object and is usually not what you expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you really want the bitwise inversion of the underlying int.");
            return IntOps.Invert((PyInt)self);
        });
    }

    private static void DefineFloat()
    {
        var t = Float;
        DefStatic(t, "__new__", (args, kw) =>
        {
            var cls = (PyType)args[0];
            Args.NoKeywords("float", kw);
            Args.Count("float", args.Length - 1, 0, 1);
            double v = args.Length > 1 ? ToDouble(args[1]) : 0.0;
            if (cls == Float)
                return new PyFloat(v);
            return new PyFloatSub(cls, v);
        });
        Def(t, "__repr__", self => new PyStr(FloatFormat.Repr(AsFloatSelf(self))));
        Def(t, "__hash__", self => PyInt.From(NumericHash.Float(AsFloatSelf(self), Ops.IdentityHash(self))));
        Def(t, "__bool__", self => PyBool.From(AsFloatSelf(self) != 0));
        Def(t, "__float__", self => self.GetType() == typeof(PyFloat) ? self : new PyFloat(AsFloatSelf(self)));
        Def(t, "__getnewargs__", self => PyTuple.Of(new PyFloat(AsFloatSelf(self))));
        Def(t, "__int__", self => FloatToInt(AsFloatSelf(self)));
        Def(t, "__trunc__", self => FloatToInt(AsFloatSelf(self)));
        Def(t, "__floor__", self => FloatToInt(Math.Floor(AsFloatSelf(self))));
        Def(t, "__ceil__", self => FloatToInt(Math.Ceiling(AsFloatSelf(self))));
        Def(t, "__neg__", self => new PyFloat(-AsFloatSelf(self)));
        Def(t, "__pos__", self => new PyFloat(AsFloatSelf(self)));
        Def(t, "__abs__", self => new PyFloat(Math.Abs(AsFloatSelf(self))));
        Def(t, "is_integer", self => PyBool.From(FloatMath.IsInteger(AsFloatSelf(self))));
        Def(t, "conjugate", self => new PyFloat(AsFloatSelf(self)));
        Def(t, "hex", self => new PyStr(FloatHex.ToHex(AsFloatSelf(self))));
        DefClass(t, "fromhex", (args, kw) =>
        {
            try
            {
                var v = new PyFloat(FloatHex.FromHex((args[1] as PyStr ?? throw Err.Type($"fromhex() argument must be str, not {Ops.TypeName(args[1])}")).Value));
                return args[0] == Float ? v : Ops.Call(args[0], v);
            }
            catch (NumericError e)
            {
                throw ToPy(e);
            }
        });
        Def(t, "as_integer_ratio", self =>
        {
            try
            {
                var (n, d) = FloatMath.AsIntegerRatio(AsFloatSelf(self));
                return PyTuple.Of(FromIntValue(n), FromIntValue(d));
            }
            catch (NumericError e)
            {
                throw ToPy(e);
            }
        });
        DefN(t, "__round__", (args, kw) =>
        {
            double x = AsFloatSelf(args[0]);
            if (args.Length < 2 || args[1] == PyNone.Instance)
            {
                double r = FloatMath.RoundHalfEven(x);
                return FloatToInt(r);
            }
            var nd = Ops.Index(args[1]);
            long n = nd.IsBig ? (nd.Sign < 0 ? long.MinValue : long.MaxValue) : nd.Value;
            try
            {
                return new PyFloat(FloatMath.Round(x, n));
            }
            catch (NumericError e)
            {
                throw ToPy(e);
            }
        });
        DefN(t, "__format__", (args, kw) =>
        {
            double x = AsFloatSelf(args[0]);
            var spec = args.Length > 1 ? args[1] as PyStr ?? throw Err.Type($"__format__() argument must be str, not {Ops.TypeName(args[1])}") : PyStr.Empty;
            try
            {
                return new PyStr(spec.Value.Length == 0 ? Ops.Str(args[0]) : Formatter.FormatFloat(x, spec.Value, args[0].Type.Name));
            }
            catch (NumericError e)
            {
                throw ToPy(e);
            }
        });
        foreach (BinOp op in Enum.GetValues<BinOp>())
        {
            var o = op;
            if (o is BinOp.MatMul or BinOp.LShift or BinOp.RShift or BinOp.And or BinOp.Or or BinOp.Xor or BinOp.Pow)
                continue;
            Def(t, Ops.BinDunder[(int)o], (self, other) => ToDoubleOrNull(other) is double d ? Ops.FloatBinary(AsFloatSelf(self), d, o) : PyNotImplemented.Instance);
            Def(t, Ops.BinRDunder[(int)o], (self, other) => ToDoubleOrNull(other) is double d ? Ops.FloatBinary(d, AsFloatSelf(self), o) : PyNotImplemented.Instance);
        }
        DefN(t, "__pow__", (args, kw) => FloatPow(args, kw, "float.__pow__", false));
        DefN(t, "__rpow__", (args, kw) => FloatPow(args, kw, "float.__rpow__", true));
        Def(t, "__divmod__", (self, other) => ToDoubleOrNull(other) is double d ? DivModFloat(AsFloatSelf(self), d) : PyNotImplemented.Instance);
        Def(t, "__rdivmod__", (self, other) => ToDoubleOrNull(other) is double d ? DivModFloat(d, AsFloatSelf(self)) : PyNotImplemented.Instance);
        DefineComparisons(t, (a, b) =>
        {
            double x = AsFloatSelf(a);
            if (b is PyFloat bf)
                return double.IsNaN(x) || double.IsNaN(bf.Value) ? null : x.CompareTo(bf.Value);
            if (b is PyInt bi)
                return CmpFloat(-IntOps.CompareWithFloat(bi, x) is var c && c == -2 ? 2 : -IntOps.CompareWithFloat(bi, x));
            return null;
        });
        Prop(t, "real", self => new PyFloat(AsFloatSelf(self)));
        Prop(t, "imag", self => new PyFloat(0.0));
        DefClass(t, "__getformat__", (args, kw) => new PyStr("IEEE, little-endian"));
    }

    private static PyObject DivModFloat(double a, double b)
    {
        var (d, m) = FloatOps.DivMod(a, b);
        return PyTuple.Of(new PyFloat(d), new PyFloat(m));
    }

    /// <summary><c>float(x)</c>.</summary>
    internal static double ToDouble(PyObject x)
    {
        switch (x)
        {
            case PyFloat f:
                return f.Value;
            case PyInt i:
                return IntOps.ToDouble(i);
            case PyStr s:
                try
                {
                    return NumberParse.ParseFloat(s.Value);
                }
                catch (NumericError e)
                {
                    throw ToPy(e);
                }
            case PyBytes or PyByteArray:
                try
                {
                    return NumberParse.ParseFloat(System.Text.Encoding.Latin1.GetString(BytesOps.AsBytes(x)));
                }
                catch (NumericError)
                {
                    throw Err.Value($"could not convert string to float: {BytesOps.Repr(BytesOps.AsBytes(x).ToArray())}");
                }
        }
        var fn = x.Type.Lookup("__float__");
        if (fn != null)
        {
            var r = Ops.CallMethod(x, fn);
            if (r is PyFloat rf)
                return rf.Value;
            throw Err.Type($"{x.Type.Name}.__float__ returned non-float (type {Ops.TypeName(r)})");
        }
        if (x.Type.Lookup("__index__") != null)
            return IntOps.ToDouble(Ops.Index(x));
        throw Err.Type($"float() argument must be a string or a real number, not '{Ops.TypeName(x)}'");
    }

    private static PyComplex AsComplexSelf(PyObject o) => o as PyComplex ?? throw Err.Type($"descriptor requires a 'complex' object but received a '{Ops.TypeName(o)}'");

    private static PyComplex? ToComplexOrNull(PyObject o) => o switch
    {
        PyComplex c => c,
        PyFloat f => new PyComplex(f.Value, 0),
        PyInt i => new PyComplex(IntOps.ToDouble(i), 0),
        _ => null,
    };

    private static void DefineComplex()
    {
        var t = Complex;
        DefStatic(t, "__new__", ComplexNew);
        Def(t, "__repr__", self => new PyStr(FloatFormat.ReprComplex(AsComplexSelf(self).Real, AsComplexSelf(self).Imag)));
        Def(t, "__hash__", self => PyInt.From(NumericHash.Complex(AsComplexSelf(self).Real, AsComplexSelf(self).Imag, Ops.IdentityHash(self))));
        Def(t, "__bool__", self => PyBool.From(AsComplexSelf(self).Real != 0 || AsComplexSelf(self).Imag != 0));
        Def(t, "__neg__", self => new PyComplex(-AsComplexSelf(self).Real, -AsComplexSelf(self).Imag));
        Def(t, "__pos__", self => self.GetType() == typeof(PyComplex) ? self : new PyComplex(AsComplexSelf(self).Real, AsComplexSelf(self).Imag));
        Def(t, "__abs__", self => new PyFloat(ComplexOps.Abs(AsComplexSelf(self).Real, AsComplexSelf(self).Imag)));
        Def(t, "__complex__", self => self.GetType() == typeof(PyComplex) ? self : new PyComplex(AsComplexSelf(self).Real, AsComplexSelf(self).Imag));
        Def(t, "__getnewargs__", self => PyTuple.Of(new PyFloat(AsComplexSelf(self).Real), new PyFloat(AsComplexSelf(self).Imag)));
        Def(t, "conjugate", self => new PyComplex(AsComplexSelf(self).Real, -AsComplexSelf(self).Imag));
        Prop(t, "real", self => new PyFloat(AsComplexSelf(self).Real));
        Prop(t, "imag", self => new PyFloat(AsComplexSelf(self).Imag));
        foreach (var op in new[] { BinOp.Add, BinOp.Sub, BinOp.Mul, BinOp.TrueDiv })
        {
            var o = op;
            Def(t, Ops.BinDunder[(int)o], (self, other) => ToComplexOrNull(other) is { } c ? Ops.ComplexBinary(AsComplexSelf(self), c, o) : PyNotImplemented.Instance);
            Def(t, Ops.BinRDunder[(int)o], (self, other) => ToComplexOrNull(other) is { } c ? Ops.ComplexBinary(c, AsComplexSelf(self), o) : PyNotImplemented.Instance);
        }
        DefN(t, "__pow__", (args, kw) => PowWithOptionalMod(args, kw, "complex.__pow__", (a, b) => ToComplexOrNull(b) is { } c ? ComplexOps.Pow(AsComplexSelf(a), c) : PyNotImplemented.Instance, "complex modulo"));
        DefN(t, "__rpow__", (args, kw) => PowWithOptionalMod(args, kw, "complex.__rpow__", (a, b) => ToComplexOrNull(b) is { } c ? ComplexOps.Pow(c, AsComplexSelf(a)) : PyNotImplemented.Instance, "complex modulo"));
        Def(t, "__eq__", (a, b) => ComplexEquals(AsComplexSelf(a), b) is bool r ? PyBool.From(r) : PyNotImplemented.Instance);
        Def(t, "__ne__", (a, b) => ComplexEquals(AsComplexSelf(a), b) is bool r ? PyBool.From(!r) : PyNotImplemented.Instance);
        foreach (var name in new[] { "__lt__", "__le__", "__gt__", "__ge__" })
            Def(t, name, (a, b) => PyNotImplemented.Instance);
        Def(t, "__format__", (self, spec) =>
        {
            var c = AsComplexSelf(self);
            var sp = spec as PyStr ?? throw Err.Type($"__format__() argument must be str, not {Ops.TypeName(spec)}");
            if (sp.Value.Length == 0)
                return new PyStr(Ops.Str(self));
            try
            {
                return new PyStr(Formatter.FormatComplex(c.Real, c.Imag, sp.Value, self.Type.Name));
            }
            catch (NumericError e)
            {
                throw ToPy(e);
            }
        });
    }

    private static PyObject FloatPow(ReadOnlySpan<PyObject> args, string[]? kw, string name, bool reflected)
    {
        Args.NoKeywords(name, kw);
        if (args.Length < 2 || args.Length > 3)
            throw Err.Type($"{name} expected {(args.Length < 2 ? "at least 1 argument" : "at most 2 arguments")}, got {args.Length - 1}");
        if (args.Length == 3 && args[2] != PyNone.Instance)
            throw Err.Type("pow() 3rd argument not allowed unless all arguments are integers");
        if (ToDoubleOrNull(args[1]) is not double d)
            return PyNotImplemented.Instance;
        double x = AsFloatSelf(args[0]);
        return reflected ? FloatOps.Pow(d, x) : FloatOps.Pow(x, d);
    }

    /// <summary>__pow__/__rpow__ of float and complex: (self, other, mod=None); a mod is refused with <paramref name="modError"/>.</summary>
    private static PyObject PowWithOptionalMod(ReadOnlySpan<PyObject> args, string[]? kw, string name, Func<PyObject, PyObject, PyObject> pow, string modError)
    {
        Args.NoKeywords(name, kw);
        if (args.Length < 2 || args.Length > 3)
            throw Err.Type($"{name} expected {(args.Length < 2 ? "at least 1 argument" : "at most 2 arguments")}, got {args.Length - 1}");
        var r = pow(args[0], args[1]);
        if (args.Length == 3 && args[2] != PyNone.Instance && r != PyNotImplemented.Instance)
            throw Err.Value(modError);
        return r;
    }

    /// <summary>complex == other: exact for ints (an int too large for a float is never equal), null for non-numbers.</summary>
    private static bool? ComplexEquals(PyComplex a, PyObject b) => b switch
    {
        PyComplex c => a.Real == c.Real && a.Imag == c.Imag,
        PyFloat f => a.Imag == 0 && a.Real == f.Value,
        PyInt i => a.Imag == 0 && IntOps.CompareWithFloat(i, a.Real) == 0,
        _ => null,
    };

    private static PyObject ComplexNew(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var cls = (PyType)args[0];
        var a = Args.Bind("complex", args[1..], kw, ["real", "imag"], 0);
        PyComplex result;
        if (a[0] is PyStr s)
        {
            if (a[1] != null)
                throw Err.Type("complex() can't take second arg if first is a string");
            result = ComplexParse(s.Value);
        }
        else if (a[1] is PyStr)
        {
            throw Err.Type("complex() second arg can't be a string");
        }
        else
        {
            // real part: a complex (or __complex__) contributes both parts; imag: a complex contributes -imag to the real part.
            double re = 0, im = 0;
            bool realIsComplex = false;
            if (a[0] != null)
            {
                var r = a[0]!;
                if (r.GetType() == typeof(PyComplex) && a[1] == null && cls == Complex)
                    return r;
                PyComplex? rc = r as PyComplex;
                if (rc == null && r.Type.Lookup("__complex__") is { } cf)
                {
                    var v = Ops.CallMethod(r, cf);
                    rc = v as PyComplex ?? throw Err.Type($"__complex__ returned non-complex (type {Ops.TypeName(v)})");
                    if (v.GetType() != typeof(PyComplex))
                        Warnings.Deprecation($"__complex__ returned non-complex (type {Ops.TypeName(v)}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.");
                }
                if (rc != null)
                {
                    re = rc.Real;
                    im = rc.Imag;
                    realIsComplex = true;
                }
                else
                {
                    re = ComplexPartToDouble(r, "first argument must be a string or a number");
                }
            }
            double imagRe = 0, imagIm = 0;
            bool imagIsComplex = false;
            if (a[1] != null)
            {
                if (a[1] is PyComplex ic)
                {
                    imagRe = ic.Real;
                    imagIm = ic.Imag;
                    imagIsComplex = true;
                }
                else
                {
                    imagRe = ComplexPartToDouble(a[1]!, "second argument must be a number");
                }
            }
            else
            {
                imagRe = realIsComplex ? im : 0;
            }
            if (imagIsComplex)
                re -= imagIm;
            if (realIsComplex && a[1] != null)
                imagRe += im;
            result = new PyComplex(re, imagRe);
        }
        if (cls == Complex)
            return result;
        if (!cls.IsSubtypeOf(Complex))
            throw Err.Type($"complex.__new__({cls.Name}): {cls.Name} is not a subtype of complex");
        return new PyComplexSub(cls, result.Real, result.Imag);
    }

    private static double ComplexPartToDouble(PyObject o, string what)
    {
        if (o is PyFloat f)
            return f.Value;
        if (o is PyInt i)
            return IntOps.ToDouble(i);
        if (o.Type.Lookup("__float__") != null || o.Type.Lookup("__index__") != null)
            return ToDouble(o);
        throw Err.Type($"complex() {what}, not '{Ops.TypeName(o)}'");
    }

    private static PyComplex ComplexParse(string s)
    {
        int start = 0, end = s.Length;
        while (start < end && UnicodeDigits.IsStripSpace(s[start]))
            start++;
        while (end > start && UnicodeDigits.IsStripSpace(s[end - 1]))
            end--;
        if (end - start >= 2 && s[start] == '(' && s[end - 1] == ')')
        {
            start++;
            end--;
            while (start < end && UnicodeDigits.IsStripSpace(s[start]))
                start++;
            while (end > start && UnicodeDigits.IsStripSpace(s[end - 1]))
                end--;
        }
        var text = s[start..end];
        foreach (char ch in text)
        {
            if (UnicodeDigits.IsStripSpace(ch) || ch == '(' || ch == ')')
                throw Err.Value("complex() arg is a malformed string");
        }
        try
        {
            if (text.Length > 0 && (text[^1] == 'j' || text[^1] == 'J'))
            {
                var body = text[..^1];
                int split = -1;
                for (int i = body.Length - 1; i > 0; i--)
                {
                    if ((body[i] == '+' || body[i] == '-') && body[i - 1] != 'e' && body[i - 1] != 'E')
                    {
                        split = i;
                        break;
                    }
                }
                double re = split < 0 ? 0 : ParsePart(body[..split]);
                var imText = split < 0 ? body : body[split..];
                double im = imText is "" or "+" ? 1 : imText == "-" ? -1 : ParsePart(imText);
                return new PyComplex(re, im);
            }
            return new PyComplex(ParsePart(text), 0);
        }
        catch (NumericError)
        {
            throw Err.Value("complex() arg is a malformed string");
        }
    }

    private static double ParsePart(string part)
    {
        // A part is a float literal with an optional sign; its own sign may not be doubled ("1+-2j").
        if (part.Length == 0 || (part.Length > 1 && (part[0] is '+' or '-') && (part[1] is '+' or '-')))
            throw new NumericError("ValueError", "malformed");
        return NumberParse.ParseFloat(part);
    }
}
