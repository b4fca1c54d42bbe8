using System;
using System.Collections.Generic;
using System.Text;

namespace Atoll.Syntax;

/// <summary>Token types with the names and numbers of CPython 3.13's <c>token</c> module.</summary>
public enum PythonTokenType
{
    ENDMARKER = 0, NAME = 1, NUMBER = 2, STRING = 3, NEWLINE = 4, INDENT = 5, DEDENT = 6,
    LPAR = 7, RPAR = 8, LSQB = 9, RSQB = 10, COLON = 11, COMMA = 12, SEMI = 13, PLUS = 14, MINUS = 15, STAR = 16,
    SLASH = 17, VBAR = 18, AMPER = 19, LESS = 20, GREATER = 21, EQUAL = 22, DOT = 23, PERCENT = 24, LBRACE = 25,
    RBRACE = 26, EQEQUAL = 27, NOTEQUAL = 28, LESSEQUAL = 29, GREATEREQUAL = 30, TILDE = 31, CIRCUMFLEX = 32,
    LEFTSHIFT = 33, RIGHTSHIFT = 34, DOUBLESTAR = 35, PLUSEQUAL = 36, MINEQUAL = 37, STAREQUAL = 38, SLASHEQUAL = 39,
    PERCENTEQUAL = 40, AMPEREQUAL = 41, VBAREQUAL = 42, CIRCUMFLEXEQUAL = 43, LEFTSHIFTEQUAL = 44,
    RIGHTSHIFTEQUAL = 45, DOUBLESTAREQUAL = 46, DOUBLESLASH = 47, DOUBLESLASHEQUAL = 48, AT = 49, ATEQUAL = 50,
    RARROW = 51, ELLIPSIS = 52, COLONEQUAL = 53, EXCLAMATION = 54, OP = 55, TYPE_IGNORE = 56, TYPE_COMMENT = 57,
    SOFT_KEYWORD = 58, FSTRING_START = 59, FSTRING_MIDDLE = 60, FSTRING_END = 61, COMMENT = 62, NL = 63,
    ERRORTOKEN = 64, ENCODING = 65,
}

/// <summary>
/// One token as Python's <c>tokenize</c> module reports it (<c>tokenize.TokenInfo</c> without the line): the type
/// (its name, <c>Type.ToString()</c>, is CPython's <c>tok_name</c>), the text, and where it starts and ends. Lines
/// count from 1, columns in characters (code points) from 0, the end exclusive.
/// </summary>
public readonly record struct PythonToken(PythonTokenType Type, string String, int StartLine, int StartCol, int EndLine, int EndCol)
{
    /// <summary>The operator's own type for an <see cref="PythonTokenType.OP"/> (<c>TokenInfo.exact_type</c>).</summary>
    public PythonTokenType ExactType => Type == PythonTokenType.OP ? PythonTokenizer.OperatorType(String) : Type;
}

/// <summary>
/// Python's <c>tokenize</c> module (docs.python.org/3/library/tokenize.html) over Atoll's tokenizer: the
/// tokens CPython 3.13 gives for a file, comments and non-logical newlines included, with CPython's positions.
/// </summary>
public static class PythonTokenizer
{
    /// <summary>
    /// Tokenizes a file's bytes as <c>tokenize.tokenize(f.readline)</c> does: the encoding comes from a BOM or a coding
    /// cookie (PEP 263) and is the first token; undecodable bytes become U+FFFD. Lazy, like the module: an error is
    /// thrown when the tokenizer gets to it, as a <see cref="PythonSyntaxException"/> whose
    /// <see cref="PythonSyntaxException.ErrorType"/> is <c>TokenError</c>, <c>IndentationError</c> or <c>TabError</c>
    /// with the (line, column) the module reports, or <c>SyntaxError</c> without a line for a bad encoding.
    /// </summary>
    /// <param name="source">The file's bytes.</param>
    /// <param name="filename">The name errors give.</param>
    /// <param name="warnings">Receives the SyntaxWarnings the tokenizer issues (invalid <c>\{</c> escapes).</param>
    public static IEnumerable<PythonToken> Tokenize(byte[] source, string filename, ICollection<PythonSyntaxException>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(filename);
        return TokenizeBytes(source, filename, warnings);
    }

