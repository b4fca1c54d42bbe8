using System;
using System.Numerics;
using Atoll.Runtime.Builtins;

namespace Atoll.Runtime.Objects;

public static partial class BuiltinTypes
{
    private static PyRange AsRange(PyObject o) => o as PyRange ?? throw Err.Type($"descriptor requires a 'range' object but received a '{Ops.TypeName(o)}'");

    private static PyInt BigToInt(BigInteger v) => v >= long.MinValue && v <= long.MaxValue ? PyInt.From((long)v) : PyInt.From(v);

    // range (docs.python.org/3/library/stdtypes.html#ranges). Ranges whose values fit in a long take long arithmetic;
    // the others (PyBigRange) the same rules on BigInteger.
    private static void DefineRange()
    {
        var t = Range;
        DefStatic(t, "__new__", (args, kw) =>
        {
            Args.NoKeywords("range", kw);
            int n = args.Length - 1;
            if (n == 0)
                throw Err.Type("range expected at least 1 argument, got 0");
            if (n > 3)
                throw Err.Type($"range expected at most 3 arguments, got {n}");
            if (n == 1)
            {
                var stop = Ops.Index(args[1]);
                return stop.IsBig ? PyRange.Create(0, stop.Big, 1) : new PyRange(0, stop.Value, 1);
            }
            var a = Ops.Index(args[1]);
            var b = Ops.Index(args[2]);
            var c = n == 3 ? Ops.Index(args[3]) : PyInt.One;
            if (c.Sign == 0)
                throw Err.Value("range() arg 3 must not be zero");
            return PyRange.Create(a.Big, b.Big, c.Big);
        });
        Def(t, "__repr__", self =>
        {
            var r = AsRange(self);
            var step = r.BigStep;
            return new PyStr(step.IsOne ? $"range({r.BigStart}, {r.BigStop})" : $"range({r.BigStart}, {r.BigStop}, {step})");
        });
        Def(t, "__len__", self =>
        {
            var r = AsRange(self);
            if (r.GetType() == typeof(PyRange))
                return PyInt.From(r.Length);
            throw Err.Overflow("Python int too large to convert to C ssize_t");
        });
        Def(t, "__bool__", self => PyBool.From(!AsRange(self).BigLength.IsZero));
        Def(t, "__iter__", self =>
        {
            var r = AsRange(self);
            return r.GetType() == typeof(PyRange) ? new RangeIterator(r.Start, r.Step, r.Length) : new BigRangeIterator(r.BigStart, r.BigStep, r.BigLength);
        });
        Def(t, "__reversed__", self =>
        {
            var r = AsRange(self);
            if (r.GetType() == typeof(PyRange) && r.Step != long.MinValue)
                return new RangeIterator(r.Length == 0 ? r.Start : r.Start + (r.Length - 1) * r.Step, -r.Step, r.Length);
            var n = r.BigLength;
            return new BigRangeIterator(r.BigStart + (n - 1) * r.BigStep, -r.BigStep, n);
        });
        Def(t, "__contains__", (self, x) => PyBool.From(RangeContains(AsRange(self), x)));
        Def(t, "__getitem__", (self, k) => RangeGetItem(AsRange(self), k));
        Def(t, "index", (self, x) =>
        {
            var r = AsRange(self);
            if (x is PyInt xi && (x.GetType() == typeof(PyInt) || x is PyBool))
            {
                if (RangeContainsInt(r, xi))
                    return BigToInt((xi.Big - r.BigStart) / r.BigStep);
                throw Err.Value($"{Ops.Repr(x)} is not in range");
            }
            long i = 0;
            var it = Ops.GetIter(self);
            while (Ops.Next(it) is { } y)
            {
                if (Ops.Eq(y, x))
                    return PyInt.From(i);
                i++;
            }
            throw Err.Value("sequence.index(x): x not in sequence");
        });
        Def(t, "count", (self, x) =>
        {
            var r = AsRange(self);
            if (x is PyInt xi && (x.GetType() == typeof(PyInt) || x is PyBool))
                return PyInt.From(RangeContainsInt(r, xi) ? 1 : 0);
            long n = 0;
            var it = Ops.GetIter(self);
            while (Ops.Next(it) is { } y)
            {
                if (Ops.Eq(y, x))
                    n++;
            }
            return PyInt.From(n);
        });
        Def(t, "__eq__", (a, b) => b is PyRange rb ? PyBool.From(RangeEquals(AsRange(a), rb)) : PyNotImplemented.Instance);
        Def(t, "__ne__", (a, b) => b is PyRange rb ? PyBool.From(!RangeEquals(AsRange(a), rb)) : PyNotImplemented.Instance);
        foreach (var name in new[] { "__lt__", "__le__", "__gt__", "__ge__" })
            Def(t, name, (a, b) => PyNotImplemented.Instance);
        Def(t, "__hash__", self =>
        {
            // hash((len, start, step)), with start and step None where they do not matter.
            var r = AsRange(self);
            var n = r.BigLength;
            return PyInt.From(Ops.Hash(PyTuple.Of(BigToInt(n), n.IsZero ? PyNone.Instance : BigToInt(r.BigStart), n <= 1 ? PyNone.Instance : BigToInt(r.BigStep))));
        });
        Def(t, "__reduce__", self =>
        {
            var r = AsRange(self);
            return PyTuple.Of(Range, PyTuple.Of(BigToInt(r.BigStart), BigToInt(r.BigStop), BigToInt(r.BigStep)));
        });
        Prop(t, "start", self => BigToInt(AsRange(self).BigStart));
        Prop(t, "stop", self => BigToInt(AsRange(self).BigStop));
        Prop(t, "step", self => BigToInt(AsRange(self).BigStep));
    }

