using System;
using System.Collections.Generic;
using System.Text;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Modules.Pickle;

/// <summary>The text encodings pickle uses: UTF-8 that lets lone surrogates through (binary protocols) and the
/// raw-unicode-escape form of protocol 0's UNICODE opcode.</summary>
internal static class PickleText
{
    /// <summary>UTF-8, with a lone surrogate written as its own three bytes (the "surrogatepass" handler).</summary>
    public static byte[] EncodeUtf8SurrogatePass(string s)
    {
        bool simple = true;
        foreach (char c in s)
        {
            if (c >= 0x80)
            {
                simple = false;
                break;
            }
        }
        if (simple)
        {
            var ascii = new byte[s.Length];
            for (int i = 0; i < s.Length; i++)
                ascii[i] = (byte)s[i];
            return ascii;
        }
        var b = new List<byte>(s.Length + 16);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            AppendUtf8(b, cp);
        }
        return b.ToArray();
    }

    private static void AppendUtf8(List<byte> b, int cp)
    {
        if (cp < 0x80)
            b.Add((byte)cp);
        else if (cp < 0x800)
        {
            b.Add((byte)(0xC0 | (cp >> 6)));
            b.Add((byte)(0x80 | (cp & 0x3F)));
        }
        else if (cp < 0x10000)
        {
            b.Add((byte)(0xE0 | (cp >> 12)));
            b.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
            b.Add((byte)(0x80 | (cp & 0x3F)));
        }
        else
        {
            b.Add((byte)(0xF0 | (cp >> 18)));
            b.Add((byte)(0x80 | ((cp >> 12) & 0x3F)));
            b.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
            b.Add((byte)(0x80 | (cp & 0x3F)));
        }
    }

    /// <summary>Decodes UTF-8, accepting encoded surrogates; anything else invalid raises UnicodeDecodeError.</summary>
    public static string DecodeUtf8SurrogatePass(ReadOnlySpan<byte> b)
    {
        var sb = new StringBuilder(b.Length);
        int i = 0;
        while (i < b.Length)
        {
            int c = b[i];
            if (c < 0x80)
            {
                sb.Append((char)c);
                i++;
                continue;
            }
            int need, cp;
            if (c >= 0xC2 && c <= 0xDF)
            {
                need = 1;
                cp = c & 0x1F;
            }
            else if (c >= 0xE0 && c <= 0xEF)
            {
                need = 2;
                cp = c & 0x0F;
            }
            else if (c >= 0xF0 && c <= 0xF4)
            {
                need = 3;
                cp = c & 0x07;
            }
            else
            {
                throw DecodeError(b, i, i + 1, "invalid start byte");
            }
            int j = 1;
            for (; j <= need; j++)
            {
                if (i + j >= b.Length)
                    throw DecodeError(b, i, b.Length, "unexpected end of data");
                int cc = b[i + j];
                bool ok = (cc & 0xC0) == 0x80;
                if (ok && j == 1)
                {
                    // Overlong and out-of-range forms are refused at the second byte, as CPython does.
                    if (c == 0xE0 && cc < 0xA0 || c == 0xF0 && cc < 0x90 || c == 0xF4 && cc > 0x8F)
                        ok = false;
                }
                if (!ok)
                    throw DecodeError(b, i, i + j, "invalid continuation byte");
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp >= 0x10000)
                sb.Append(char.ConvertFromUtf32(cp));
            else
                sb.Append((char)cp);
            i += need + 1;
        }
        return sb.ToString();
    }

    private static PyException DecodeError(ReadOnlySpan<byte> b, int start, int end, string reason)
        => Err.UnicodeDecode("utf-8", b.ToArray(), start, end, reason);

    /// <summary>Protocol 0's text form: Latin-1 characters as themselves, everything else (and the backslash, NUL,
    /// CR, LF and ^Z that would break the line) as <c>\uXXXX</c> or <c>\UXXXXXXXX</c>.</summary>
    public static byte[] EncodeRawUnicodeEscape(string s)
    {
        var b = new List<byte>(s.Length + 8);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            if (cp >= 0x10000)
                AppendAscii(b, "\\U" + cp.ToString("x8", System.Globalization.CultureInfo.InvariantCulture));
            else if (cp >= 0x100 || cp is '\\' or '\0' or '\n' or '\r' or 0x1a)
                AppendAscii(b, "\\u" + cp.ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            else
                b.Add((byte)cp);
        }
        return b.ToArray();
    }

    private static void AppendAscii(List<byte> b, string s)
    {
        foreach (char c in s)
            b.Add((byte)c);
    }

    /// <summary>Decodes raw-unicode-escape: bytes are Latin-1 characters except <c>\uXXXX</c> and <c>\UXXXXXXXX</c>.</summary>
    public static string DecodeRawUnicodeEscape(ReadOnlySpan<byte> b)
    {
        var sb = new StringBuilder(b.Length);
        int i = 0;
        while (i < b.Length)
        {
            byte c = b[i];
            if (c == '\\' && i + 1 < b.Length && (b[i + 1] == 'u' || b[i + 1] == 'U'))
            {
                // An escape only counts after an even number of backslashes.
                int backslashes = 0;
                for (int k = i - 1; k >= 0 && b[k] == '\\'; k--)
                    backslashes++;
                if (backslashes % 2 == 0)
                {
                    int digits = b[i + 1] == 'u' ? 4 : 8;
                    if (i + 2 + digits > b.Length)
                        throw RawDecodeError(b, i, b.Length, digits == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
                    int cp = 0;
                    for (int k = 0; k < digits; k++)
                    {
                        int d = HexValue(b[i + 2 + k]);
                        if (d < 0)
                            throw RawDecodeError(b, i, i + 2 + k, digits == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
                        cp = cp * 16 + d;
                    }
                    if (cp > 0x10FFFF)
                        throw RawDecodeError(b, i, i + 2 + digits, "\\Uxxxxxxxx out of range");
                    sb.Append(cp >= 0x10000 ? char.ConvertFromUtf32(cp) : ((char)cp).ToString());
                    i += 2 + digits;
                    continue;
                }
            }
            sb.Append((char)c);
            i++;
        }
        return sb.ToString();
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    private static PyException RawDecodeError(ReadOnlySpan<byte> b, int start, int end, string reason)
        => Err.UnicodeDecode("rawunicodeescape", b.ToArray(), start, end, reason);

    /// <summary>The contents of a protocol 0 STRING argument: Python 2 string-literal escapes turned into bytes.</summary>
    public static byte[] DecodeStringEscape(ReadOnlySpan<byte> s)
    {
        var b = new List<byte>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            byte c = s[i];
            if (c != '\\' || i + 1 >= s.Length)
            {
                if (c == '\\')
                    throw Err.Value("Trailing \\ in string");
                b.Add(c);
                continue;
            }
            byte n = s[++i];
            switch (n)
            {
                case (byte)'\n': break;
                case (byte)'\\': b.Add((byte)'\\'); break;
                case (byte)'\'': b.Add((byte)'\''); break;
                case (byte)'"': b.Add((byte)'"'); break;
                case (byte)'a': b.Add(7); break;
                case (byte)'b': b.Add(8); break;
                case (byte)'f': b.Add(12); break;
                case (byte)'n': b.Add(10); break;
                case (byte)'r': b.Add(13); break;
                case (byte)'t': b.Add(9); break;
                case (byte)'v': b.Add(11); break;
                case (byte)'x':
                    if (i + 2 < s.Length + 0 && HexValue(s[i + 1]) >= 0 && i + 2 < s.Length && HexValue(s[i + 2]) >= 0)
                    {
                        b.Add((byte)(HexValue(s[i + 1]) * 16 + HexValue(s[i + 2])));
                        i += 2;
                    }
                    else
                    {
                        throw Err.Value($"invalid \\x escape at position {i - 1}");
                    }
                    break;
                case >= (byte)'0' and <= (byte)'7':
                    int v = n - '0';
                    for (int k = 0; k < 2 && i + 1 < s.Length && s[i + 1] >= '0' && s[i + 1] <= '7'; k++)
                        v = v * 8 + (s[++i] - '0');
                    b.Add((byte)v);
                    break;
                default:
                    b.Add((byte)'\\');
                    b.Add(n);
                    break;
            }
        }
        return b.ToArray();
    }
}
