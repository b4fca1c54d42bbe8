using System;
using System.Buffers;
using System.Globalization;
using System.Numerics;
using Atoll.Syntax;

namespace Atoll.Runtime.Numerics;

/// <summary>
/// <c>float(str)</c> and <c>int(str, base)</c> as CPython 3.13 reads text (docs.python.org/3/library/functions.html#float,
/// #int): surrounding whitespace (Unicode included) is skipped, decimal digits of any script count as 0-9,
/// single underscores may sit between digits, and errors carry the repr of the whole argument.
/// </summary>
internal static partial class NumberParse
{
    private const int StackLimit = 256;

    /// <summary><c>float(s)</c>: correctly rounded; "inf", "infinity" and "nan" in any case, with a sign.</summary>
    public static double ParseFloat(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        char[]? rented = null;
        Span<char> buf = s.Length <= StackLimit ? stackalloc char[s.Length] : (rented = ArrayPool<char>.Shared.Rent(s.Length));
        try
        {
            int n = ToAscii(s, buf);
            if (n < 0 || !TryParseFloatAscii(buf[..n], out double value))
                throw new NumericError("ValueError", "could not convert string to float: " + PyRepr.Str(s));
            return value;
        }
        finally
        {
            if (rented != null)
                ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Copies <paramref name="s"/> without the surrounding whitespace into <paramref name="buf"/> as ASCII: decimal
    /// digits of other scripts become '0'-'9', any other non-ASCII code point '?' (invalid everywhere).
    /// Returns the length; a result can only shrink, so <paramref name="buf"/> needs s.Length characters.
    /// </summary>
    private static int ToAscii(string s, Span<char> buf)
    {
        int start = 0, end = s.Length;
        while (start < end)
        {
            int cp = CodePointAt(s, start, out int len);
            if (!UnicodeDigits.IsStripSpace(cp))
                break;
            start += len;
        }
        while (end > start)
        {
            int len = end - 2 >= start && char.IsLowSurrogate(s[end - 1]) && char.IsHighSurrogate(s[end - 2]) ? 2 : 1;
            int cp = len == 2 ? char.ConvertToUtf32(s[end - 2], s[end - 1]) : s[end - 1];
            if (!UnicodeDigits.IsStripSpace(cp))
                break;
            end -= len;
        }
        int n = 0;
        for (int i = start; i < end;)
        {
            char c = s[i];
            if (c < 0x80)
            {
                buf[n++] = c;
                i++;
                continue;
            }
            int cp = CodePointAt(s, i, out int len);
            int d = UnicodeDigits.DecimalValue(cp);
            buf[n++] = d >= 0 ? (char)('0' + d) : '?';
            i += len;
        }
        return n;
    }

    private static int CodePointAt(string s, int i, out int len)
    {
        if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            len = 2;
            return char.ConvertToUtf32(s[i], s[i + 1]);
        }
        len = 1;
        return s[i];
    }

    /// <summary>Parses stripped ASCII text; underscores are removed in place (allowed only between two digits).</summary>
    private static bool TryParseFloatAscii(Span<char> text, out double value)
    {
        value = 0;
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '_')
            {
                if (i == 0 || i + 1 == text.Length || !char.IsAsciiDigit(text[i - 1]) || !char.IsAsciiDigit(text[i + 1]))
                    return false;
                continue;
            }
            text[n++] = c;
        }
        text = text[..n];
        if (n == 0)
            return false;

        int pos = 0;
        bool negative = false;
        if (text[0] is '+' or '-')
        {
            negative = text[0] == '-';
            pos = 1;
        }
        var rest = text[pos..];
        if (rest.Length > 0 && !char.IsAsciiDigit(rest[0]) && rest[0] != '.')
        {
            if (rest.Equals("inf", StringComparison.OrdinalIgnoreCase) || rest.Equals("infinity", StringComparison.OrdinalIgnoreCase))
            {
                value = negative ? double.NegativeInfinity : double.PositiveInfinity;
                return true;
            }
            if (rest.Equals("nan", StringComparison.OrdinalIgnoreCase))
            {
                // CPython's NaN has the sign bit clear and "-nan" sets it (seen through math.copysign); .NET's
                // double.NaN has it set, so the bits are spelled out.
                value = BitConverter.Int64BitsToDouble(negative ? unchecked((long)0xFFF8_0000_0000_0000) : 0x7FF8_0000_0000_0000);
                return true;
            }
            return false;
        }

        // [digits][.digits] with at least one digit, then [(e|E)[sign]digits].
        int digits = 0;
        while (pos < n && char.IsAsciiDigit(text[pos]))
        {
            pos++;
            digits++;
        }
        if (pos < n && text[pos] == '.')
        {
            pos++;
            while (pos < n && char.IsAsciiDigit(text[pos]))
            {
                pos++;
                digits++;
            }
        }
        if (digits == 0)
            return false;
        int mantissaEnd = pos;
        long exponent = 0;
        if (pos < n && text[pos] is 'e' or 'E')
        {
            pos++;
            bool expNegative = false;
            if (pos < n && text[pos] is '+' or '-')
            {
                expNegative = text[pos] == '-';
                pos++;
            }
            int expDigits = 0;
            while (pos < n && char.IsAsciiDigit(text[pos]))
            {
                // Saturate: beyond this the result is 0 or inf whatever the mantissa (fewer than 2^20 digits here
                // would need a larger bound; the bound grows with the mantissa).
                if (exponent < 100_000_000)
                    exponent = exponent * 10 + (text[pos] - '0');
                pos++;
                expDigits++;
            }
            if (expDigits == 0)
                return false;
            if (expNegative)
                exponent = -exponent;
        }
        if (pos != n)
            return false;

        const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (n - mantissaEnd <= 6)
        {
            value = double.Parse(text, Styles, CultureInfo.InvariantCulture);
            return true;
        }
        long bound = 400L + mantissaEnd;
        exponent = Math.Clamp(exponent, -bound, bound);
        // Rewrite a long exponent in a form .NET reads: "e" and a few digits.
        Span<char> number = mantissaEnd + 16 <= StackLimit ? stackalloc char[StackLimit] : new char[mantissaEnd + 16];
        text[..mantissaEnd].CopyTo(number);
        int m = mantissaEnd;
        if (exponent != 0)
        {
            number[m++] = 'e';
            exponent.TryFormat(number[m..], out int w, default, CultureInfo.InvariantCulture);
            m += w;
        }
        value = double.Parse(number[..m], Styles, CultureInfo.InvariantCulture);
        return true;
    }
}
