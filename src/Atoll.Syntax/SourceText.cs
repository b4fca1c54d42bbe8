using System;
using System.Collections.Generic;
using System.Text;

namespace Atoll.Syntax;

/// <summary>
/// A source file made ready for the tokenizer: decoded per PEP 263 (BOM, coding cookie) and re-encoded as UTF-8,
/// with newlines translated to <c>\n</c> as CPython's file reader does. Knows where each line starts, to give
/// error messages their line text and character offsets.
/// </summary>
public sealed class SourceText
{
    private int[]? _lineStarts;

    // Offsets (in Utf8) of the newlines that were "\r\n" in the file, ascending; null when there were none. The
    // tokenize module reports those newlines as they were written.
    private readonly int[]? _crlfNewlines;

    // The line last asked for, decoded. A line can carry thousands of warnings (a string of invalid escapes each),
    // and each builds a SyntaxWarning with the line's text and character offsets: decoding the line every time made
    // that quadratic (20,000 "\d" on one line took 8 s). Immutable, so threads sharing a source at worst redo it.
    private LineText? _lastLine;

    private LineCount? _lastCount;

    private sealed record LineText(int Lineno, string? Text, bool Ascii);

    private sealed record LineCount(int Lineno, int End, int Chars);

    private SourceText(byte[] utf8, string filename, int[]? crlfNewlines = null)
    {
        Utf8 = utf8;
        Filename = filename;
        _crlfNewlines = crlfNewlines;
    }

    /// <summary>The source as UTF-8 with <c>\n</c> newlines.</summary>
    public byte[] Utf8 { get; }

    public string Filename { get; }

    /// <summary>Reads source bytes as CPython reads a file: BOM, coding cookie, newline translation.</summary>
    /// <exception cref="PythonSyntaxException">Undecodable bytes, an unknown encoding or a null byte.</exception>
    public static SourceText FromBytes(ReadOnlySpan<byte> raw, string filename) => FromBytes(raw, filename, script: false);

    /// <summary>Reads source bytes as <see cref="FromBytes(ReadOnlySpan{byte}, string)"/>; with <paramref name="script"/>,
    /// decoding problems are reported as CPython reports them for the file it runs (<c>python file.py</c>), whose reader
    /// differs from <c>compile()</c>'s: no location for encoding problems, the line of a null byte.</summary>
    public static SourceText FromBytes(ReadOnlySpan<byte> raw, string filename, bool script)
    {
        bool bom = raw.Length >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF;
        if (bom)
            raw = raw[3..];
        string? cookie = FindCodingCookie(raw, out int cookieLine);
        // After a BOM, only a cookie whose normal name is exactly utf-8 is accepted (not even "utf8").
        if (bom && cookie is not null && NormalEncodingName(cookie) != "utf-8")
            throw new PythonSyntaxException("SyntaxError", $"encoding problem: {NormalEncodingName(cookie)} with BOM", script ? "" : filename, 0, -1, 0, -1, null);
        byte[] utf8;
        if (bom && cookie is not null && NormalizeEncodingName(cookie) is var n && n != "utf-8" && !n.StartsWith("utf-8-", StringComparison.Ordinal))
            throw new PythonSyntaxException("SyntaxError", $"encoding problem: {cookie} with BOM", filename, 0, -1, 0, -1, null);
        if (cookie is not null && !IsUtf8Name(cookie))
        {
            Encoding? enc = LookupEncoding(cookie);
            if (enc is null && script)
                throw new PythonSyntaxException("SyntaxError", $"encoding problem: {NormalEncodingName(cookie)}", "", 0, -1, 0, -1, null);
            if (enc is null)
                throw new PythonSyntaxException("SyntaxError", $"unknown encoding: {cookie}", filename, cookieLine, -1, cookieLine, -1, null);
            utf8 = Encoding.UTF8.GetBytes(enc.GetString(raw));
        }
        else
        {
            utf8 = raw.ToArray();
            ValidateUtf8(utf8, filename, script && cookie is null && !bom);
        }
        int nul = Array.IndexOf(utf8, (byte)0);
        if (nul >= 0 && script)
        {
            // CPython's file reader stops at the null byte: the error is on its line, with the text before it.
            int lineStart = nul;
            while (lineStart > 0 && utf8[lineStart - 1] != (byte)'\n')
                lineStart--;
            int line = 1 + utf8.AsSpan(0, lineStart).Count((byte)'\n');
            string text = Encoding.UTF8.GetString(utf8, lineStart, nul - lineStart);
            throw new PythonSyntaxException("SyntaxError", "source code cannot contain null bytes", filename, line, 0, line, 0, text);
        }
        if (nul >= 0)
            throw new PythonSyntaxException("SyntaxError", "source code cannot contain null bytes", filename, 0, -1, 0, -1, null);
        return new SourceText(TranslateNewlines(utf8, out int[]? crlf), filename, crlf);
    }

