using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Atoll.Syntax;

/// <summary>
/// Decodes the body of a string or bytes literal: escape sequences as in
/// docs.python.org/3/reference/lexical_analysis.html#escape-sequences, with CPython's warnings and errors.
/// </summary>
internal static class StringDecoder
{
    /// <summary>Decodes a str body: a string, or a <see cref="Ast.CodePointString"/> when escapes produce surrogates.</summary>
    public static object DecodeStr(byte[] src, int s, int e, Parser parser, in Token tok, bool fstring = false)
    {
        bool surrogates = false;
        string text = DecodeStr(src, s, e, parser, tok, fstring, ref surrogates, codePoints: null);
        if (!surrogates)
            return text;
        // Rare: decode again keeping code points apart, so '\ud800\udc00' stays two code points.
        var cps = new List<int>();
        DecodeStr(src, s, e, parser, tok, fstring, ref surrogates, cps);
        return new Ast.CodePointString(cps.ToArray());
    }

    private static string DecodeStr(byte[] src, int s, int e, Parser parser, in Token tok, bool fstring, ref bool surrogates, List<int>? codePoints)
    {
        bool warn = codePoints is null;
        var sb = new StringBuilder(e - s);
        int i = s;
        int runStart = s;
        bool warned = false; // CPython warns about the first invalid escape of a literal only
        while (i < e)
        {
            byte c = src[i];
            if (fstring && (c == '{' || c == '}') && i + 1 < e && src[i + 1] == c)
            {
                sb.Append(Encoding.UTF8.GetString(src, runStart, i - runStart + 1));
                i += 2;
                runStart = i;
                continue;
            }
            if (c != '\\')
            {
                i++;
                continue;
            }
            sb.Append(Encoding.UTF8.GetString(src, runStart, i - runStart));
            int escStart = i;
            i++;
            if (i >= e)
            {
                sb.Append('\\');
                runStart = i;
                break;
            }
            byte n = src[i++];
            switch (n)
            {
                case (byte)'\n': break;
                case (byte)'\\': sb.Append('\\'); break;
                case (byte)'\'': sb.Append('\''); break;
                case (byte)'"': sb.Append('"'); break;
                case (byte)'a': sb.Append('\a'); break;
                case (byte)'b': sb.Append('\b'); break;
                case (byte)'f': sb.Append('\f'); break;
                case (byte)'n': sb.Append('\n'); break;
                case (byte)'r': sb.Append('\r'); break;
                case (byte)'t': sb.Append('\t'); break;
                case (byte)'v': sb.Append('\v'); break;
                case >= (byte)'0' and <= (byte)'7':
                {
                    int v = n - '0';
                    int digits = 1;
                    while (digits < 3 && i < e && src[i] >= '0' && src[i] <= '7')
                    {
                        v = v * 8 + (src[i++] - '0');
                        digits++;
                    }
                    if (v > 0xFF && warn && !warned)
                    {
                        warned = true;
                        parser.AddEscapeWarning($"invalid octal escape sequence '\\{Encoding.ASCII.GetString(src, escStart + 1, i - escStart - 1)}'", tok);
                    }
                    sb.Append((char)v);
                    break;
                }
                case (byte)'x':
                    sb.Append((char)ReadHex(src, ref i, e, 2, escStart - s, parser, tok, "\\xXX"));
                    break;
                case (byte)'u':
                {
                    int cp = ReadHex(src, ref i, e, 4, escStart - s, parser, tok, "\\uXXXX");
                    if (cp is >= 0xD800 and <= 0xDFFF)
                    {
                        surrogates = true;
                        codePoints?.AddRange(Runes(sb));
                        sb.Clear();
                        codePoints?.Add(cp);
                    }
                    if (codePoints is null || cp is < 0xD800 or > 0xDFFF)
                        sb.Append((char)cp);
                    break;
                }
                case (byte)'U':
                {
                    int cp = ReadHex(src, ref i, e, 8, escStart - s, parser, tok, "\\UXXXXXXXX");
                    if (cp > 0x10FFFF)
                        throw parser.StringError($"(unicode error) 'unicodeescape' codec can't decode bytes in position {escStart - s}-{i - s - 1}: illegal Unicode character", tok);
                    if (cp is >= 0xD800 and <= 0xDFFF)
                    {
                        surrogates = true;
                        codePoints?.AddRange(Runes(sb));
                        sb.Clear();
                        codePoints?.Add(cp);
                        if (codePoints is null)
                            sb.Append((char)cp);
                        break;
                    }
                    AppendCodePoint(sb, cp);
                    break;
                }
                case (byte)'N':
                {
                    int close = i < e && src[i] == '{' ? System.Array.IndexOf(src, (byte)'}', i, e - i) : -1;
                    if (close < 0)
                        throw parser.StringError($"(unicode error) 'unicodeescape' codec can't decode bytes in position {escStart - s}-{i - s - 1}: malformed \\N character escape", tok);
                    string name = Encoding.UTF8.GetString(src, i + 1, close - i - 1);
                    int cp = UnicodeNames.Lookup(name);
                    if (cp < 0)
                        throw parser.StringError($"(unicode error) 'unicodeescape' codec can't decode bytes in position {escStart - s}-{close - s}: unknown Unicode character name", tok);
                    AppendCodePoint(sb, cp);
                    i = close + 1;
                    break;
                }
                default:
                {
                    // An unknown escape keeps its backslash (and warns).
                    int len = n < 0x80 ? 1 : n >= 0xF0 ? 4 : n >= 0xE0 ? 3 : 2;
                    string shown = Encoding.UTF8.GetString(src, i - 1, System.Math.Min(len, e - i + 1));
                    if (warn && !(fstring && (n == '{' || n == '}')) && !warned)
                    {
                        warned = true;
                        parser.AddEscapeWarning($"invalid escape sequence '\\{shown}'", tok);
                    }
                    sb.Append('\\');
                    i--; // the character itself is copied as ordinary text
                    break;
                }
            }
            runStart = i;
        }
        if (runStart < e)
            sb.Append(Encoding.UTF8.GetString(src, runStart, e - runStart));
        if (codePoints is not null)
        {
            codePoints.AddRange(Runes(sb));
            return "";
        }
        return sb.ToString();
    }