    /// <summary>Tokenizes text as <c>tokenize.generate_tokens(readline)</c> does: no ENCODING token, no cookie.</summary>
    public static IEnumerable<PythonToken> Tokenize(string source, string filename, ICollection<PythonSyntaxException>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(filename);
        return Run(SourceText.FromUtf8ForTokenize(Encoding.UTF8.GetBytes(source), filename), warnings);
    }

    /// <summary>Tokenizes a source that is already decoded (no ENCODING token): the tokens <c>tokenize</c> gives for it.</summary>
    public static IEnumerable<PythonToken> Tokenize(SourceText source, ICollection<PythonSyntaxException>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Run(source, warnings);
    }

    private static IEnumerable<PythonToken> TokenizeBytes(byte[] raw, string filename, ICollection<PythonSyntaxException>? warnings)
    {
        string encoding = DetectEncoding(raw, filename, out int bomLength, out Encoding? codec);
        yield return new PythonToken(PythonTokenType.ENCODING, encoding, 0, 0, 0, 0);
        var body = raw.AsSpan(bomLength);
        byte[] utf8 = codec is null ? Utf8Replacing(body) : Encoding.UTF8.GetBytes(codec.GetString(body));
        foreach (var t in Run(SourceText.FromUtf8ForTokenize(utf8, filename), warnings))
            yield return t;
    }

