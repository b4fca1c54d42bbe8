using System;
using System.Numerics;

namespace Atoll.Runtime.Numerics;

/// <summary>The conversion flags of printf-style formatting.</summary>
[Flags]
internal enum PrintfFlags
{
    None = 0,
    /// <summary>'-': left-justify in the field.</summary>
    LeftAdjust = 1,
    /// <summary>'+': always write a sign.</summary>
    Sign = 2,
    /// <summary>' ': a space before a positive number.</summary>
    Blank = 4,
    /// <summary>'#': alternate form ("0x" prefix, decimal point kept).</summary>
    Alternate = 8,
    /// <summary>'0': pad with zeros after the sign and prefix.</summary>
    Zero = 16,
}

/// <summary>
/// The numeric conversions of printf-style <c>%</c>-formatting as CPython 3.13 does them
/// (docs.python.org/3/library/stdtypes.html#printf-style-string-formatting): d i u o x X for ints and e E f F g G for
/// floats. Unlike C, a precision on an int is a minimum digit count that never drops the '0' flag, "%#x" % 0 is
/// "0x0", and "%.0d" % 0 is "0".
/// </summary>
internal static class Printf
{
    /// <summary>Formats an int; <paramref name="precision"/> -1 means none, <paramref name="width"/> -1 means none.</summary>
    public static string FormatInt(long value, PrintfFlags flags, int width, int precision, char conv)
    {
        int numberBase = BaseOf(conv);
        Span<char> buf = stackalloc char[64];
        ulong magnitude = value < 0 ? (ulong)-(value + 1) + 1 : (ulong)value;
        int start = IntText.WriteDigits(magnitude, numberBase, conv == 'X', buf);
        return Layout(value < 0, buf[start..], flags, width, precision, conv);
    }

    /// <summary>Formats an int; decimal conversions are bounded by <paramref name="maxStrDigits"/>.</summary>
    public static string FormatInt(BigInteger value, PrintfFlags flags, int width, int precision, char conv, int maxStrDigits = IntText.DefaultMaxStrDigits)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
            return FormatInt((long)value, flags, width, precision, conv);
        int numberBase = BaseOf(conv);
        string digits = numberBase == 10
            ? IntText.MagnitudeDecimal(value, maxStrDigits)
            : IntText.MagnitudePowerOfTwo(value, numberBase, conv == 'X');
        return Layout(value.Sign < 0, digits, flags, width, precision, conv);
    }

    /// <summary>
    /// Formats a float; <paramref name="precision"/> -1 means the default 6 (a precision the caller read above
    /// int.MaxValue is CPython's ValueError "precision too big").
    /// </summary>
    public static string FormatFloat(double value, PrintfFlags flags, int width, int precision, char conv)
    {
        if (conv is not ('e' or 'E' or 'f' or 'F' or 'g' or 'G'))
            throw new ArgumentOutOfRangeException(nameof(conv));
        if (precision < 0)
            precision = 6;
        var body = new CharBuffer(stackalloc char[64]);
        FloatFormat.AppendUnsigned(ref body, value, conv, precision,
            (flags & PrintfFlags.Alternate) != 0 ? FloatFormatFlags.Alternate : FloatFormatFlags.None);
        bool negative = double.IsNegative(value) && !double.IsNaN(value);
        string result = Pad(SignOf(negative, flags), default, body.Written, flags, width);
        body.Dispose();
        return result;
    }

    private static int BaseOf(char conv) => conv switch
    {
        'd' or 'i' or 'u' => 10,
        'o' => 8,
        'x' or 'X' => 16,
        _ => throw new ArgumentOutOfRangeException(nameof(conv)),
    };

    private static char SignOf(bool negative, PrintfFlags flags) =>
        negative ? '-' : (flags & PrintfFlags.Sign) != 0 ? '+' : (flags & PrintfFlags.Blank) != 0 ? ' ' : '\0';

    private static string Layout(bool negative, ReadOnlySpan<char> digits, PrintfFlags flags, int width, int precision, char conv)
    {
        ReadOnlySpan<char> prefix = (flags & PrintfFlags.Alternate) == 0 ? default : conv switch
        {
            'o' => "0o",
            'x' => "0x",
            'X' => "0X",
            _ => default,
        };
        var body = new CharBuffer(stackalloc char[64]);
        body.Append('0', precision - digits.Length);
        body.Append(digits);
        string result = Pad(SignOf(negative, flags), prefix, body.Written, flags, width);
        body.Dispose();
        return result;
    }

    /// <summary>Sign, prefix and body in a field of <paramref name="width"/>: spaces before, zeros after the prefix, or spaces after.</summary>
    private static string Pad(char sign, ReadOnlySpan<char> prefix, ReadOnlySpan<char> body, PrintfFlags flags, int width)
    {
        int length = (sign != '\0' ? 1 : 0) + prefix.Length + body.Length;
        int padding = Math.Max(0, width - length);
        var sb = new CharBuffer(stackalloc char[64]);
        bool left = (flags & PrintfFlags.LeftAdjust) != 0;
        bool zero = !left && (flags & PrintfFlags.Zero) != 0;
        if (!left && !zero)
            sb.Append(' ', padding);
        if (sign != '\0')
            sb.Append(sign);
        sb.Append(prefix);
        if (zero)
            sb.Append('0', padding);
        sb.Append(body);
        if (left)
            sb.Append(' ', padding);
        string result = sb.ToString();
        sb.Dispose();
        return result;
    }
}
