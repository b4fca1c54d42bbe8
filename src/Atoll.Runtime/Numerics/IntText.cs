using System;
using System.Globalization;
using System.Numerics;

namespace Atoll.Runtime.Numerics;

/// <summary>
/// int to text: <c>str(int)</c> under CPython 3.13's limit on decimal digits (<c>sys.set_int_max_str_digits</c>,
/// docs.python.org/3/library/stdtypes.html#int-max-str-digits), <c>bin()</c>, <c>oct()</c> and <c>hex()</c>, and the
/// digit strings beneath <c>format()</c> and <c>%</c>-formatting.
/// </summary>
internal static class IntText
{
    /// <summary>The default of <c>sys.get_int_max_str_digits()</c>; 0 means no limit.</summary>
    public const int DefaultMaxStrDigits = 4300;

    private const string LowerDigits = "0123456789abcdefghijklmnopqrstuvwxyz";
    private const string UpperDigits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /// <summary><c>str(v)</c> of a machine-sized int (never over the limit: the limit is 0 or at least 640).</summary>
    public static string ToDecimal(long v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>str(v)</c>; ValueError when |v| has more than <paramref name="maxStrDigits"/> decimal digits.</summary>
    public static string ToDecimal(BigInteger v, int maxStrDigits)
    {
        CheckDecimalLimit(v, maxStrDigits, out string? text);
        return text ?? v.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The decimal digits of |v| (no sign), under the digit limit.</summary>
    public static string MagnitudeDecimal(BigInteger v, int maxStrDigits)
    {
        CheckDecimalLimit(v, maxStrDigits, out string? text);
        text ??= v.ToString(CultureInfo.InvariantCulture);
        return v.Sign < 0 ? text[1..] : text;
    }

    /// <summary><c>bin(v)</c>: "0b101", "-0b101".</summary>
    public static string Bin(BigInteger v) => WithPrefix(v, 2, "0b");

    /// <summary><c>oct(v)</c>: "0o17", "-0o17".</summary>
    public static string Oct(BigInteger v) => WithPrefix(v, 8, "0o");

    /// <summary><c>hex(v)</c>: "0xff", "-0xff".</summary>
    public static string Hex(BigInteger v) => WithPrefix(v, 16, "0x");

    public static string Bin(long v) => WithPrefix(v, 2, "0b");

    public static string Oct(long v) => WithPrefix(v, 8, "0o");

    public static string Hex(long v) => WithPrefix(v, 16, "0x");

    /// <summary>
    /// Writes the digits of <paramref name="magnitude"/> in <paramref name="numberBase"/> (2..36) at the end of
    /// <paramref name="dest"/> (64 chars suffice) and returns the index of the first digit.
    /// </summary>
    public static int WriteDigits(ulong magnitude, int numberBase, bool upper, Span<char> dest)
    {
        string table = upper ? UpperDigits : LowerDigits;
        int i = dest.Length;
        if (numberBase == 10)
        {
            do
            {
                ulong q = magnitude / 10;
                dest[--i] = (char)('0' + (int)(magnitude - q * 10));
                magnitude = q;
            }
            while (magnitude != 0);
            return i;
        }
        do
        {
            dest[--i] = table[(int)(magnitude % (ulong)numberBase)];
            magnitude /= (ulong)numberBase;
        }
        while (magnitude != 0);
        return i;
    }

    /// <summary>The digits of |v| in base 2, 8 or 16 (no sign, no prefix); these bases have no digit limit.</summary>
    public static string MagnitudePowerOfTwo(BigInteger v, int numberBase, bool upper)
    {
        int bitsPerDigit = numberBase == 2 ? 1 : numberBase == 8 ? 3 : 4;
        BigInteger abs = BigInteger.Abs(v);
        long bitLength = abs.IsZero ? 1 : (long)abs.GetBitLength();
        long count = (bitLength + bitsPerDigit - 1) / bitsPerDigit;
        if (count > Array.MaxLength)
            NumericError.ThrowMemory();
        byte[] bytes = abs.ToByteArray(isUnsigned: true, isBigEndian: false);
        string table = upper ? UpperDigits : LowerDigits;
        return string.Create((int)count, (bytes, bitsPerDigit, table), static (span, state) =>
        {
            var (b, k, t) = state;
            int mask = (1 << k) - 1;
            for (int d = 0; d < span.Length; d++)
            {
                long bit = (long)d * k;
                int byteIndex = (int)(bit >> 3);
                int shift = (int)(bit & 7);
                int word = b[byteIndex] | (byteIndex + 1 < b.Length ? b[byteIndex + 1] << 8 : 0);
                span[span.Length - 1 - d] = t[(word >> shift) & mask];
            }
        });
    }

    /// <summary>
    /// Throws the int-to-str ValueError when |v| has more than <paramref name="maxStrDigits"/> decimal digits
    /// (0: no limit). <paramref name="text"/> is the decimal text when the check had to produce it.
    /// </summary>
    public static void CheckDecimalLimit(BigInteger v, int maxStrDigits, out string? text)
    {
        text = null;
        if (maxStrDigits <= 0)
            return;
        long bits = (long)BigInteger.Abs(v).GetBitLength();
        // A number of b bits has at least floor((b - 1) * log10(2)) + 1 decimal digits.
        if (bits < 3 * (long)maxStrDigits) // fewer than 0.9 * bits digits: certainly within the limit
            return;
        double lowerBound = Math.Floor((bits - 1) * 0.30102999566398120) + 1;
        if (lowerBound > maxStrDigits + 1)
            NumericError.ThrowIntToStrLimit(maxStrDigits);
        text = v.ToString(CultureInfo.InvariantCulture);
        int digits = v.Sign < 0 ? text.Length - 1 : text.Length;
        if (digits > maxStrDigits)
            NumericError.ThrowIntToStrLimit(maxStrDigits);
    }

    private static string WithPrefix(BigInteger v, int numberBase, string prefix)
    {
        if (v >= long.MinValue && v <= long.MaxValue)
            return WithPrefix((long)v, numberBase, prefix);
        string digits = MagnitudePowerOfTwo(v, numberBase, upper: false);
        return v.Sign < 0 ? "-" + prefix + digits : prefix + digits;
    }

    private static string WithPrefix(long v, int numberBase, string prefix)
    {
        Span<char> buf = stackalloc char[68];
        int start = WriteDigits(v < 0 ? (ulong)-(v + 1) + 1 : (ulong)v, numberBase, upper: false, buf);
        buf[--start] = prefix[1];
        buf[--start] = prefix[0];
        if (v < 0)
            buf[--start] = '-';
        return new string(buf[start..]);
    }
}
