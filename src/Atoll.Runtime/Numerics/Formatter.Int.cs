using System;
using System.Numerics;

namespace Atoll.Runtime.Numerics;

internal static partial class Formatter
{
    /// <summary><c>format(v, spec)</c> for an int (or a bool: pass "bool" as the type name).</summary>
    public static string FormatInt(long v, string spec, string typeName = "int")
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Length == 0)
            return IntText.ToDecimal(v);
        return FormatInt(v, FormatSpec.Parse(spec, typeName, 'd', '>'), typeName);
    }

    /// <summary><c>format(v, spec)</c> for an int; decimal output is bounded by <paramref name="maxStrDigits"/>.</summary>
    public static string FormatInt(BigInteger v, string spec, int maxStrDigits, string typeName = "int")
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Length == 0)
            return IntText.ToDecimal(v, maxStrDigits);
        return FormatInt(v, FormatSpec.Parse(spec, typeName, 'd', '>'), maxStrDigits, typeName);
    }

    public static string FormatInt(long v, in FormatSpec spec, string typeName = "int")
    {
        if (IsFloatType(spec.Type))
            return FormatFloat(v, spec, "float");
        CheckIntSpec(spec, typeName);
        if (spec.Type == 'c')
            return FormatChar(v, spec);
        int numberBase = BaseOf(spec.Type);
        Span<char> buf = stackalloc char[64];
        ulong magnitude = v < 0 ? (ulong)-(v + 1) + 1 : (ulong)v;
        int start = IntText.WriteDigits(magnitude, numberBase, spec.Type == 'X', buf);
        return LayoutInt(v < 0, buf[start..], spec);
    }

    public static string FormatInt(BigInteger v, in FormatSpec spec, int maxStrDigits, string typeName = "int")
    {
        if (v >= long.MinValue && v <= long.MaxValue)
            return FormatInt((long)v, spec, typeName);
        if (IsFloatType(spec.Type))
            return FormatFloat(IntMath.ToDouble(v), spec, "float");
        CheckIntSpec(spec, typeName);
        if (spec.Type == 'c')
            NumericError.ThrowOverflow("Python int too large to convert to C long");
        int numberBase = BaseOf(spec.Type);
        string digits = numberBase == 10
            ? IntText.MagnitudeDecimal(v, maxStrDigits)
            : IntText.MagnitudePowerOfTwo(v, numberBase, spec.Type == 'X');
        return LayoutInt(v.Sign < 0, digits, spec);
    }

    private static bool IsFloatType(int type) => type is 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%';

    private static void CheckIntSpec(in FormatSpec spec, string typeName)
    {
        if (spec.Type is not ('b' or 'c' or 'd' or 'o' or 'x' or 'X' or 'n'))
            throw FormatSpec.UnknownCode(spec.Type, typeName);
        if (spec.Precision >= 0)
            NumericError.ThrowValue("Precision not allowed in integer format specifier");
        if (spec.NoNegativeZero)
            NumericError.ThrowValue("Negative zero coercion (z) not allowed in integer format specifier");
        if (spec.Type == 'c')
        {
            if (spec.Sign != '\0')
                NumericError.ThrowValue("Sign not allowed with integer format specifier 'c'");
            if (spec.Alternate)
                NumericError.ThrowValue("Alternate form (#) not allowed with integer format specifier 'c'");
        }
    }

    private static int BaseOf(int type) => type switch
    {
        'b' => 2,
        'o' => 8,
        'x' or 'X' => 16,
        _ => 10,
    };

    private static string FormatChar(long v, in FormatSpec spec)
    {
        if (v < 0 || v > 0x10FFFF)
            NumericError.ThrowOverflow("%c arg not in range(0x110000)");
        var sb = new CharBuffer(stackalloc char[64]);
        Span<char> ch = stackalloc char[2];
        int len = 1;
        if (v > 0xFFFF)
        {
            ch[0] = (char)(0xD800 + ((v - 0x10000) >> 10));
            ch[1] = (char)(0xDC00 + ((v - 0x10000) & 0x3FF));
            len = 2;
        }
        else
        {
            ch[0] = (char)v;
        }
        AppendNumber(ref sb, spec, '\0', default, default, ch[..len], 1, '\0', 0);
        string result = sb.ToString();
        sb.Dispose();
        return result;
    }

    private static string LayoutInt(bool negative, ReadOnlySpan<char> digits, in FormatSpec spec)
    {
        char sign = negative ? '-' : spec.Sign is '+' or ' ' ? spec.Sign : '\0';
        ReadOnlySpan<char> prefix = !spec.Alternate ? default : spec.Type switch
        {
            'b' => "0b",
            'o' => "0o",
            'x' => "0x",
            'X' => "0X",
            _ => default,
        };
        char separator = spec.Type == 'n' ? '\0' : spec.Grouping;
        int groupSize = separator == '_' && spec.Type is 'b' or 'o' or 'x' or 'X' ? 4 : 3;
        var sb = new CharBuffer(stackalloc char[64]);
        AppendNumber(ref sb, spec, sign, prefix, digits, default, 0, separator, groupSize);
        string result = sb.ToString();
        sb.Dispose();
        return result;
    }
}
