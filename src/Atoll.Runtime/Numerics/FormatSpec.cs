using System;
using System.Globalization;

namespace Atoll.Runtime.Numerics;

/// <summary>
/// A parsed format specification, the mini-language of <c>format()</c>, <c>str.format</c> and f-strings
/// (docs.python.org/3/library/string.html#format-specification-mini-language):
/// <c>[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]</c>, with CPython 3.13's defaults
/// and error messages.
/// </summary>
internal readonly struct FormatSpec
{
    /// <summary>The fill code point (a space unless given; '0' after the "0" option).</summary>
    public int Fill { get; init; }

    /// <summary>'&lt;', '&gt;', '^' or '='.</summary>
    public char Align { get; init; }

    /// <summary>'\0' when not given (which acts as '-'), '-', '+' or ' '.</summary>
    public char Sign { get; init; }

    /// <summary>The 'z' option: a negative zero after rounding is written without its sign.</summary>
    public bool NoNegativeZero { get; init; }

    /// <summary>The '#' option.</summary>
    public bool Alternate { get; init; }

    /// <summary>Minimum width in code points, or -1.</summary>
    public long Width { get; init; }

    /// <summary>'\0' (none), ',' or '_'.</summary>
    public char Grouping { get; init; }

    /// <summary>Precision, or -1.</summary>
    public long Precision { get; init; }

    /// <summary>The presentation type as a code point; the object's default type when the spec gives none.</summary>
    public int Type { get; init; }

    /// <summary>
    /// Parses <paramref name="spec"/> for an object whose type is named <paramref name="typeName"/> (for messages),
    /// whose presentation type defaults to <paramref name="defaultType"/> ('d' for int, '\0' for float, 's' for str)
    /// and whose alignment defaults to <paramref name="defaultAlign"/> ('&gt;' for numbers, '&lt;' for str).
    /// </summary>
    public static FormatSpec Parse(string spec, string typeName, int defaultType, char defaultAlign)
    {
        ArgumentNullException.ThrowIfNull(spec);
        int fill = ' ';
        char align = defaultAlign;
        bool fillSpecified = false, alignSpecified = false;
        int pos = 0;
        int end = spec.Length;

        // [[fill]align]: the fill may be any code point, a surrogate pair included.
        int first = end > 0 ? char.IsHighSurrogate(spec[0]) && end > 1 && char.IsLowSurrogate(spec[1]) ? char.ConvertToUtf32(spec[0], spec[1]) : spec[0] : -1;
        int firstLen = first > 0xFFFF ? 2 : 1;
        if (first >= 0 && end > firstLen && IsAlign(spec[firstLen]))
        {
            fill = first;
            align = spec[firstLen];
            fillSpecified = alignSpecified = true;
            pos = firstLen + 1;
        }
        else if (first >= 0 && IsAlign(spec[0]))
        {
            align = spec[0];
            alignSpecified = true;
            pos = 1;
        }

        char sign = '\0';
        if (pos < end && spec[pos] is '+' or '-' or ' ')
            sign = spec[pos++];
        bool noNegZero = false;
        if (pos < end && spec[pos] == 'z')
        {
            noNegZero = true;
            pos++;
        }
        bool alternate = false;
        if (pos < end && spec[pos] == '#')
        {
            alternate = true;
            pos++;
        }
        // The "0" option: zero fill, and for numbers sign-aware padding, unless a fill or alignment was given.
        if (!fillSpecified && pos < end && spec[pos] == '0')
        {
            fill = '0';
            if (!alignSpecified && defaultAlign == '>')
                align = '=';
            pos++;
        }

        long width = ReadInteger(spec, ref pos);

        char grouping = '\0';
        if (pos < end && spec[pos] == ',')
        {
            grouping = ',';
            pos++;
        }
        if (pos < end && spec[pos] == '_')
        {
            if (grouping != '\0')
                NumericError.ThrowValue("Cannot specify both ',' and '_'.");
            grouping = '_';
            pos++;
        }
        if (pos < end && spec[pos] == ',' && grouping == '_')
            NumericError.ThrowValue("Cannot specify both ',' and '_'.");

        long precision = -1;
        if (pos < end && spec[pos] == '.')
        {
            pos++;
            precision = ReadInteger(spec, ref pos);
            if (precision < 0)
                NumericError.ThrowValue("Format specifier missing precision");
        }

        int type = defaultType;
        int rest = CodePointCount(spec, pos);
        if (rest > 1)
            NumericError.ThrowValue("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        if (rest == 1)
            type = char.IsHighSurrogate(spec[pos]) ? char.ConvertToUtf32(spec[pos], spec[pos + 1]) : spec[pos];

        if (grouping != '\0')
        {
            switch (type)
            {
                case 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or '\0':
                    break;
                case 'b' or 'o' or 'x' or 'X' when grouping == '_':
                    break;
                default:
                    NumericError.ThrowValue("Cannot specify '" + grouping + "' with " + QuoteTypeCode(type) + ".");
                    break;
            }
        }

        return new FormatSpec
        {
            Fill = fill,
            Align = align,
            Sign = sign,
            NoNegativeZero = noNegZero,
            Alternate = alternate,
            Width = width,
            Grouping = grouping,
            Precision = precision,
            Type = type,
        };
    }

    /// <summary>A presentation type as CPython quotes it in messages: 'x' when printable ASCII, else '\x..'.</summary>
    public static string QuoteTypeCode(int type) => type > 32 && type < 127
        ? "'" + (char)type + "'"
        : "'\\x" + type.ToString("x", CultureInfo.InvariantCulture) + "'";

    /// <summary>The ValueError for a presentation type the object does not support.</summary>
    public static NumericError UnknownCode(int type, string typeName) =>
        new("ValueError", "Unknown format code " + QuoteTypeCode(type) + " for object of type '" + typeName + "'");

    private static bool IsAlign(char c) => c is '<' or '>' or '=' or '^';

    /// <summary>Reads decimal digits (any script, as CPython); -1 when there are none.</summary>
    private static long ReadInteger(string spec, ref int pos)
    {
        long value = 0;
        int count = 0;
        while (pos < spec.Length)
        {
            int cp = spec[pos];
            int len = 1;
            if (char.IsHighSurrogate(spec[pos]) && pos + 1 < spec.Length && char.IsLowSurrogate(spec[pos + 1]))
            {
                cp = char.ConvertToUtf32(spec[pos], spec[pos + 1]);
                len = 2;
            }
            int d = UnicodeDigits.DecimalValue(cp);
            if (d < 0)
                break;
            if (value > (long.MaxValue - d) / 10)
                NumericError.ThrowValue("Too many decimal digits in format string");
            value = value * 10 + d;
            count++;
            pos += len;
        }
        return count == 0 ? -1 : value;
    }

    private static int CodePointCount(string s, int from)
    {
        int count = 0;
        for (int i = from; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                i++;
            count++;
        }
        return count;
    }
}