    private static byte[] Utf8Replacing(ReadOnlySpan<byte> bytes) =>
        System.Text.Unicode.Utf8.IsValid(bytes) ? bytes.ToArray() : Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes));

    private static IEnumerable<PythonToken> Run(SourceText source, ICollection<PythonSyntaxException>? warnings)
    {
        byte[] src = source.Utf8;
        // CPython refuses a null byte when it reads the line holding it.
        int nul = Array.IndexOf(src, (byte)0);
        int nulLine = nul < 0 ? int.MaxValue : LineOf(src, nul);
        var tokenizer = new Tokenizer(source, typeComments: false, extraTokens: true);
        var columns = new ColumnMap(source);
        int warned = 0;
        while (true)
        {
            Token t;
            try
            {
                t = tokenizer.Next();
            }
            catch (PythonSyntaxException e)
            {
                // An error found at or after the line with the null byte (every error found at the end of the file is)
                // comes after CPython's check of that line.
                if (e.Lineno >= nulLine || (nulLine != int.MaxValue && FoundAtEndOfFile(e.Message)))
                    throw NullBytes(source, nulLine);
                throw ToTokenizeError(e, source);
            }
            if (Math.Max(t.Line, t.EndLine) >= nulLine)
                throw NullBytes(source, nulLine);
            for (; warned < tokenizer.Warnings.Count; warned++)
                warnings?.Add(tokenizer.Warnings[warned]);
            yield return Convert(t, source, columns);
            if (t.Kind == TokenKind.EndMarker)
                yield break;
        }
    }

    private static bool FoundAtEndOfFile(string message) =>
        message.StartsWith("unterminated triple-quoted", StringComparison.Ordinal) ||
        message.StartsWith("unterminated f-string", StringComparison.Ordinal) ||
        message == "unexpected EOF in multi-line statement";

    private static int LineOf(byte[] src, int offset)
    {
        int line = 1;
        for (int i = 0; i < offset; i++)
        {
            if (src[i] == '\n')
                line++;
        }
        return line;
    }

    private static PythonSyntaxException NullBytes(SourceText source, int line) =>
        new("TokenError", "source code cannot contain null bytes", source.Filename, line, 0, line, 0, null);

    // The tokenize module's report of a tokenizer error: its message and (line, column). Indentation errors, which
    // CPython's tokenizer signals by a state code rather than a message, are placed after the end of their line.
    private static PythonSyntaxException ToTokenizeError(PythonSyntaxException e, SourceText source)
    {
        string type = e.ErrorType == "SyntaxError" ? "TokenError" : e.ErrorType;
        string message = e.Message;
        int offset = e.Offset;
        if (e.ErrorType is "IndentationError" or "TabError")
            offset = LineLength(source, e.Lineno) + 1;
        else if (message.StartsWith("unterminated triple-quoted string literal", StringComparison.Ordinal))
            message = "EOF in multi-line string";
        return new PythonSyntaxException(type, message, e.Filename, e.Lineno, offset, e.Lineno, offset, e.Text);
    }

    // The characters (code points) of a line without its newline, a "\r" before it included.
    private static int LineLength(SourceText source, int line)
    {
        byte[] src = source.Utf8;
        int start = source.LineStart(line);
        int end = start < src.Length ? Array.IndexOf(src, (byte)'\n', start) : -1;
        int chars = 0;
        for (int i = start; i < (end < 0 ? src.Length : end); i++)
        {
            if ((src[i] & 0xC0) != 0x80)
                chars++;
        }
        return end >= 0 && source.IsCrlf(end) ? chars + 1 : chars;
    }

    private static PythonToken Convert(in Token t, SourceText source, ColumnMap columns)
    {
        int startCol = columns.Column(t.Line, t.Start);
        switch (t.Kind)
        {
            case TokenKind.EndMarker:
            case TokenKind.Dedent:
                return new PythonToken(t.Kind == TokenKind.Dedent ? PythonTokenType.DEDENT : PythonTokenType.ENDMARKER, "", t.Line, startCol, t.Line, startCol);
            case TokenKind.Newline:
            case TokenKind.NL:
            {
                var type = t.Kind == TokenKind.NL ? PythonTokenType.NL : PythonTokenType.NEWLINE;
                if (t.Start == t.End)
                    return new PythonToken(type, "", t.Line, startCol, t.Line, startCol + 1); // the newline tokenize adds
                bool crlf = source.IsCrlf(t.Start);
                return new PythonToken(type, crlf ? "\r\n" : "\n", t.Line, startCol, t.Line, startCol + (crlf ? 2 : 1));
            }
        }
        int endCol = columns.Column(t.EndLine, t.End);
        string text = Text(source, t.Start, t.End);
        return new PythonToken(TypeOf(t.Kind), text, t.Line, startCol, t.EndLine, endCol);
    }

    // The token's text, with the "\r\n" newlines of a multi-line string as the file has them.
    private static string Text(SourceText source, int start, int end)
    {
        byte[] src = source.Utf8;
        int nl = Array.IndexOf(src, (byte)'\n', start, end - start);
        if (nl < 0)
            return Encoding.UTF8.GetString(src, start, end - start);
        var sb = new StringBuilder();
        int from = start;
        for (; nl >= 0; nl = nl + 1 < end ? Array.IndexOf(src, (byte)'\n', nl + 1, end - nl - 1) : -1)
        {
            sb.Append(Encoding.UTF8.GetString(src, from, nl - from));
            sb.Append(source.IsCrlf(nl) ? "\r\n" : "\n");
            from = nl + 1;
        }
        sb.Append(Encoding.UTF8.GetString(src, from, end - from));
        return sb.ToString();
    }

    private static PythonTokenType TypeOf(TokenKind kind) => kind switch
    {
        TokenKind.Name => PythonTokenType.NAME,
        TokenKind.Number => PythonTokenType.NUMBER,
        TokenKind.String => PythonTokenType.STRING,
        TokenKind.Indent => PythonTokenType.INDENT,
        TokenKind.FStringStart => PythonTokenType.FSTRING_START,
        TokenKind.FStringMiddle => PythonTokenType.FSTRING_MIDDLE,
        TokenKind.FStringEnd => PythonTokenType.FSTRING_END,
        TokenKind.Comment => PythonTokenType.COMMENT,
        TokenKind.TypeComment => PythonTokenType.COMMENT,
        >= TokenKind.False => PythonTokenType.NAME, // keywords
        _ => PythonTokenType.OP, // operators, and any other character
    };

    /// <summary>The exact type of an operator's text (<c>token.EXACT_TOKEN_TYPES</c>), or OP for anything else.</summary>
    public static PythonTokenType OperatorType(string op)
    {
        ArgumentNullException.ThrowIfNull(op);
        return op switch
        {
            "!" => PythonTokenType.EXCLAMATION, "!=" => PythonTokenType.NOTEQUAL, "%" => PythonTokenType.PERCENT,
            "%=" => PythonTokenType.PERCENTEQUAL, "&" => PythonTokenType.AMPER, "&=" => PythonTokenType.AMPEREQUAL,
            "(" => PythonTokenType.LPAR, ")" => PythonTokenType.RPAR, "*" => PythonTokenType.STAR,
            "**" => PythonTokenType.DOUBLESTAR, "**=" => PythonTokenType.DOUBLESTAREQUAL, "*=" => PythonTokenType.STAREQUAL,
            "+" => PythonTokenType.PLUS, "+=" => PythonTokenType.PLUSEQUAL, "," => PythonTokenType.COMMA,
            "-" => PythonTokenType.MINUS, "-=" => PythonTokenType.MINEQUAL, "->" => PythonTokenType.RARROW,
            "." => PythonTokenType.DOT, "..." => PythonTokenType.ELLIPSIS, "/" => PythonTokenType.SLASH,
            "//" => PythonTokenType.DOUBLESLASH, "//=" => PythonTokenType.DOUBLESLASHEQUAL, "/=" => PythonTokenType.SLASHEQUAL,
            ":" => PythonTokenType.COLON, ":=" => PythonTokenType.COLONEQUAL, ";" => PythonTokenType.SEMI,
            "<" => PythonTokenType.LESS, "<<" => PythonTokenType.LEFTSHIFT, "<<=" => PythonTokenType.LEFTSHIFTEQUAL,
            "<=" => PythonTokenType.LESSEQUAL, "=" => PythonTokenType.EQUAL, "==" => PythonTokenType.EQEQUAL,
            ">" => PythonTokenType.GREATER, ">=" => PythonTokenType.GREATEREQUAL, ">>" => PythonTokenType.RIGHTSHIFT,
            ">>=" => PythonTokenType.RIGHTSHIFTEQUAL, "@" => PythonTokenType.AT, "@=" => PythonTokenType.ATEQUAL,
            "[" => PythonTokenType.LSQB, "]" => PythonTokenType.RSQB, "^" => PythonTokenType.CIRCUMFLEX,
            "^=" => PythonTokenType.CIRCUMFLEXEQUAL, "{" => PythonTokenType.LBRACE, "|" => PythonTokenType.VBAR,
            "|=" => PythonTokenType.VBAREQUAL, "}" => PythonTokenType.RBRACE, "~" => PythonTokenType.TILDE,
            _ => PythonTokenType.OP,
        };
    }

    // ---- encoding (tokenize.detect_encoding) ----

    // The encoding the tokenize module reads a file with: a UTF-8 BOM, or a coding cookie on line 1, or on line 2
    // when line 1 is blank or a comment. Returns the name the ENCODING token shows; `codec` is null for UTF-8.
    private static string DetectEncoding(byte[] raw, string filename, out int bomLength, out Encoding? codec)
    {
        codec = null;
        bool bom = raw.Length >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF;
        bomLength = bom ? 3 : 0;
        ReadOnlySpan<byte> rest = raw.AsSpan(bomLength);
        ReadOnlySpan<byte> first = ReadLine(ref rest);
        if (first.IsEmpty)
            return "utf-8";
        string? cookie = FindCookie(first, filename);
        if (cookie is null)
        {
            if (!IsBlankOrComment(first))
                return "utf-8";
            ReadOnlySpan<byte> second = ReadLine(ref rest);
            if (second.IsEmpty)
                return "utf-8";
            cookie = FindCookie(second, filename);
            if (cookie is null)
                return "utf-8";
        }
        string name = NormalName(cookie);
        if (!SourceText.IsUtf8Name(name))
        {
            codec = SourceText.LookupEncoding(name);
            if (codec is null)
                throw EncodingError($"unknown encoding for {PyRepr.Str(filename)}: {name}", filename);
            codec = (Encoding)codec.Clone();
            codec.DecoderFallback = new DecoderReplacementFallback("\uFFFD");
        }
        if (bom && name != "utf-8")
            throw EncodingError($"encoding problem for {PyRepr.Str(filename)}: utf-8", filename);
        return name;
    }

    private static PythonSyntaxException EncodingError(string message, string filename) =>
        new("SyntaxError", message, filename, 0, 0, 0, 0, null);

    // One line as readline() gives it: up to and including "\n" (a lone "\r" does not end a line here).
    private static ReadOnlySpan<byte> ReadLine(ref ReadOnlySpan<byte> rest)
    {
        int nl = rest.IndexOf((byte)'\n');
        var line = nl < 0 ? rest : rest[..(nl + 1)];
        rest = rest[line.Length..];
        return line;
    }

    private static bool IsBlankOrComment(ReadOnlySpan<byte> line)
    {
        int i = 0;
        while (i < line.Length && line[i] is (byte)' ' or (byte)'\t' or (byte)'\f')
            i++;
        return i == line.Length || line[i] is (byte)'#' or (byte)'\r' or (byte)'\n';
    }

    // `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)` (ASCII \w) on the line decoded as UTF-8.
    private static string? FindCookie(ReadOnlySpan<byte> line, string filename)
    {
        if (!System.Text.Unicode.Utf8.IsValid(line))
            throw EncodingError($"invalid or missing encoding declaration for {PyRepr.Str(filename)}", filename);
        int i = 0;
        while (i < line.Length && line[i] is (byte)' ' or (byte)'\t' or (byte)'\f')
            i++;
        if (i >= line.Length || line[i] != '#')
            return null;
        ReadOnlySpan<byte> coding = "coding"u8;
        int end = line.IndexOfAny((byte)'\n', (byte)'\r'); // '.' does not match a newline
        var text = end < 0 ? line : line[..end];
        for (int at = text[i..].IndexOf(coding); at >= 0;)
        {
            int j = i + at + coding.Length;
            if (j < text.Length && text[j] is (byte)':' or (byte)'=')
            {
                j++;
                while (j < text.Length && text[j] is (byte)' ' or (byte)'\t')
                    j++;
                int k = j;
                while (k < text.Length && (char.IsAsciiLetterOrDigit((char)text[k]) || text[k] is (byte)'-' or (byte)'_' or (byte)'.'))
                    k++;
                if (k > j)
                    return Encoding.ASCII.GetString(text[j..k]);
            }
            int next = text[(i + at + 1)..].IndexOf(coding);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return null;
    }

    // tokenize._get_normal_name: the spellings of UTF-8 and Latin-1 by their standard names, others as written.
    private static string NormalName(string cookie)
    {
        string enc = (cookie.Length > 12 ? cookie[..12] : cookie).ToLowerInvariant().Replace('_', '-');
        if (enc == "utf-8" || enc.StartsWith("utf-8-", StringComparison.Ordinal))
            return "utf-8";
        if (enc is "latin-1" or "iso-8859-1" or "iso-latin-1" || enc.StartsWith("latin-1-", StringComparison.Ordinal) ||
            enc.StartsWith("iso-8859-1-", StringComparison.Ordinal) || enc.StartsWith("iso-latin-1-", StringComparison.Ordinal))
            return "iso-8859-1";
        return cookie;
    }

    /// <summary>UTF-8 byte columns to character columns, remembering the last line so long lines stay linear.</summary>
    private sealed class ColumnMap(SourceText source)
    {
        private readonly byte[] _src = source.Utf8;
        private int _line = -1;
        private int _lineStart;
        private int _offset; // a byte offset on _line, with its character column
        private int _column;

        public int Column(int line, int offset)
        {
            if (line != _line || offset < _offset)
            {
                _line = line;
                _lineStart = source.LineStart(line);
                _offset = _lineStart;
                _column = 0;
            }
            if (offset < _lineStart)
                return 0;
            for (int i = _offset; i < offset && i < _src.Length; i++)
            {
                if ((_src[i] & 0xC0) != 0x80)
                    _column++;
            }
            _offset = offset;
            return _column;
        }
    }
}
