using System;

namespace Atoll.Runtime.Numerics;

/// <summary>
/// <c>int.__format__</c>, <c>float.__format__</c> and <c>str.__format__</c> of CPython 3.13: a value laid out by a
/// format specification (docs.python.org/3/library/string.html#format-specification-mini-language). Widths and
/// precisions of strings count code points, not UTF-16 units.
/// </summary>
internal static partial class Formatter
{
    /// <summary>Upper bound on a requested width; CPython raises MemoryError long before a string this size.</summary>
    private const long MaxWidth = 0x3FFF_FFDF;

    /// <summary><c>format(s, spec)</c> for a str.</summary>
    public static string FormatString(string s, string spec, string typeName = "str")
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Length == 0)
            return s;
        return FormatString(s, FormatSpec.Parse(spec, typeName, 's', '<'), typeName);
    }

    /// <summary><c>format(s, spec)</c> for a str, with the spec already parsed (default type 's', alignment '&lt;').</summary>
    public static string FormatString(string s, in FormatSpec spec, string typeName = "str")
    {
        ArgumentNullException.ThrowIfNull(s);
        if (spec.Type != 's')
            throw FormatSpec.UnknownCode(spec.Type, typeName);
        if (spec.Sign == ' ')
            NumericError.ThrowValue("Space not allowed in string format specifier");
        if (spec.Sign != '\0')
            NumericError.ThrowValue("Sign not allowed in string format specifier");
        if (spec.NoNegativeZero)
            NumericError.ThrowValue("Negative zero coercion (z) not allowed in string format specifier");
        if (spec.Alternate)
            NumericError.ThrowValue("Alternate form (#) not allowed in string format specifier");
        if (spec.Align == '=')
            NumericError.ThrowValue("'=' alignment not allowed in string format specifier");
        if (spec.Width < 0 && spec.Precision < 0)
            return s;

        int length = CodePoints(s);
        int units = s.Length;
        if (spec.Precision >= 0 && length > spec.Precision)
        {
            units = UnitsOfCodePoints(s, (int)spec.Precision);
            length = (int)spec.Precision;
        }
        if (spec.Width <= length)
            return units == s.Length ? s : s[..units];
        var sb = new CharBuffer(stackalloc char[256]);
        Pad(ref sb, s.AsSpan(0, units), length, spec.Width, spec.Fill, spec.Align);
        string result = sb.ToString();
        sb.Dispose();
        return result;
    }

    /// <summary>Appends <paramref name="text"/> padded to <paramref name="width"/> code points with fill and alignment.</summary>
    private static void Pad(ref CharBuffer sb, ReadOnlySpan<char> text, int length, long width, int fill, char align)
    {
        if (width > MaxWidth)
            NumericError.ThrowMemory();
        long padding = Math.Max(0, width - length);
        long left = align switch
        {
            '>' => padding,
            '^' => padding / 2,
            _ => 0,
        };
        sb.AppendCodePoint(fill, left);
        sb.Append(text);
        sb.AppendCodePoint(fill, padding - left);
    }

    /// <summary>
    /// Appends a number: sign, prefix ("0x"), whole-part digits (grouped), then the rest (point, fraction, exponent,
    /// '%') verbatim, padded as the spec says. With fill '0' and alignment '=' the zeros go among the digits and are
    /// grouped like them (format(1234, '09,') is '0,001,234').
    /// </summary>
    private static void AppendNumber(ref CharBuffer sb, in FormatSpec spec, char sign, ReadOnlySpan<char> prefix,
        ReadOnlySpan<char> digits, ReadOnlySpan<char> rest, int restCodePoints, char separator, int groupSize)
    {
        long width = spec.Width;
        if (width > MaxWidth)
            NumericError.ThrowMemory();
        int nonDigits = (sign != '\0' ? 1 : 0) + prefix.Length + restCodePoints;
        long minDigits = spec.Fill == '0' && spec.Align == '=' ? width - nonDigits : 0;
        int grouped = digits.Length == 0 ? 0 : GroupedLength(digits.Length, minDigits, separator, groupSize);
        long padding = Math.Max(0, width - nonDigits - grouped);
        long left = 0, middle = 0;
        switch (spec.Align)
        {
            case '<': break;
            case '^': left = padding / 2; break;
            case '=': middle = padding; break;
            default: left = padding; break;
        }
        sb.AppendCodePoint(spec.Fill, left);
        if (sign != '\0')
            sb.Append(sign);
        sb.Append(prefix);
        sb.AppendCodePoint(spec.Fill, middle);
        if (grouped > 0)
            WriteGrouped(sb.AppendSpan(grouped), digits, separator, groupSize);
        sb.Append(rest);
        sb.AppendCodePoint(spec.Fill, padding - left - middle);
    }

    /// <summary>
    /// Length of the digits once grouped from the right in groups of <paramref name="groupSize"/> (separator '\0':
    /// one group) and zero-padded to at least <paramref name="minWidth"/>. A group is never left starting with the
    /// separator: when the padding ends just after one, one more zero is written.
    /// </summary>
    private static int GroupedLength(int count, long minWidth, char separator, int groupSize)
    {
        long remaining = count, min = minWidth, total = 0;
        for (bool first = true; ; first = false)
        {
            if (!first && separator != '\0')
            {
                total++;
                min--;
            }
            long l = Math.Max(Math.Max(remaining, min), 1);
            if (separator != '\0')
                l = Math.Min(groupSize, l);
            total += l;
            remaining -= l;
            min -= l;
            if (remaining <= 0 && min <= 0)
                break;
        }
        if (total > MaxWidth)
            NumericError.ThrowMemory();
        return (int)total;
    }

    private static void WriteGrouped(Span<char> dest, ReadOnlySpan<char> digits, char separator, int groupSize)
    {
        int di = digits.Length - 1;
        int pos = dest.Length - 1;
        int inGroup = 0;
        while (pos >= 0)
        {
            if (separator != '\0' && inGroup == groupSize)
            {
                dest[pos--] = separator;
                inGroup = 0;
                continue;
            }
            dest[pos--] = di >= 0 ? digits[di--] : '0';
            inGroup++;
        }
    }

    private static int CodePoints(ReadOnlySpan<char> s)
    {
        int count = s.Length;
        for (int i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                count--;
                i++;
            }
        }
        return count;
    }

    /// <summary>How many UTF-16 units the first <paramref name="codePoints"/> code points of <paramref name="s"/> take.</summary>
    private static int UnitsOfCodePoints(string s, int codePoints)
    {
        int i = 0;
        for (int n = 0; n < codePoints && i < s.Length; n++)
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        return i;
    }
}