    /// <summary>
    /// Source that is already valid UTF-8 (undecodable bytes replaced), for the tokenize module: no cookie is
    /// honoured, null bytes are left to the caller, and which newlines were <c>\r\n</c> is remembered.
    /// </summary>
    internal static SourceText FromUtf8ForTokenize(byte[] utf8, string filename)
    {
        byte[] translated = TranslateNewlines(utf8, out int[]? crlf);
        return new SourceText(translated, filename, crlf);
    }

    /// <summary>Whether the newline at offset <paramref name="newline"/> of <see cref="Utf8"/> was <c>\r\n</c> in the
    /// file (a source made from a string does not know).</summary>
    internal bool IsCrlf(int newline) => _crlfNewlines is not null && Array.BinarySearch(_crlfNewlines, newline) >= 0;

    /// <summary>A source given as a string (<c>compile(str, ...)</c>): no cookie is honoured.</summary>
    public static SourceText FromString(string source, string filename)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(source);
        if (Array.IndexOf(utf8, (byte)0) >= 0)
            throw new PythonSyntaxException("SyntaxError", "source code string cannot contain null bytes", filename, 0, -1, 0, -1, null);
        return new SourceText(TranslateNewlines(utf8, out _), filename);
    }

    private static void ValidateUtf8(byte[] bytes, string filename, bool script)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
            return;
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length].AsSpan(), out int read, out _, replaceInvalidSequences: false);
        if (status == System.Buffers.OperationStatus.Done)
            return;
        // CPython reports the line the bad byte is on, without a column.
        int line = 1;
        for (int i = 0; i < read; i++)
        {
            if (bytes[i] == (byte)'\n')
                line++;
        }
        int lineStart = read;
        while (lineStart > 0 && bytes[lineStart - 1] != (byte)'\n')
            lineStart--;
        if (script)
        {
            throw new PythonSyntaxException("SyntaxError", $"Non-UTF-8 code starting with '\\x{bytes[read]:x2}' in file {filename} on line {line}, " +
                "but no encoding declared; see https://peps.python.org/pep-0263/ for details", "", 0, -1, 0, -1, null);
        }
        string msg = $"(unicode error) 'utf-8' codec can't decode byte 0x{bytes[read]:x2} in position {read - lineStart}: " +
                     (IsContinuation(bytes[read]) || bytes[read] >= 0xF8 || bytes[read] == 0xC0 || bytes[read] == 0xC1 ? "invalid start byte" :
                         read + 1 < bytes.Length && !IsContinuation(bytes[read + 1]) ? "invalid continuation byte" : "unexpected end of data");
        throw new PythonSyntaxException("SyntaxError", msg, filename, line, -1, line, -1, null);
    }

    private static bool IsContinuation(byte b) => (b & 0xC0) == 0x80;

    private static byte[] TranslateNewlines(byte[] s, out int[]? crlfNewlines)
    {
        crlfNewlines = null;
        if (Array.IndexOf(s, (byte)'\r') < 0)
            return s;
        var result = new byte[s.Length];
        var crlf = new List<int>();
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            byte b = s[i];
            if (b == (byte)'\r')
            {
                if (i + 1 < s.Length && s[i + 1] == (byte)'\n')
                {
                    crlf.Add(n);
                    i++;
                }
                result[n++] = (byte)'\n';
            }
            else
            {
                result[n++] = b;
            }
        }
        if (crlf.Count > 0)
            crlfNewlines = crlf.ToArray();
        return result.AsSpan(0, n).ToArray();
    }

    // PEP 263: a comment matching `coding[:=]\s*([-\w.]+)` on line 1, or on line 2 when line 1 is a comment or blank.
    private static string? FindCodingCookie(ReadOnlySpan<byte> raw, out int lineNo)
    {
        lineNo = 0;
        int start = 0;
        for (int line = 1; line <= 2 && start < raw.Length; line++)
        {
            int end = raw[start..].IndexOfAny((byte)'\n', (byte)'\r');
            end = end < 0 ? raw.Length : start + end;
            var text = raw[start..end];
            int i = 0;
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\f'))
                i++;
            if (i < text.Length && text[i] == '#')
            {
                string? name = MatchCookie(text[i..]);
                if (name is not null)
                {
                    lineNo = line;
                    return name;
                }
            }
            else if (i < text.Length)
            {
                return null; // a line of code: no cookie on the next line
            }
            start = end + 1;
            if (end < raw.Length && raw[end] == '\r' && end + 1 < raw.Length && raw[end + 1] == '\n')
                start++;
        }
        return null;
    }

    private static string? MatchCookie(ReadOnlySpan<byte> comment)
    {
        ReadOnlySpan<byte> coding = "coding"u8;
        for (int i = comment.IndexOf(coding); i >= 0;)
        {
            int j = i + coding.Length;
            if (j < comment.Length && (comment[j] == ':' || comment[j] == '='))
            {
                j++;
                while (j < comment.Length && (comment[j] == ' ' || comment[j] == '\t'))
                    j++;
                int k = j;
                while (k < comment.Length && (char.IsAsciiLetterOrDigit((char)comment[k]) || comment[k] == '-' || comment[k] == '_' || comment[k] == '.'))
                    k++;
                if (k > j)
                    return Encoding.ASCII.GetString(comment[j..k]);
            }
            int next = comment[(i + 1)..].IndexOf(coding);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return null;
    }

    // How CPython's tokenizer names an encoding in its messages: the utf-8 and latin-1 families by their
    // canonical names, any other name as written.
    private static string NormalEncodingName(string name)
    {
        string n = (name.Length > 12 ? name[..12] : name).ToLowerInvariant().Replace('_', '-');
        if (n == "utf-8" || n.StartsWith("utf-8-", StringComparison.Ordinal))
            return "utf-8";
        foreach (string latin in (ReadOnlySpan<string>)["latin-1", "iso-8859-1", "iso-latin-1"])
        {
            if (n == latin || n.StartsWith(latin + "-", StringComparison.Ordinal))
                return "iso-8859-1";
        }
        return name;
    }

    private static string NormalizeEncodingName(string name) =>
        name.ToLowerInvariant().Replace('_', '-');

    internal static bool IsUtf8Name(string name)
    {
        string n = NormalizeEncodingName(name);
        return n is "utf-8" or "utf8" or "utf-8-sig" || n.StartsWith("utf-8-", StringComparison.Ordinal);
    }

    /// <summary>The codec for a coding cookie other than UTF-8, or null when it is unknown.</summary>
    internal static Encoding? LookupEncoding(string name)
    {
        string n = NormalizeEncodingName(name);
        n = n switch
        {
            "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" or "8859" or "cp819" or "l1" or "iso-latin-1" => "iso-8859-1",
            "ascii" or "us-ascii" or "646" => "us-ascii",
            _ when n.StartsWith("iso8859-", StringComparison.Ordinal) => "iso-8859-" + n[8..],
            _ when n.StartsWith("latin-", StringComparison.Ordinal) => LatinAlias(n[6..]),
            _ => n,
        };
        try
        {
            return n switch
            {
                "iso-8859-1" => Encoding.Latin1,
                "us-ascii" => Encoding.ASCII,
                _ => CodePagesEncodingProvider.Instance.GetEncoding(n) ?? Encoding.GetEncoding(n),
            };
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string LatinAlias(string k) => k switch
    {
        "2" => "iso-8859-2", "3" => "iso-8859-3", "4" => "iso-8859-4", "5" => "iso-8859-9",
        "6" => "iso-8859-10", "7" => "iso-8859-13", "8" => "iso-8859-14", "9" => "iso-8859-15",
        _ => "latin-" + k,
    };

    /// <summary>The text of line <paramref name="lineno"/> (from 1) with its trailing newline, or null.</summary>
    public string? GetLine(int lineno) => Line(lineno).Text;

    private LineText Line(int lineno)
    {
        if (_lastLine is { } cached && cached.Lineno == lineno)
            return cached;
        var starts = LineStarts();
        LineText line;
        if (lineno < 1 || lineno > starts.Length)
        {
            line = new(lineno, null, false);
        }
        else
        {
            int s = starts[lineno - 1];
            int e = Array.IndexOf(Utf8, (byte)'\n', s);
            e = e < 0 ? Utf8.Length : e + 1;
            line = new(lineno, Encoding.UTF8.GetString(Utf8, s, e - s), Ascii.IsValid(Utf8.AsSpan(s, e - s)));
        }
        return _lastLine = line;
    }

    /// <summary>The byte offset at which line <paramref name="lineno"/> starts.</summary>
    public int LineStart(int lineno)
    {
        var starts = LineStarts();
        return lineno >= 1 && lineno <= starts.Length ? starts[lineno - 1] : Utf8.Length;
    }

    /// <summary>1-based character offset of UTF-8 byte column <paramref name="byteCol"/> on a line.</summary>
    public int CharOffset(int lineno, int byteCol)
    {
        if (Line(lineno) is { Ascii: true, Text: { } text } && byteCol <= text.Length)
            return byteCol + 1; // what the count below comes to when every byte is a character
        int s = LineStart(lineno);
        int e = Math.Min(s + Math.Max(byteCol, 0), Utf8.Length);
        int from = s, chars = 0;
        if (_lastCount is { } last && last.Lineno == lineno && last.End <= e)
            (from, chars) = (last.End, last.Chars); // warnings come left to right: count on from the last one
        for (int i = from; i < e; i++)
        {
            if (!IsContinuation(Utf8[i]))
                chars++;
        }
        _lastCount = new(lineno, e, chars);
        return chars + (s + byteCol - e) + 1;
    }

    private int[] LineStarts()
    {
        if (_lineStarts is not null)
            return _lineStarts;
        var list = new List<int> { 0 };
        for (int i = 0; i < Utf8.Length; i++)
        {
            if (Utf8[i] == '\n' && i + 1 < Utf8.Length)
                list.Add(i + 1);
        }
        return _lineStarts = list.ToArray();
    }

    /// <summary>Builds a SyntaxError at byte columns of this source, as CPython's parser reports them.</summary>
    public PythonSyntaxException Error(string message, int lineno, int col, int endLineno, int endCol, string errorType = "SyntaxError")
    {
        int offset = col < 0 ? col : CharOffset(lineno, col);
        // A negative end column is CPython's "no end" (-1) or "end of line" (-2); like every end column, its
        // parser adds 1 to it (RAISE_ERROR_KNOWN_LOCATION), so SyntaxError.end_offset is 0 or -1.
        int endOffset = endCol < 0 ? endCol + 1 : CharOffset(endLineno, endCol);
        return new PythonSyntaxException(errorType, message, Filename, lineno, offset, endLineno, endOffset, GetLine(lineno));
    }
}
