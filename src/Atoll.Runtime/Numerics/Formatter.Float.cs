using System;

namespace Atoll.Runtime.Numerics;

internal static partial class Formatter
{
    /// <summary><c>format(v, spec)</c> for a float.</summary>
    public static string FormatFloat(double v, string spec, string typeName = "float")
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Length == 0)
            return FloatFormat.Repr(v);
        return FormatFloat(v, FormatSpec.Parse(spec, typeName, '\0', '>'), typeName);
    }

    /// <summary>
    /// <c>format(v, spec)</c> for a float with the spec parsed (default type '\0', alignment '&gt;'). No type means
    /// repr's digits, or with a precision 'g' that keeps at least one digit after the point.
    /// </summary>
    public static string FormatFloat(double v, in FormatSpec spec, string typeName = "float")
    {
        int type = spec.Type;
        if (type is not ('\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n' or '%'))
            throw FormatSpec.UnknownCode(type, typeName);
        if (spec.Precision > int.MaxValue)
            NumericError.ThrowValue("precision too big");
        var flags = spec.Alternate ? FloatFormatFlags.Alternate : FloatFormatFlags.None;
        int defaultPrecision = 6;
        if (type == '\0')
        {
            flags |= FloatFormatFlags.AddDot0;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n')
            type = 'g';
        bool percent = false;
        if (type == '%')
        {
            type = 'f';
            v *= 100;
            percent = true;
        }
        int precision = (int)spec.Precision;
        if (precision < 0)
            precision = defaultPrecision;
        else if (type == 'r')
            type = 'g';

        var body = new CharBuffer(stackalloc char[64]);
        bool isZero = FloatFormat.AppendUnsigned(ref body, v, (char)type, precision, flags);
        if (percent)
            body.Append('%');
        bool negative = double.IsNegative(v) && !double.IsNaN(v) && !(isZero && spec.NoNegativeZero);
        char sign = negative ? '-' : spec.Sign is '+' or ' ' ? spec.Sign : '\0';

        ReadOnlySpan<char> text = body.Written;
        int wholeDigits = 0;
        while (wholeDigits < text.Length && char.IsAsciiDigit(text[wholeDigits]))
            wholeDigits++;
        char separator = spec.Type == 'n' ? '\0' : spec.Grouping;
        var sb = new CharBuffer(stackalloc char[64]);
        AppendNumber(ref sb, spec, sign, default, text[..wholeDigits], text[wholeDigits..], text.Length - wholeDigits, separator, 3);
        string result = sb.ToString();
        sb.Dispose();
        body.Dispose();
        return result;
    }
}
