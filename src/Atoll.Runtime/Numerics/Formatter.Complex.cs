using System;

namespace Atoll.Runtime.Numerics;

internal static partial class Formatter
{
    /// <summary>
    /// <c>format(z, spec)</c> for a complex. Without a type the layout is str(z)'s: "(re±imj)", or "imj" alone when the
    /// real part is +0.0; with a type both parts are written in it ("re±imj", no parentheses). The padding applies to
    /// the whole; zero padding and '=' alignment are refused, as in CPython.
    /// </summary>
    public static string FormatComplex(double re, double im, string spec, string typeName = "complex")
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Length == 0)
            return FloatFormat.ReprComplex(re, im);
        var fs = FormatSpec.Parse(spec, typeName, '\0', '>');
        int type = fs.Type;
        if (type is not ('\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n'))
            throw FormatSpec.UnknownCode(type, typeName);
        if (fs.Precision > int.MaxValue)
            NumericError.ThrowValue("precision too big");
        if (fs.Fill == '0')
            NumericError.ThrowValue("Zero padding is not allowed in complex format specifier");
        if (fs.Align == '=')
            NumericError.ThrowValue("'=' alignment flag is not allowed in complex format specifier");
        var flags = fs.Alternate ? FloatFormatFlags.Alternate : FloatFormatFlags.None;
        int defaultPrecision = 6;
        bool skipReal = false, parens = false;
        if (type == '\0')
        {
            type = 'r';
            defaultPrecision = 0;
            if (re == 0 && !double.IsNegative(re))
                skipReal = true;
            else
                parens = true;
        }
        if (type == 'n')
            type = 'g';
        int precision = (int)fs.Precision;
        if (precision < 0)
            precision = defaultPrecision;
        else if (type == 'r')
            type = 'g';
        char separator = fs.Type == 'n' ? '\0' : fs.Grouping;
        var parts = fs with { Width = -1, Align = '<' };

        var sb = new CharBuffer(stackalloc char[96]);
        if (parens)
            sb.Append('(');
        if (!skipReal)
            sb.Append(ComplexPart(re, (char)type, precision, flags, parts, fs.Sign is '+' or ' ' ? fs.Sign : '\0', separator));
        sb.Append(ComplexPart(im, (char)type, precision, flags, parts, skipReal ? (fs.Sign is '+' or ' ' ? fs.Sign : '\0') : '+', separator));
        sb.Append('j');
        if (parens)
            sb.Append(')');
        string body = sb.ToString();
        sb.Dispose();
        if (fs.Width <= body.Length)
            return body;
        var padded = new CharBuffer(stackalloc char[128]);
        Pad(ref padded, body, body.Length, fs.Width, fs.Fill, fs.Align);
        string result = padded.ToString();
        padded.Dispose();
        return result;
    }

    private static string ComplexPart(double v, char type, int precision, FloatFormatFlags flags, in FormatSpec spec, char positiveSign, char separator)
    {
        var digits = new CharBuffer(stackalloc char[64]);
        bool isZero = FloatFormat.AppendUnsigned(ref digits, v, type, precision, flags);
        bool negative = double.IsNegative(v) && !double.IsNaN(v) && !(isZero && spec.NoNegativeZero);
        char sign = negative ? '-' : positiveSign;
        ReadOnlySpan<char> text = digits.Written;
        int whole = 0;
        while (whole < text.Length && char.IsAsciiDigit(text[whole]))
            whole++;
        var sb = new CharBuffer(stackalloc char[64]);
        AppendNumber(ref sb, spec, sign, default, text[..whole], text[whole..], text.Length - whole, separator, 3);
        string result = sb.ToString();
        sb.Dispose();
        digits.Dispose();
        return result;
    }
}
