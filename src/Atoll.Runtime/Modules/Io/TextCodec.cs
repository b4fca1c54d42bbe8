using System;
using System.Text;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Modules.Io;

/// <summary>
/// An incremental decoder and an encoder for the encodings text files support (UTF-8, ASCII, Latin-1) with the
/// error handlers <c>strict</c>, <c>replace</c>, <c>ignore</c>, <c>surrogateescape</c> and <c>backslashreplace</c>.
/// The decoders are stateless between calls (an incomplete sequence at the end of a chunk is left unconsumed), which
/// is what lets a text file's <c>tell()</c> be a plain byte position. Error positions and reasons are CPython's.
/// </summary>
internal sealed class TextCodec
{
    public readonly string Name;
    public readonly string Errors;

    private TextCodec(string name, string errors)
    {
        Name = name;
        Errors = errors;
    }

    /// <summary>The codec for an encoding name, or a LookupError.</summary>
    public static TextCodec For(string encoding, string errors)
    {
        var n = Codecs.Normalize(encoding);
        if (n is not ("utf-8" or "ascii" or "latin-1"))
            throw Err.New(BuiltinTypes.LookupError, $"unknown encoding: {encoding}");
        return new TextCodec(n, errors);
    }

    public byte[] Encode(string s) => Codecs.Encode(s, Name, Errors);

    /// <summary>Decodes <paramref name="b"/> into <paramref name="sb"/>; returns how many bytes were consumed (fewer
    /// than all only when <paramref name="final"/> is false and the input ends inside a sequence, or when
    /// <paramref name="maxChars"/> chars were produced).</summary>
    public int Decode(ReadOnlySpan<byte> b, bool final, StringBuilder? sb, int maxChars = int.MaxValue)
    {
        int i = 0, produced = 0;
        while (i < b.Length && produced < maxChars)
        {
            int step = Step(b, i, final, sb, ref produced);
            if (step == 0)
                break;
            i += step;
        }
        return i;
    }

    /// <summary>The number of bytes at the start of <paramref name="b"/> that decode to the first
    /// <paramref name="chars"/> UTF-16 chars.</summary>
    public int ByteCount(ReadOnlySpan<byte> b, int chars)
    {
        if (Name == "latin-1")
            return Math.Min(chars, b.Length);
        if (chars == 0)
            return 0;
        return Decode(b, true, null, chars);
    }

    // Decodes one character or one error at b[i]; 0 means "incomplete, wait for more".
    private int Step(ReadOnlySpan<byte> b, int i, bool final, StringBuilder? sb, ref int produced)
    {
        byte x = b[i];
        if (x < 0x80 || Name == "latin-1")
        {
            sb?.Append((char)x);
            produced++;
            return 1;
        }
        if (Name == "ascii")
            return Error(b, i, 1, "ordinal not in range(128)", sb, ref produced);
        int need;
        byte lo = 0x80, hi = 0xBF;
        if (x is >= 0xC2 and <= 0xDF)
            need = 1;
        else if (x is >= 0xE0 and <= 0xEF)
        {
            need = 2;
            if (x == 0xE0)
                lo = 0xA0;
            else if (x == 0xED)
                hi = 0x9F;
        }
        else if (x is >= 0xF0 and <= 0xF4)
        {
            need = 3;
            if (x == 0xF0)
                lo = 0x90;
            else if (x == 0xF4)
                hi = 0x8F;
        }
        else
            return Error(b, i, 1, "invalid start byte", sb, ref produced);
        int cp = x & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
        for (int k = 1; k <= need; k++)
        {
            if (i + k >= b.Length)
                return final ? Error(b, i, b.Length - i, "unexpected end of data", sb, ref produced) : 0;
            byte c = b[i + k];
            byte l = k == 1 ? lo : (byte)0x80, h = k == 1 ? hi : (byte)0xBF;
            if (c < l || c > h)
                return Error(b, i, k, "invalid continuation byte", sb, ref produced);
            cp = (cp << 6) | (c & 0x3F);
        }
        if (sb != null)
        {
            if (cp < 0x10000)
                sb.Append((char)cp);
            else
                sb.Append(char.ConvertFromUtf32(cp));
        }
        produced += cp < 0x10000 ? 1 : 2;
        return need + 1;
    }

    private int Error(ReadOnlySpan<byte> b, int start, int len, string reason, StringBuilder? sb, ref int produced)
    {
        switch (Errors)
        {
            case "strict":
                throw Err.UnicodeDecode(Name, b.ToArray(), start, start + len, reason);
            case "ignore":
                return len;
            case "replace":
                sb?.Append('\uFFFD');
                produced++;
                return len;
            case "surrogateescape":
                for (int k = 0; k < len; k++)
                {
                    if (b[start + k] < 0x80)
                        throw Err.UnicodeDecode(Name, b.ToArray(), start, start + len, reason);
                    sb?.Append((char)(0xDC00 + b[start + k]));
                }
                produced += len;
                return len;
            case "backslashreplace":
                for (int k = 0; k < len; k++)
                    sb?.Append("\\x").Append(b[start + k].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                produced += 4 * len;
                return len;
            default:
                throw Err.New(BuiltinTypes.LookupError, $"unknown error handler name '{Errors}'");
        }
    }
}
