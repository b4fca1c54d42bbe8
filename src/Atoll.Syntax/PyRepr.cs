using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Atoll.Syntax;

/// <summary>
/// <c>repr()</c> of the constant kinds the parser produces, exactly as CPython 3.13 writes them
/// (docs.python.org/3/library/functions.html#repr). The runtime reuses these for its own objects.
/// </summary>
public static class PyRepr
{
    /// <summary>repr of a str: quotes chosen as CPython does, non-printable code points escaped.</summary>
    public static string Str(string s)
    {
        bool hasSingle = s.Contains('\'', StringComparison.Ordinal);
        char quote = hasSingle && !s.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(c, s[i + 1]);
                i++;
            }
            AppendCodePoint(sb, cp, quote);
        }
        sb.Append(quote);
        return sb.ToString();
    }

    /// <summary>repr of a str given as code points (it may hold lone surrogates).</summary>
    public static string Str(ReadOnlySpan<int> codePoints)
    {
        bool hasSingle = codePoints.Contains('\'');
        char quote = hasSingle && !codePoints.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(codePoints.Length + 2);
        sb.Append(quote);
        foreach (int cp in codePoints)
            AppendCodePoint(sb, cp, quote);
        sb.Append(quote);
        return sb.ToString();
    }

    private static void AppendCodePoint(StringBuilder sb, int cp, char quote)
    {
        switch (cp)
        {
            case '\\': sb.Append("\\\\"); return;
            case '\t': sb.Append("\\t"); return;
            case '\n': sb.Append("\\n"); return;
            case '\r': sb.Append("\\r"); return;
        }
        if (cp == quote)
        {
            sb.Append('\\').Append(quote);
            return;
        }
        if (cp < 0x7f && cp >= 0x20)
        {
            sb.Append((char)cp);
            return;
        }
        if (cp < 0x80 || !IsPrintable(cp))
        {
            if (cp <= 0xff)
                sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp <= 0xffff)
                sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            else
                sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
            return;
        }
        if (cp > 0xffff)
            sb.Append(char.ConvertFromUtf32(cp));
        else
            sb.Append((char)cp);
    }

    /// <summary>Python's <c>str.isprintable</c> for one code point (CPython 3.13's Unicode 15.1 data).</summary>
    public static bool IsPrintable(int cp) => cp < 0x80 ? cp >= 0x20 && cp < 0x7f : UnicodeTables.InRanges(UnicodeTables.Printable, cp);

    /// <summary>repr of a bytes object.</summary>
    public static string Bytes(ReadOnlySpan<byte> b)
    {
        char quote = b.Contains((byte)'\'') && !b.Contains((byte)'"') ? '"' : '\'';
        var sb = new StringBuilder(b.Length + 3);
        sb.Append('b').Append(quote);
        foreach (byte c in b)
        {
            if (c == quote || c == '\\')
                sb.Append('\\').Append((char)c);
            else if (c == '\t')
                sb.Append("\\t");
            else if (c == '\n')
                sb.Append("\\n");
            else if (c == '\r')
                sb.Append("\\r");
            else if (c < 0x20 || c >= 0x7f)
                sb.Append("\\x").Append(c.ToString("x2", CultureInfo.InvariantCulture));
            else
                sb.Append((char)c);
        }
        sb.Append(quote);
        return sb.ToString();
    }

    /// <summary>repr of a float: the shortest string that round-trips, in CPython's layout.</summary>
    public static string Float(double d) => FormatShortest(d, forceDecimalPoint: true);

    /// <summary>repr of a complex number.</summary>
    public static string Complex(Complex c)
    {
        // CPython omits the real part only when it is +0.0.
        if (c.Real == 0 && !double.IsNegative(c.Real))
            return FormatShortest(c.Imaginary, false) + "j";
        string re = FormatShortest(c.Real, false);
        string im = FormatShortest(c.Imaginary, false);
        string sign = im.StartsWith('-') ? "" : "+";
        return "(" + re + sign + im + "j)";
    }

    /// <summary>Formats a double the way CPython's <c>float_repr_style = 'short'</c> does (format code 'r').</summary>
    public static string FormatShortest(double d, bool forceDecimalPoint)
    {
        if (double.IsNaN(d))
            return "nan";
        if (double.IsInfinity(d))
            return d > 0 ? "inf" : "-inf";
        // .NET's "R" gives the shortest round-tripping digits; only the layout differs from Python's.
        string shortest = d.ToString("R", CultureInfo.InvariantCulture);
        bool negative = shortest.StartsWith('-');
        if (negative)
            shortest = shortest[1..];
        int exp = 0;
        int e = shortest.IndexOfAny(['E', 'e']);
        string mant = shortest;
        if (e >= 0)
        {
            exp = int.Parse(shortest.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mant = shortest[..e];
        }
        int dot = mant.IndexOf('.', StringComparison.Ordinal);
        string digits;
        int pointPos; // digits[0..pointPos] are before the decimal point
        if (dot >= 0)
        {
            digits = mant.Remove(dot, 1);
            pointPos = dot;
        }
        else
        {
            digits = mant;
            pointPos = mant.Length;
        }
        // Strip leading zeros (0.001 -> digits "0001").
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
            lead++;
        digits = digits[lead..];
        pointPos -= lead;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
            pointPos = 1;
            exp = 0;
        }
        int decExp = pointPos + exp; // value = 0.digits * 10^decExp
        var sb = new StringBuilder();
        if (negative)
            sb.Append('-');
        int sciExp = decExp - 1;
        if (sciExp < -4 || sciExp >= 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1)
                sb.Append('.').Append(digits, 1, digits.Length - 1);
            sb.Append('e').Append(sciExp < 0 ? '-' : '+');
            int a = Math.Abs(sciExp);
            if (a < 10)
                sb.Append('0');
            sb.Append(a.ToString(CultureInfo.InvariantCulture));
            return sb.ToString();
        }
        if (decExp <= 0)
        {
            sb.Append("0.").Append('0', -decExp).Append(digits);
        }
        else if (decExp >= digits.Length)
        {
            sb.Append(digits).Append('0', decExp - digits.Length);
            if (forceDecimalPoint)
                sb.Append(".0");
        }
        else
        {
            sb.Append(digits, 0, decExp).Append('.').Append(digits, decExp, digits.Length - decExp);
        }
        return sb.ToString();
    }

    /// <summary>repr of any constant value the parser produces (see <see cref="Ast.ConstantValue"/>).</summary>
    public static string Constant(object value) => value switch
    {
        bool b => b ? "True" : "False",
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        BigInteger big => big.ToString(CultureInfo.InvariantCulture),
        double d => Float(d),
        Complex c => Complex(c),
        string s => Str(s),
        Ast.BytesValue b => Bytes(b.Span),
        Ast.CodePointString cps => Str(cps.CodePoints),
        _ => value.ToString() ?? "",
    };
}
