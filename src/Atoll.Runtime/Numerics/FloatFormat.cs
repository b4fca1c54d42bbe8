using System;
using System.Buffers;

namespace Atoll.Runtime.Numerics;

/// <summary>Options of <see cref="FloatFormat.AppendUnsigned"/>, CPython's <c>Py_DTSF_*</c> flags.</summary>
[Flags]
internal enum FloatFormatFlags
{
    None = 0,
    /// <summary>Write ".0" after a fixed-notation result with no fractional digits (repr, and format with no type).</summary>
    AddDot0 = 1,
    /// <summary>The '#' alternate form: always a decimal point; 'g' keeps its trailing zeros.</summary>
    Alternate = 2,
}

/// <summary>
/// float to text as CPython 3.13 lays it out: <c>repr(float)</c> / <c>str(float)</c>
/// (docs.python.org/3/tutorial/floatingpoint.html: the shortest string that rounds back to the same float) and the
/// 'e', 'f', 'g', 'r' conversions beneath <c>format()</c>, f-strings and <c>%</c>-formatting.
/// </summary>
internal static class FloatFormat
{
    private const int MaxSignificantDigits = 800;
    private const int MaxFractionDigits = 1100;

    /// <summary><c>repr(x)</c>: shortest round-trip digits; exponent form below 1e-4 and from 1e16 up; ".0" on integers.</summary>
    public static string Repr(double v)
    {
        if (!double.IsFinite(v))
            return double.IsNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
        var sb = new CharBuffer(stackalloc char[40]);
        if (double.IsNegative(v))
            sb.Append('-');
        AppendUnsigned(ref sb, v, 'r', 0, FloatFormatFlags.AddDot0);
        string s = sb.ToString();
        sb.Dispose();
        return s;
    }

    /// <summary>
    /// <c>repr(complex(re, im))</c>: the parts in repr's digits without ".0"; "(re±imj)", or just "imj" when the real
    /// part is +0.0. The imaginary part always shows its sign inside the parentheses, "+nan" included.
    /// </summary>
    public static string ReprComplex(double re, double im)
    {
        var sb = new CharBuffer(stackalloc char[64]);
        bool omitReal = re == 0 && !double.IsNegative(re);
        if (!omitReal)
        {
            sb.Append('(');
            if (double.IsNegative(re) && !double.IsNaN(re))
                sb.Append('-');
            AppendUnsigned(ref sb, re, 'r', 0, FloatFormatFlags.None);
        }
        if (double.IsNegative(im) && !double.IsNaN(im))
            sb.Append('-');
        else if (!omitReal)
            sb.Append('+');
        AppendUnsigned(ref sb, im, 'r', 0, FloatFormatFlags.None);
        sb.Append('j');
        if (!omitReal)
            sb.Append(')');
        string s = sb.ToString();
        sb.Dispose();
        return s;
    }

    /// <summary>
    /// Appends |<paramref name="v"/>| (no sign) in the layout of <paramref name="type"/>: 'e', 'f', 'g', 'r' (repr),
    /// or 'E', 'F', 'G' for upper case. <paramref name="precision"/>: digits after the point ('e', 'f') or significant
    /// digits ('g', where 0 means 1); ignored for 'r'. Infinity and NaN are written "inf" and "nan".
    /// Returns whether the written digits are all zero (for the 'z' option, which drops the sign of a negative zero).
    /// </summary>
    public static bool AppendUnsigned(ref CharBuffer sb, double v, char type, int precision, FloatFormatFlags flags)
    {
        bool upper = type is 'E' or 'F' or 'G';
        if (upper)
            type = (char)(type + ('a' - 'A'));
        if (!double.IsFinite(v))
        {
            sb.Append(double.IsNaN(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
            return false;
        }
        if (type == 'g' && precision == 0)
            precision = 1;
        // Digits to ask for: 'e' wants precision + 1 significant digits, computed in a C int as CPython does (so
        // '.2147483647e' wraps around to a single digit). A double's exact expansion ends within 767 significant
        // digits and 1074 places after the point: asking for more only appends zeros, which the layout writes itself.
        int wanted = type switch
        {
            'e' => Math.Max(1, unchecked(precision + 1)),
            'r' => 0,
            _ => precision,
        };
        int generate = Math.Min(wanted, type == 'f' ? MaxFractionDigits : MaxSignificantDigits);
        int size = type switch
        {
            'r' => 32,
            'f' => DoubleDigits.FixedBufferSize(v, generate),
            _ => DoubleDigits.SignificantBufferSize(generate),
        };
        char[]? rented = null;
        Span<char> digits = size <= 512 ? stackalloc char[size] : (rented = ArrayPool<char>.Shared.Rent(size));
        int n, decpt;
        switch (type)
        {
            case 'r': n = DoubleDigits.Shortest(v, digits, out decpt); break;
            case 'f': n = DoubleDigits.Fixed(v, generate, digits, out decpt); break;
            default: n = DoubleDigits.Significant(v, generate, digits, out decpt); break;
        }
        bool isZero = n == 1 && digits[0] == '0';
        Layout(ref sb, digits[..n], decpt, type, precision, flags, upper);
        if (rented != null)
            ArrayPool<char>.Shared.Return(rented);
        return isZero;
    }

    /// <summary>
    /// Lays out the digits 0.d1d2...×10^decpt. The output covers digit positions [start, end) of the digit string,
    /// where positions outside it are zeros, and a '.' goes before position decpt.
    /// </summary>
    private static void Layout(ref CharBuffer sb, scoped ReadOnlySpan<char> digits, int decpt, char type, int precision, FloatFormatFlags flags, bool upper)
    {
        bool addDot0 = (flags & FloatFormatFlags.AddDot0) != 0;
        bool alt = (flags & FloatFormatFlags.Alternate) != 0;
        int n = digits.Length;
        bool useExp;
        int minEnd; // pad with zeros up to this digit position
        switch (type)
        {
            case 'e':
                useExp = true;
                minEnd = precision + 1;
                break;
            case 'f':
                useExp = false;
                minEnd = decpt + precision;
                break;
            case 'g':
                // With AddDot0 (format() with a precision but no type) an integer needs one digit more for ".0",
                // so the switch to exponent form comes one place earlier.
                useExp = decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision);
                minEnd = alt ? precision : 0;
                break;
            default: // 'r'
                useExp = decpt <= -4 || decpt > 16;
                minEnd = 0;
                break;
        }
        int exp = 0;
        if (useExp)
        {
            exp = decpt - 1;
            decpt = 1;
        }
        int start = decpt <= 0 ? decpt - 1 : 0;
        int end = Math.Max(n, minEnd);
        if (!useExp && addDot0)
            end = Math.Max(end, decpt + 1);
        else
            end = Math.Max(end, decpt);

        // CPython raises MemoryError for output it cannot allocate ('.2147483646f'); .NET strings stop near 2^30 chars.
        if ((long)end - start > 0x3FFF_FFDF)
            NumericError.ThrowMemory();
        for (int pos = start; pos < end; pos++)
        {
            if (pos == decpt)
                sb.Append('.');
            sb.Append(pos >= 0 && pos < n ? digits[pos] : '0');
        }
        if (decpt == end && alt)
            sb.Append('.');
        if (useExp)
        {
            sb.Append(upper ? 'E' : 'e');
            sb.Append(exp < 0 ? '-' : '+');
            int e = Math.Abs(exp);
            if (e >= 100)
                sb.Append((char)('0' + e / 100));
            sb.Append((char)('0' + e / 10 % 10));
            sb.Append((char)('0' + e % 10));
        }
    }
}
