using System;
using System.Buffers;
using System.Globalization;
using System.Numerics;
using Atoll.Syntax;

namespace Atoll.Runtime.Numerics;

internal static partial class NumberParse
{
    /// <summary>
    /// <c>int(s, base)</c>. <paramref name="numberBase"/> is 0 (prefix decides: 0x, 0o, 0b, else decimal where a
    /// nonzero number may not start with 0) or 2..36 (a matching prefix is allowed for 2, 8 and 16); a base the caller
    /// cannot fit in an int should be passed as -1. Text longer than <paramref name="maxStrDigits"/> digits in a base
    /// that is not a power of two raises ValueError (0: no limit).
    /// </summary>
    public static IntValue ParseInt(string s, int numberBase, int maxStrDigits = IntText.DefaultMaxStrDigits) =>
        TryParseInt(s, numberBase, out var value, maxStrDigits) ? value : throw InvalidLiteral(s, numberBase);

    /// <summary>
    /// <see cref="ParseInt"/> that returns false for text that is not an int literal (the common failure, which callers
    /// turn into their own ValueError without a second exception: see <see cref="InvalidLiteral"/>); a bad base or too
    /// many digits still throws.
    /// </summary>
    public static bool TryParseInt(string s, int numberBase, out IntValue value, int maxStrDigits = IntText.DefaultMaxStrDigits)
    {
        ArgumentNullException.ThrowIfNull(s);
        value = default;
        if (numberBase != 0 && (numberBase < 2 || numberBase > 36))
            NumericError.ThrowValue("int() base must be >= 2 and <= 36, or 0");
        char[]? rented = null;
        Span<char> buf = s.Length <= StackLimit ? stackalloc char[s.Length] : (rented = ArrayPool<char>.Shared.Rent(s.Length));
        try
        {
            int n = ToAscii(s, buf);
            int b = numberBase;
            if (n < 0 || !TryScanInt(buf[..n], ref b, out bool negative, out int digitCount))
                return false;
            if (maxStrDigits > 0 && (b & (b - 1)) != 0 && digitCount > maxStrDigits)
                NumericError.ThrowStrToIntLimit(maxStrDigits, digitCount);
            value = Convert(buf[..digitCount], b, negative);
            return true;
        }
        finally
        {
            if (rented != null)
                ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>The ValueError for text that is not an int literal in <paramref name="numberBase"/>.</summary>
    public static NumericError InvalidLiteral(string s, int numberBase)
    {
        // CPython writes the repr with %.200R: cut after 200 code points, closing quote included or not.
        string repr = PyRepr.Str(s);
        int units = 0;
        for (int cps = 0; cps < 200 && units < repr.Length; cps++)
            units += char.IsHighSurrogate(repr[units]) && units + 1 < repr.Length ? 2 : 1;
        return new NumericError("ValueError", "invalid literal for int() with base "
            + numberBase.ToString(CultureInfo.InvariantCulture) + ": " + repr[..units]);
    }

    /// <summary>
    /// Checks the syntax and leaves the digits (no sign, prefix or underscores) at the start of
    /// <paramref name="text"/>; sets the effective base.
    /// </summary>
    private static bool TryScanInt(Span<char> text, ref int numberBase, out bool negative, out int count)
    {
        negative = false;
        count = 0;
        int n = text.Length;
        int pos = 0;
        if (pos < n && text[pos] is '+' or '-')
        {
            negative = text[pos] == '-';
            pos++;
        }
        bool prefixed = false;
        bool zerosOnly = false; // base 0 without a prefix: "0", "00", "0_0" but never "010"
        if (pos + 1 < n && text[pos] == '0')
        {
            int prefixBase = (text[pos + 1] | 0x20) switch
            {
                'x' => 16,
                'o' => 8,
                'b' => 2,
                _ => 0,
            };
            if (prefixBase != 0 && (numberBase == 0 || numberBase == prefixBase))
            {
                numberBase = prefixBase;
                prefixed = true;
                pos += 2;
            }
        }
        if (numberBase == 0)
        {
            numberBase = 10;
            zerosOnly = pos < n && text[pos] == '0';
        }
        // An underscore may follow a prefix directly ("0x_1f"); otherwise only between digits.
        if (prefixed && pos < n && text[pos] == '_')
            pos++;
        bool lastWasDigit = false;
        for (; pos < n; pos++)
        {
            char c = text[pos];
            if (c == '_')
            {
                if (!lastWasDigit)
                    return false;
                lastWasDigit = false;
                continue;
            }
            int d = DigitValue(c);
            if (d < 0 || d >= numberBase || (zerosOnly && d != 0))
                return false;
            text[count++] = c;
            lastWasDigit = true;
        }
        return count > 0 && lastWasDigit;
    }

    private static int DigitValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        int lower = c | 0x20;
        return lower >= 'a' && lower <= 'z' ? lower - 'a' + 10 : -1;
    }

    private static IntValue Convert(ReadOnlySpan<char> digits, int numberBase, bool negative)
    {
        // Accumulate in 64 bits until the value could overflow; only longer numbers go to BigInteger.
        ulong limit = (ulong.MaxValue - 35) / (ulong)numberBase;
        ulong v = 0;
        int i = 0;
        for (; i < digits.Length && v <= limit; i++)
            v = v * (ulong)numberBase + (ulong)DigitValue(digits[i]);
        if (i == digits.Length)
        {
            if (v <= long.MaxValue)
                return IntValue.FromLong(negative ? -(long)v : (long)v);
            if (negative && v == 1UL << 63)
                return IntValue.FromLong(long.MinValue);
            return IntValue.FromBig(negative ? -(BigInteger)v : v);
        }
        BigInteger big;
        if ((numberBase & (numberBase - 1)) == 0)
            big = FromPowerOfTwoDigits(digits, numberBase);
        else if (numberBase == 10)
            big = BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        else
            big = FromDigitsChunked(digits, numberBase);
        return IntValue.FromBig(negative ? -big : big);
    }

    private static BigInteger FromPowerOfTwoDigits(ReadOnlySpan<char> digits, int numberBase)
    {
        int k = BitOperations.Log2((uint)numberBase);
        long bits = (long)digits.Length * k;
        byte[] bytes = new byte[(bits + 7) / 8 + 1];
        long bit = 0;
        for (int i = digits.Length - 1; i >= 0; i--, bit += k)
        {
            int d = DigitValue(digits[i]);
            int index = (int)(bit >> 3), shift = (int)(bit & 7);
            int word = d << shift;
            bytes[index] |= (byte)word;
            if ((word >> 8) != 0)
                bytes[index + 1] |= (byte)(word >> 8);
        }
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    private static BigInteger FromDigitsChunked(ReadOnlySpan<char> digits, int numberBase)
    {
        // Chunks of 12 digits: base^12 <= 36^12 < 2^63.
        const int Chunk = 12;
        long chunkScale = 1;
        for (int i = 0; i < Chunk; i++)
            chunkScale *= numberBase;
        BigInteger result = BigInteger.Zero;
        int first = digits.Length % Chunk;
        int pos = 0;
        if (first > 0)
        {
            long v = 0;
            for (; pos < first; pos++)
                v = v * numberBase + DigitValue(digits[pos]);
            result = v;
        }
        while (pos < digits.Length)
        {
            long v = 0;
            for (int end = pos + Chunk; pos < end; pos++)
                v = v * numberBase + DigitValue(digits[pos]);
            result = result * chunkScale + v;
        }
        return result;
    }
}
