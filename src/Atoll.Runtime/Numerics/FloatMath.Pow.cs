using System;

namespace Atoll.Runtime.Numerics;

internal static partial class FloatMath
{
    /// <summary>
    /// <c>x ** y</c> for floats with CPython's special cases (any ** 0 is 1, 1 ** anything is 1, signed zeros and
    /// infinities). A negative base with a non-integral exponent has a complex result in Python 3: then
    /// <paramref name="needsComplex"/> is set and the runtime computes it with complex arithmetic.
    /// </summary>
    public static double Pow(double x, double y, out bool needsComplex)
    {
        needsComplex = false;
        if (y == 0)
            return 1.0;
        if (double.IsNaN(x))
            return x;
        if (double.IsNaN(y))
            return x == 1.0 ? 1.0 : y;
        if (double.IsInfinity(y))
        {
            double ax = Math.Abs(x);
            if (ax == 1.0)
                return 1.0;
            return (y > 0) == (ax > 1.0) ? double.PositiveInfinity : 0.0;
        }
        if (double.IsInfinity(x))
        {
            bool odd = IsOddInteger(y);
            if (y > 0)
                return odd ? x : Math.Abs(x);
            return odd ? Math.CopySign(0.0, x) : 0.0;
        }
        if (x == 0)
        {
            if (y < 0)
                NumericError.ThrowZeroDivision("0.0 cannot be raised to a negative power");
            return IsOddInteger(y) ? x : 0.0;
        }
        bool negate = false;
        if (x < 0)
        {
            if (y != Math.Floor(y))
            {
                needsComplex = true;
                return double.NaN;
            }
            x = -x;
            negate = IsOddInteger(y);
        }
        if (x == 1.0)
            return negate ? -1.0 : 1.0;
        double r = Math.Pow(x, y);
        if (double.IsInfinity(r))
            NumericError.ThrowOverflow("(34, 'Numerical result out of range')");
        return negate ? -r : r;
    }

    private static bool IsOddInteger(double y) => Math.Abs(y) % 2.0 == 1.0;
}