    // Code points of text built so far, where a lone surrogate written by an escape is its own code point.
    private static IEnumerable<int> Runes(StringBuilder sb)
    {
        string t = sb.ToString();
        for (int k = 0; k < t.Length; k++)
        {
            if (char.IsHighSurrogate(t[k]) && k + 1 < t.Length && char.IsLowSurrogate(t[k + 1]))
            {
                yield return char.ConvertToUtf32(t[k], t[k + 1]);
                k++;
            }
            else
            {
                yield return t[k];
            }
        }
    }

    private static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp >= 0x10000)
            sb.Append(char.ConvertFromUtf32(cp));
        else
            sb.Append((char)cp);
    }

    private static int ReadHex(byte[] src, ref int i, int e, int count, int escPos, Parser parser, in Token tok, string form)
    {
        int v = 0;
        for (int k = 0; k < count; k++)
        {
            if (i >= e || !IsHex(src[i]))
                throw parser.StringError($"(unicode error) 'unicodeescape' codec can't decode bytes in position {escPos}-{escPos + 1 + k}: truncated {form} escape", tok);
            v = v * 16 + HexValue(src[i++]);
        }
        return v;
    }

    private static bool IsHex(byte c) => (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');

    private static int HexValue(byte c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    public static byte[] DecodeBytes(byte[] src, int s, int e, Parser parser, in Token tok)
    {
        var result = new List<byte>(e - s);
        int i = s;
        bool warned = false; // CPython warns about the first invalid escape of a literal only
        while (i < e)
        {
            byte c = src[i++];
            if (c != '\\')
            {
                result.Add(c);
                continue;
            }
            if (i >= e)
            {
                result.Add((byte)'\\');
                break;
            }
            int escStart = i - 1;
            byte n = src[i++];
            switch (n)
            {
                case (byte)'\n': break;
                case (byte)'\\': result.Add((byte)'\\'); break;
                case (byte)'\'': result.Add((byte)'\''); break;
                case (byte)'"': result.Add((byte)'"'); break;
                case (byte)'a': result.Add(7); break;
                case (byte)'b': result.Add(8); break;
                case (byte)'f': result.Add(12); break;
                case (byte)'n': result.Add(10); break;
                case (byte)'r': result.Add(13); break;
                case (byte)'t': result.Add(9); break;
                case (byte)'v': result.Add(11); break;
                case >= (byte)'0' and <= (byte)'7':
                {
                    int v = n - '0';
                    int digits = 1;
                    while (digits < 3 && i < e && src[i] >= '0' && src[i] <= '7')
                    {
                        v = v * 8 + (src[i++] - '0');
                        digits++;
                    }
                    if (v > 0xFF && !warned)
                    {
                        warned = true;
                        parser.AddEscapeWarning($"invalid octal escape sequence '\\{Encoding.ASCII.GetString(src, escStart + 1, i - escStart - 1)}'", tok);
                    }
                    result.Add((byte)v);
                    break;
                }
                case (byte)'x':
                    if (i + 1 < e + 1 && i + 2 <= e && IsHex(src[i]) && IsHex(src[i + 1]))
                    {
                        result.Add((byte)(HexValue(src[i]) * 16 + HexValue(src[i + 1])));
                        i += 2;
                    }
                    else
                    {
                        throw parser.StringError($"(value error) invalid \\x escape at position {escStart - s}", tok);
                    }
                    break;
                default:
                    if (!warned)
                    {
                        warned = true;
                        parser.AddEscapeWarning($"invalid escape sequence '\\{(char)n}'", tok);
                    }
                    result.Add((byte)'\\');
                    result.Add(n);
                    break;
            }
        }
        return result.ToArray();
    }

    /// <summary>Python's repr-free text of a number for messages.</summary>
    public static string Invariant(int v) => v.ToString(CultureInfo.InvariantCulture);
}
