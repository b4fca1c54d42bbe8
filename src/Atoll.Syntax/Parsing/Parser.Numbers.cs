using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Atoll.Syntax;

internal sealed partial class Parser
{
    /// <summary>CPython's default limit on decimal digits converted to an int (sys.get_int_max_str_digits()).</summary>
    private const int MaxStrDigits = 4300;

    /// <summary>The value of a NUMBER token: long or BigInteger (int), double (float), Complex (imaginary).</summary>
    private object ParseNumber(in Token t)
    {
        var span = _src.AsSpan(t.Start, t.End - t.Start);
        string text;
        if (span.IndexOf((byte)'_') >= 0)
        {
            var sb = new StringBuilder(span.Length);
            foreach (byte b in span)
            {
                if (b != '_')
                    sb.Append((char)b);
            }
            text = sb.ToString();
        }
        else
        {
            text = Encoding.ASCII.GetString(span);
        }
        if (text.Length > 1 && text[0] == '0' && (text[1] | 0x20) is 'x' or 'o' or 'b')
        {
            int radix = (text[1] | 0x20) switch { 'x' => 16, 'o' => 8, _ => 2 };
            return ParseRadix(text.AsSpan(2), radix);
        }
        char last = text[^1];
        if (last is 'j' or 'J')
            return new Complex(0, double.Parse(text.AsSpan(0, text.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture));
        if (text.AsSpan().IndexOfAny('.', 'e', 'E') >= 0)
            return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (text.Length <= 18)
            return long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        if (text.Length > MaxStrDigits)
            throw ErrorAt($"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion: value has {text.Length} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", t);
        var big = BigInteger.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return big <= long.MaxValue ? (object)(long)big : big;
    }

    private static object ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        int bitsPerDigit = radix == 16 ? 4 : radix == 8 ? 3 : 1;
        if (digits.Length * bitsPerDigit <= 62)
        {
            long v = 0;
            foreach (char c in digits)
                v = v * radix + HexDigit(c);
            return v;
        }
        BigInteger big = BigInteger.Zero;
        foreach (char c in digits)
            big = big * radix + HexDigit(c);
        return big <= long.MaxValue ? (object)(long)big : big;
    }

    private static int HexDigit(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