    private static bool RangeEquals(PyRange a, PyRange b)
    {
        if (a == b)
            return true;
        var n = a.BigLength;
        if (n != b.BigLength)
            return false;
        if (n.IsZero)
            return true;
        if (a.BigStart != b.BigStart)
            return false;
        return n.IsOne || a.BigStep == b.BigStep;
    }

    private static bool RangeContainsInt(PyRange r, PyInt x)
    {
        if (r.GetType() == typeof(PyRange) && !x.IsBig)
        {
            long v = x.Value;
            bool inBounds = r.Step > 0 ? v >= r.Start && v < r.Stop : v <= r.Start && v > r.Stop;
            return inBounds && ((Int128)v - r.Start) % r.Step == 0;
        }
        var bv = x.Big;
        var start = r.BigStart;
        var step = r.BigStep;
        bool inside = step.Sign > 0 ? bv >= start && bv < r.BigStop : bv <= start && bv > r.BigStop;
        return inside && ((bv - start) % step).IsZero;
    }

    private static bool RangeContains(PyRange r, PyObject x)
    {
        if (x is PyInt xi && (x.GetType() == typeof(PyInt) || x is PyBool))
            return RangeContainsInt(r, xi);
        var it = Ops.GetIter(r);
        while (Ops.Next(it) is { } y)
        {
            if (Ops.Eq(y, x))
                return true;
        }
        return false;
    }

    private static PyObject RangeGetItem(PyRange r, PyObject k)
    {
        if (k is PySlice s)
        {
            var (start, stop, step) = SliceIndicesBig(s, r.BigLength);
            var rstep = r.BigStep;
            return PyRange.Create(r.BigStart + start * rstep, r.BigStart + stop * rstep, step * rstep);
        }
        if (k is not PyInt && k.Type.Lookup("__index__") == null)
            throw Err.Type($"range indices must be integers or slices, not {Ops.TypeName(k)}");
        var i = Ops.Index(k);
        if (r.GetType() == typeof(PyRange) && !i.IsBig)
        {
            long n = r.Length, idx = i.Value;
            if (idx < 0)
                idx += n;
            if (idx < 0 || idx >= n)
                throw Err.Index("range object index out of range");
            return PyInt.From(r.Start + idx * r.Step);
        }
        var bi = i.Big;
        var len = r.BigLength;
        if (bi.Sign < 0)
            bi += len;
        if (bi.Sign < 0 || bi >= len)
            throw Err.Index("range object index out of range");
        return BigToInt(r.BigStart + bi * r.BigStep);
    }

    /// <summary>slice.indices(length) in arbitrary precision: the clamped start, stop and step.</summary>
    internal static (BigInteger Start, BigInteger Stop, BigInteger Step) SliceIndicesBig(PySlice s, BigInteger length)
    {
        BigInteger step = BigInteger.One;
        if (s.Step != PyNone.Instance)
        {
            step = SliceBound(s.Step);
            if (step.IsZero)
                throw Err.Value("slice step cannot be zero");
        }
        bool back = step.Sign < 0;
        BigInteger lower = back ? BigInteger.MinusOne : BigInteger.Zero;
        BigInteger upper = back ? length - 1 : length;
        BigInteger start, stop;
        if (s.Start == PyNone.Instance)
        {
            start = back ? upper : lower;
        }
        else
        {
            start = SliceBound(s.Start);
            if (start.Sign < 0)
            {
                start += length;
                if (start < lower)
                    start = lower;
            }
            else if (start > upper)
            {
                start = upper;
            }
        }
        if (s.Stop == PyNone.Instance)
        {
            stop = back ? lower : upper;
        }
        else
        {
            stop = SliceBound(s.Stop);
            if (stop.Sign < 0)
            {
                stop += length;
                if (stop < lower)
                    stop = lower;
            }
            else if (stop > upper)
            {
                stop = upper;
            }
        }
        return (start, stop, step);
    }

    private static BigInteger SliceBound(PyObject o)
    {
        if (o is PyInt i)
            return i.Big;
        if (o.Type.Lookup("__index__") == null)
            throw Err.Type("slice indices must be integers or None or have an __index__ method");
        return Ops.Index(o).Big;
    }
}

/// <summary>Iterates a range with values beyond a long.</summary>
internal sealed class BigRangeIterator(BigInteger start, BigInteger step, BigInteger count) : PyIterator
{
    private BigInteger _next = start;
    private BigInteger _left = count;

    public override PyType Type => BuiltinTypes.LongRangeIterator;

    public override PyObject? Next()
    {
        if (_left.Sign <= 0)
            return null;
        _left -= 1;
        var v = _next;
        _next += step;
        return v >= long.MinValue && v <= long.MaxValue ? PyInt.From((long)v) : PyInt.From(v);
    }

    public override int LengthHint => _left > int.MaxValue ? int.MaxValue : (int)_left;
}
