using System;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace Atoll.Runtime.Numerics;

/// <summary>
/// <c>float.hex()</c> and <c>float.fromhex()</c> (docs.python.org/3/library/stdtypes.html#float.hex): the exact value
/// as "[-]0x1.hhhhhhhhhhhhhp±e" (thirteen fraction digits; subnormals as 0x0.…p-1022), and back, correctly rounded.
/// </summary>
internal static class FloatHex
{
    /// <summary><c>x.hex()</c>.</summary>
    public static string ToHex(double x)
    {
        if (double.IsNaN(x))
            return "nan";
        if (double.IsInfinity(x))
            return x > 0 ? "inf" : "-inf";
        bool negative = double.IsNegative(x);
        if (x == 0)
            return negative ? "-0x0.0p+0" : "0x0.0p+0";
        long bits = BitConverter.DoubleToInt64Bits(x);
        int biased = (int)((bits >> 52) & 0x7FF);
        long fraction = bits & 0xF_FFFF_FFFF_FFFF;
        int exponent = biased == 0 ? -1022 : biased - 1023;
        Span<char> buf = stackalloc char[32];
        int n = 0;
        if (negative)
            buf[n++] = '-';
        buf[n++] = '0';
        buf[n++] = 'x';
        buf[n++] = biased == 0 ? '0' : '1';
        buf[n++] = '.';
        for (int shift = 48; shift >= 0; shift -= 4)
            buf[n++] = "0123456789abcdef"[(int)((fraction >> shift) & 0xF)];
        buf[n++] = 'p';
        buf[n++] = exponent < 0 ? '-' : '+';
        int e = Math.Abs(exponent);
        if (e >= 1000)
            buf[n++] = (char)('0' + e / 1000);
        if (e >= 100)
            buf[n++] = (char)('0' + e / 100 % 10);
        if (e >= 10)
            buf[n++] = (char)('0' + e / 10 % 10);
        buf[n++] = (char)('0' + e % 10);
        return new string(buf[..n]);
    }

    /// <summary><c>float.fromhex(s)</c>: ASCII whitespace around, optional sign and "0x", hex digits with an optional point, optional binary exponent "p±d".</summary>
    public static double FromHex(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        int pos = 0, end = s.Length;
        while (pos < end && IsSpace(s[pos]))
            pos++;
        while (end > pos && IsSpace(s[end - 1]))
            end--;
        var text = s.AsSpan(pos, end - pos);
        int i = 0;
        bool negative = false;
        if (i < text.Length && text[i] is '+' or '-')
        {
            negative = text[i] == '-';
            i++;
        }
        var rest = text[i..];
        if (rest.Equals("inf", StringComparison.OrdinalIgnoreCase) || rest.Equals("infinity", StringComparison.OrdinalIgnoreCase))
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (rest.Equals("nan", StringComparison.OrdinalIgnoreCase))
            return BitConverter.Int64BitsToDouble(negative ? unchecked((long)0xFFF8_0000_0000_0000) : 0x7FF8_0000_0000_0000);
        if (i + 1 < text.Length && text[i] == '0' && (text[i + 1] | 0x20) == 'x')
            i += 2;

        // Hex digits: the first 16 significant ones are kept, the rest only tell whether they are all zero.
        ulong top = 0;
        int kept = 0;
        long dropped = 0;          // significant digits after the kept ones
        bool sticky = false;
        long fractionDigits = 0;   // digits after the point
        int digitCount = 0;
        bool seenPoint = false;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '.' && !seenPoint)
            {
                seenPoint = true;
                continue;
            }
            int d = HexValue(c);
            if (d < 0)
                break;
            digitCount++;
            if (seenPoint)
                fractionDigits++;
            if (kept == 0 && d == 0)
                continue;
            if (kept < 16)
            {
                top = (top << 4) | (uint)d;
                kept++;
            }
            else
            {
                dropped++;
                sticky |= d != 0;
            }
        }
        if (digitCount == 0)
            Invalid();
        long exponent = 0;
        if (i < text.Length && (text[i] | 0x20) == 'p')
        {
            i++;
            bool expNegative = false;
            if (i < text.Length && text[i] is '+' or '-')
            {
                expNegative = text[i] == '-';
                i++;
            }
            int expDigits = 0;
            for (; i < text.Length && char.IsAsciiDigit(text[i]); i++, expDigits++)
            {
                if (exponent < 1_000_000_000_000)
                    exponent = exponent * 10 + (text[i] - '0');
            }
            if (expDigits == 0)
                Invalid();
            if (expNegative)
                exponent = -exponent;
        }
        if (i != text.Length)
            Invalid();
        if (top == 0)
            return negative ? -0.0 : 0.0;

        // value = top × 2^e2 (plus sticky below top's last bit).
        long e2 = exponent - 4 * fractionDigits + 4 * dropped;
        int length = 64 - BitOperations.LeadingZeroCount(top);
        long binaryExponent = length - 1 + e2;
        if (binaryExponent > 1023)
            Overflow();
        long ulpExponent = Math.Max(binaryExponent - 52, -1074);
        long shift = ulpExponent - e2; // low bits of top to round away
        ulong mantissa;
        if (shift <= 0)
        {
            mantissa = top << (int)-shift;
        }
        else if (shift > 64)
        {
            mantissa = 0;
        }
        else
        {
            UInt128 wide = top;
            UInt128 half = UInt128.One << (int)(shift - 1);
            UInt128 low = wide & ((UInt128.One << (int)shift) - 1);
            mantissa = (ulong)(wide >> (int)shift);
            if (low > half || (low == half && (sticky || (mantissa & 1) != 0)))
                mantissa++;
        }
        double result = Math.ScaleB((double)mantissa, (int)ulpExponent);
        if (double.IsInfinity(result))
            Overflow();
        return negative ? -result : result;
    }

    private static bool IsSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r');

    private static int HexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        int lower = c | 0x20;
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }

    [DoesNotReturn]
    private static void Invalid() => NumericError.ThrowValue("invalid hexadecimal floating-point string");

    [DoesNotReturn]
    private static void Overflow() => NumericError.ThrowOverflow("hexadecimal value too large to represent as a float");
}
