using System;
using System.Collections.Generic;
using System.Text;

namespace Atoll.Syntax;

/// <summary>
/// Python 3.13's tokenizer (docs.python.org/3/reference/lexical_analysis.html), over UTF-8 bytes so that columns
/// come out in bytes as CPython counts them. Tokens are produced on demand, so an error late in a file is only
/// reported once the parser gets there, as in CPython. F-strings are split into FSTRING_START / MIDDLE / END and the
/// tokens of their replacement fields (PEP 701).
/// </summary>
internal sealed partial class Tokenizer
{
    private const int MaxIndent = 100;
    private const int MaxParenLevel = 200;
    private const int MaxFStringLevel = 150; // CPython's MAXFSTRINGLEVEL: f-strings nested in f-strings
    private const int TabSize = 8;

    private readonly SourceText _source;
    private readonly byte[] _src;
    private readonly int _len;
    private readonly bool _typeComments;
    private readonly bool _extraTokens;
    private readonly Dictionary<string, string> _names;

    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private bool _atLineStart = true;
    private bool _emittedContentOnLine;

    private readonly List<int> _indents = [0];
    private readonly List<int> _altIndents = [0];
    private int _pendingDedents;
    private bool _pendingIndent;
    private int _indentCol; // column of the line that produced pending INDENT/DEDENT tokens

    private readonly List<Paren> _parens = [];
    private readonly List<FStringMode> _fstrings = [];
    private bool _eofNewlineDone;

    private readonly record struct Paren(byte Char, int Line, int Col);

    private sealed class FStringMode(byte quote, int quoteSize, bool raw, int line, int col, int start)
    {
        public readonly byte Quote = quote;
        public readonly int QuoteSize = quoteSize;
        public readonly bool Raw = raw;
        public readonly int Line = line;
        public readonly int Col = col;
        public readonly int Start = start;
        public readonly List<Field> Fields = [];
    }

    private sealed class Field(int parenBase)
    {
        public readonly int ParenBase = parenBase; // _parens.Count once this field's '{' is pushed
        public bool InSpec;

        // A replacement field inside this field's format spec has closed. CPython's tokenizer then reads the rest of
        // the spec as if outside one: "{{" is an escaped brace and a newline ends a single-quoted f-string.
        public bool SpecReentered;
    }

    public Tokenizer(SourceText source, bool typeComments = false, bool extraTokens = false)
    {
        _source = source;
        _src = source.Utf8;
        _len = _src.Length;
        _typeComments = typeComments;
        _extraTokens = extraTokens;
        _names = new Dictionary<string, string>(StringComparer.Ordinal);
    }

    public SourceText Source => _source;

    /// <summary><c># type: ignore</c> comments seen so far: (line, tag).</summary>
    public List<(int Line, string Tag)> TypeIgnores { get; } = [];

    /// <summary>Warnings (e.g. invalid escape sequences) found so far, in order.</summary>
    public List<PythonSyntaxException> Warnings { get; } = [];

    /// <summary>Set while the tokenizer is inside an f-string literal part; used by the parser for messages.</summary>
    public int FStringDepth => _fstrings.Count;

    private PythonSyntaxException Error(string msg, int line, int col, int endLine, int endCol, string type = "SyntaxError") =>
        _source.Error(msg, line, col, endLine, endCol, type);

    /// <summary>An error placed at the tokenizer's cursor, as CPython's tokenizer places its own.</summary>
    private PythonSyntaxException ErrorAtCursor(string msg, int back = 0)
    {
        int col = _pos - back - _lineStart - 1;
        return Error(msg, _line, col, _line, col);
    }

    private Token Make(TokenKind kind, int start, int startLine, int startCol)
    {
        _emittedContentOnLine = true;
        return new Token
        {
            Kind = kind, Start = start, End = _pos, Line = startLine, Col = startCol,
            EndLine = _line, EndCol = _pos - _lineStart,
        };
    }

    private byte Peek(int ahead = 0) => _pos + ahead < _len ? _src[_pos + ahead] : (byte)0;

    private void NewLine()
    {
        _line++;
        _lineStart = _pos;
    }

    /// <summary>Returns the next token. Throws <see cref="PythonSyntaxException"/> on a lexical error.</summary>
    public Token Next()
    {
        while (true)
        {
            if (_pendingDedents > 0)
            {
                _pendingDedents--;
                return new Token { Kind = TokenKind.Dedent, Start = _pos, End = _pos, Line = _line, Col = _indentCol, EndLine = _line, EndCol = _indentCol };
            }
            if (_pendingIndent)
            {
                _pendingIndent = false;
                return new Token { Kind = TokenKind.Indent, Start = _lineStart, End = _pos, Line = _line, Col = 0, EndLine = _line, EndCol = _indentCol };
            }
            if (_fstrings.Count > 0)
            {
                var mode = _fstrings[^1];
                if (mode.Fields.Count == 0 || mode.Fields[^1].InSpec)
                    return ScanFStringMiddle(mode);
            }
            if (_atLineStart && _parens.Count == 0)
            {
                if (ProcessLineStart(out Token blank))
                    return blank;
                if (_pendingDedents > 0 || _pendingIndent || _atLineStart)
                    continue; // queued INDENT/DEDENT, or a blank line was skipped

            }
            if (TryScan(out Token tok))
                return tok;
        }
    }

    // Measures the indentation of a new logical line and queues INDENT/DEDENT. Returns true with a token when the
    // line is blank and extra tokens (NL, COMMENT) are wanted, or when a type comment stands alone on it.
    private bool ProcessLineStart(out Token token)
    {
        token = default;
        int col = 0, altCol = 0;
        int contCol = 0;
        int p = _pos;
        while (p < _len)
        {
            byte c = _src[p];
            if (c == '\\' && _extraTokens)
            {
                // A backslash in the indentation joins the next line to it; the column of the first one (unless 0)
                // is the line's indentation, as in CPython's tokenizer. Only the tokenize module gets this; the
                // parser's path treats the backslash as an ordinary continuation.
                if (contCol == 0)
                    contCol = col;
                _pos = p;
                if (p + 1 < _len && _src[p + 1] != '\n')
                    throw LineContinuationError();
                if (p + 2 >= _len)
                    throw EofInStatement(_line, 0);
                _pos = p += 2;
                NewLine();
                _bufferStart = _lineStart;
                continue;
            }
            if (c == ' ')
            {
                col++;
                altCol++;
            }
            else if (c == '\t')
            {
                col = (col / TabSize + 1) * TabSize;
                altCol++;
            }
            else if (c == '\f')
            {
                col = altCol = 0;
            }
            else
            {
                break;
            }
            p++;
        }
        _pos = p;
        if (contCol > 0)
            col = altCol = contCol;
        byte next = p < _len ? _src[p] : (byte)0;
        bool blank = next == '#' || next == '\n' || (p >= _len);
        if (_extraTokens && blank)
        {
            // Blank and comment-only lines do not affect indentation; TryScan gives their COMMENT and NL tokens.
            _atLineStart = false;
            _blankLine = true;
            return false;
        }
        if (p >= _len)
        {
            _atLineStart = false;
            return false; // EOF: handled by TryScan
        }
        if (blank)
        {
            // Blank lines and comment-only lines do not affect indentation.
            _atLineStart = false;
            if (next == '#')
            {
                int start = _pos;
                int startCol = _pos - _lineStart;
                SkipComment();
                if (_typeComments && TryTypeComment(start, startCol, blankLine: true, out token))
                {
                    if (token.Kind == TokenKind.TypeComment)
                        return true;
                    if (token.Kind == TokenKind.TypeIgnore)
                    {
                        _atLineStart = true;
                        return false;
                    }
                }
            }
            if (_pos < _len && _src[_pos] == '\n')
            {
                _pos++;
                NewLine();
            }
            _atLineStart = true;
            return false;
        }
        _atLineStart = false;
        _emittedContentOnLine = false;
        int top = _indents[^1];
        _indentCol = col;
        if (col == top)
        {
            if (altCol != _altIndents[^1])
                throw TabError();
        }
        else if (col > top)
        {
            if (_indents.Count >= MaxIndent)
                throw Error("too many levels of indentation", _line, 0, _line, -1, "IndentationError");
            if (altCol <= _altIndents[^1])
                throw TabError();
            _indents.Add(col);
            _altIndents.Add(altCol);
            _pendingIndent = true;
        }
        else
        {
            while (_indents.Count > 1 && col < _indents[^1])
            {
                _indents.RemoveAt(_indents.Count - 1);
                _altIndents.RemoveAt(_altIndents.Count - 1);
                _pendingDedents++;
            }
            if (col != _indents[^1])
            {
                // CPython points past the end of the line: the tokenizer has read all of it.
                int eol = Array.IndexOf(_src, (byte)'\n', _lineStart);
                throw Error("unindent does not match any outer indentation level", _line, (eol < 0 ? _len : eol) - _lineStart, _line, -1, "IndentationError");
            }
            if (altCol != _altIndents[^1])
                throw TabError();
        }
        return false;
    }

    // Extra-tokens mode: the current line is blank or holds only a comment, so its newline is an NL.
    private bool _blankLine;

    private PythonSyntaxException TabError() =>
        new("TabError", "inconsistent use of tabs and spaces in indentation", _source.Filename, _line, 1, _line, 0, _source.GetLine(_line));

    private void SkipComment()
    {
        int nl = Array.IndexOf(_src, (byte)'\n', _pos);
        _pos = nl < 0 ? _len : nl;
    }

    // `# type: ...` (the space after ':' may be any run of blanks, or none): a TYPE_COMMENT, or a TYPE_IGNORE when
    // the text is "ignore" followed by the end or a non-alphanumeric ASCII character.
    private bool TryTypeComment(int start, int startCol, bool blankLine, out Token token)
    {
        token = default;
        int p = start + 1;
        while (p < _pos && (_src[p] == ' ' || _src[p] == '\t'))
            p++;
        if (!StartsWith(p, "type:"u8))
            return false;
        p += 5;
        while (p < _pos && (_src[p] == ' ' || _src[p] == '\t'))
            p++;
        if (StartsWith(p, "ignore"u8) && (p + 6 >= _pos || (_src[p + 6] < 128 && !char.IsAsciiLetterOrDigit((char)_src[p + 6]))))
        {
            string tag = Encoding.UTF8.GetString(_src, p + 6, _pos - (p + 6));
            if (blankLine)
                tag += "\n"; // CPython keeps the newline of a line holding only the comment
            TypeIgnores.Add((_line, tag));
            if (blankLine && _pos < _len)
            {
                _pos++;
                NewLine();
            }
            token = new Token { Kind = TokenKind.TypeIgnore, Start = p, End = _pos, Line = _line, Col = startCol };
            return true;
        }
        string text = Encoding.UTF8.GetString(_src, p, _pos - p);
        token = new Token
        {
            Kind = TokenKind.TypeComment, Start = start, End = _pos, Line = _line, Col = startCol,
            EndLine = _line, EndCol = _pos - _lineStart, Text = text,
        };
        _emittedContentOnLine = true;
        return true;
    }

    private bool StartsWith(int p, ReadOnlySpan<byte> s) => p + s.Length <= _len && _src.AsSpan(p, s.Length).SequenceEqual(s);

    private bool TryScan(out Token tok)
    {
        tok = default;
        // Skip blanks and line continuations.
        while (true)
        {
            if (_pos >= _len)
                return AtEof(out tok);
            byte c = _src[_pos];
            if (c == ' ' || c == '\t' || c == '\f')
            {
                _pos++;
                continue;
            }
            if (c == '\\')
            {
                bool first = _extraTokens && ContinuationFirstOnLine();
                if (_pos + 1 >= _len)
                {
                    _pos++;
                    if (_extraTokens)
                        throw EofInContinuation(first);
                    throw Error("unexpected EOF while parsing", _line, _pos - _lineStart, _line, -2);
                }
                if (_src[_pos + 1] != '\n')
                {
                    if (_extraTokens)
                        throw LineContinuationError();
                    _pos += 2;
                    throw Error("unexpected character after line continuation character", _line, _pos - _lineStart - 1, _line, -1);
                }
                _pos += 2;
                if (_pos >= _len && _extraTokens)
                    throw EofInContinuation(first);
                int continuedCol = _pos - 1 - _lineStart; // CPython reports the end of the continued line
                NewLine();
                if (_pos >= _len)
                    throw Error("unexpected EOF while parsing", _line - 1, continuedCol, _line - 1, -1);
                continue;
            }
            break;
        }
        int start = _pos;
        int line = _line;
        int col = _pos - _lineStart;
        byte ch = _src[_pos];
        if (ch == '#')
        {
            SkipComment();
            if (_typeComments && TryTypeComment(start, col, blankLine: false, out tok))
            {
                if (tok.Kind == TokenKind.TypeComment)
                    return true;
                return false; // a trailing type: ignore is recorded, not passed on
            }
            if (_extraTokens)
            {
                tok = Make(TokenKind.Comment, start, line, col);
                return true;
            }
            return false;
        }
        if (ch == '\n')
        {
            _pos++;
            bool inside = _parens.Count > 0;
            if (_blankLine)
            {
                _blankLine = false;
                tok = new Token { Kind = TokenKind.NL, Start = start, End = _pos, Line = line, Col = col, EndLine = line, EndCol = col + 1 };
                NewLine();
                ResetLineBuffer();
                _atLineStart = true;
                return true;
            }
            tok = new Token { Kind = inside ? TokenKind.NL : TokenKind.Newline, Start = start, End = _pos, Line = line, Col = col, EndLine = line, EndCol = col + 1 };
            NewLine();
            ResetLineBuffer();
            if (!inside)
            {
                _atLineStart = true;
                _emittedContentOnLine = false;
                return true;
            }
            return _extraTokens;
        }
        if (IsIdentifierStart(ch))
        {
            // String prefixes: r, b, u, f and their combinations directly before a quote.
            if (TryStringPrefix(out int prefixLen, out bool isF, out bool isRaw, out bool isBytes))
                return ScanString(start, line, col, prefixLen, isF, isRaw, isBytes, out tok);
            tok = ScanName(start, line, col);
            return true;
        }
        if (ch >= '0' && ch <= '9' || (ch == '.' && _pos + 1 < _len && _src[_pos + 1] >= '0' && _src[_pos + 1] <= '9'))
        {
            tok = ScanNumber(start, line, col);
            return true;
        }
        if (ch == '"' || ch == '\'')
            return ScanString(start, line, col, 0, false, false, false, out tok);
        tok = ScanOperator(start, line, col);
        return true;
    }

    private bool InsideFStringExpression(out FStringMode mode)
    {
        mode = _fstrings.Count > 0 ? _fstrings[^1] : null!;
        return mode is not null && mode.Fields.Count > 0 && !mode.Fields[^1].InSpec;
    }

    private bool ParenInsideField(FStringMode mode) => _parens.Count > mode.Fields[^1].ParenBase;

    private bool AtEof(out Token tok)
    {
        tok = default;
        if (_extraTokens && (_fstrings.Count > 0 || _parens.Count > 0))
        {
            // Inside brackets (or a replacement field) the tokenize module reports the end of the file, at the last
            // line; the column is what CPython's line buffer holds then (nothing, unless an f-string keeps it).
            int lastLine = _pos == _lineStart ? _line - 1 : _line;
            throw EofInStatement(lastLine, _fstrings.Count > 0 ? BufferedBytes(_bufferStart) : 0);
        }
        if (_fstrings.Count > 0)
        {
            var m = _fstrings[^1];
            throw Error(m.QuoteSize == 3 ? $"unterminated triple-quoted f-string literal (detected at line {_line})" : $"unterminated f-string literal (detected at line {_line})",
                m.Line, m.Col, m.Line, m.Col);
        }
        if (_parens.Count > 0)
        {
            var p = _parens[^1];
            throw Error($"'{(char)p.Char}' was never closed", p.Line, p.Col, p.Line, -1);
        }
        int col = _pos - _lineStart;
        if (!_eofNewlineDone && _extraTokens)
        {
            // The tokenize module supplies the newline the last line lacks: NEWLINE after code, NL after a blank or
            // comment-only line. The token is empty; its end is one past the line's end.
            _eofNewlineDone = true;
            if (col > 0)
            {
                var kind = _blankLine || !_emittedContentOnLine ? TokenKind.NL : TokenKind.Newline;
                _blankLine = false;
                tok = new Token { Kind = kind, Start = _pos, End = _pos, Line = _line, Col = col, EndLine = _line, EndCol = col + 1 };
                return true;
            }
        }
        if (!_eofNewlineDone)
        {
            _eofNewlineDone = true;
            if (_emittedContentOnLine)
            {
                // CPython supplies the newline a file does not end with.
                tok = new Token { Kind = TokenKind.Newline, Start = _pos, End = _pos, Line = _line, Col = col, EndLine = _line, EndCol = col + 1 };
                _atLineStart = true;
                return true;
            }
        }
        if (_indents.Count > 1)
        {
            _indents.RemoveAt(_indents.Count - 1);
            _altIndents.RemoveAt(_altIndents.Count - 1);
            int dl = col == 0 ? _line : _line + 1;
            tok = new Token { Kind = TokenKind.Dedent, Start = _pos, End = _pos, Line = dl, Col = 0, EndLine = dl, EndCol = 0 };
            return true;
        }
        int el = col == 0 ? _line : _line + 1;
        tok = new Token { Kind = TokenKind.EndMarker, Start = _pos, End = _pos, Line = el, Col = 0, EndLine = el, EndCol = 0 };
        return true;
    }

    private static bool IsIdentifierStart(byte c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;

    // str.isprintable(): not a control, format, surrogate, private-use, unassigned or separator (other than ' ').
    private static bool IsPrintable(int cp) => cp == ' ' || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(cp) is not
        (System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format or
         System.Globalization.UnicodeCategory.Surrogate or System.Globalization.UnicodeCategory.PrivateUse or
         System.Globalization.UnicodeCategory.OtherNotAssigned or System.Globalization.UnicodeCategory.SpaceSeparator or
         System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator);

    private static bool IsIdentifierChar(byte c) => IsIdentifierStart(c) || (c >= '0' && c <= '9');

    private Token ScanName(int start, int line, int col)
    {
        bool ascii = true;
        int p = _pos;
        while (p < _len && IsIdentifierChar(_src[p]))
        {
            if (_src[p] >= 128)
                ascii = false;
            p++;
        }
        _pos = p;
        var span = _src.AsSpan(start, p - start);
        var kw = ascii ? Keywords.Lookup(span) : TokenKind.Name;
        if (kw != TokenKind.Name)
            return Make(kw, start, line, col);
        // The tokenize module (extra tokens) does not check that non-ASCII names are identifiers.
        string name = ascii ? Intern(span) : _extraTokens ? Encoding.UTF8.GetString(span) : NonAsciiIdentifier(start, p, col);
        var tok = Make(TokenKind.Name, start, line, col);
        tok.Text = name;
        return tok;
    }

    private string Intern(ReadOnlySpan<byte> span)
    {
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> chars = span.Length <= 256 ? stackalloc char[span.Length] : new char[span.Length];
        for (int i = 0; i < span.Length; i++)
            chars[i] = (char)span[i];
        if (lookup.TryGetValue(chars, out var existing))
            return existing;
        string s = new(chars);
        _names[s] = s;
        return s;
    }

    private string NonAsciiIdentifier(int start, int end, int col)
    {
        string raw = Encoding.UTF8.GetString(_src, start, end - start);
        int byteCol = col;
        bool first = true;
        for (int i = 0; i < raw.Length; i++)
        {
            int cp = raw[i];
            int width = 1;
            if (char.IsHighSurrogate(raw[i]) && i + 1 < raw.Length)
            {
                cp = char.ConvertToUtf32(raw[i], raw[i + 1]);
                width = 2;
            }
            bool ok = first ? Identifiers.IsXidStart(cp) : Identifiers.IsXidContinue(cp);
            if (!ok)
            {
                if (!IsPrintable(cp))
                    throw Error($"invalid non-printable character U+{cp:X4}", _line, byteCol, _line, byteCol);
                string shown = char.ConvertFromUtf32(cp);
                throw Error($"invalid character '{shown}' (U+{cp:X4})", _line, byteCol, _line, byteCol);
            }
            byteCol += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += width - 1;
            first = false;
        }
        string normalized = Nfkc.Normalize(raw);
        if (_names.TryGetValue(normalized, out var existing))
            return existing;
        _names[normalized] = normalized;
        return normalized;
    }

    private Token ScanOperator(int start, int line, int col)
    {
        byte c = _src[_pos];
        byte c1 = Peek(1);
        byte c2 = Peek(2);
        TokenKind kind;
        int len = 1;
        switch (c)
        {
            case (byte)'(':
            case (byte)'[':
            case (byte)'{':
                if (_parens.Count >= MaxParenLevel)
                {
                    _pos++;
                    throw Error("too many nested parentheses", line, col, line, col);
                }
                _parens.Add(new Paren(c, line, col));
                _pos++;
                kind = c == '(' ? TokenKind.LPar : c == '[' ? TokenKind.LSqb : TokenKind.LBrace;
                return Make(kind, start, line, col);
            case (byte)')':
            case (byte)']':
            case (byte)'}':
                return CloseParen(c, start, line, col);
            case (byte)':':
                if (c1 == '=')
                {
                    kind = TokenKind.ColonEqual;
                    len = 2;
                }
                else
                {
                    kind = TokenKind.Colon;
                }
                if (InsideFStringExpression(out var mode) && !ParenInsideField(mode))
                {
                    // A ':' at the top level of a replacement field starts its format spec.
                    _pos++;
                    mode.Fields[^1].InSpec = true;
                    return Make(TokenKind.Colon, start, line, col);
                }
                break;
            case (byte)',': kind = TokenKind.Comma; break;
            case (byte)';': kind = TokenKind.Semi; break;
            case (byte)'+': (kind, len) = c1 == '=' ? (TokenKind.PlusEqual, 2) : (TokenKind.Plus, 1); break;
            case (byte)'-':
                (kind, len) = c1 == '=' ? (TokenKind.MinEqual, 2) : c1 == '>' ? (TokenKind.RArrow, 2) : (TokenKind.Minus, 1);
                break;
            case (byte)'*':
                if (c1 == '*')
                    (kind, len) = c2 == '=' ? (TokenKind.DoubleStarEqual, 3) : (TokenKind.DoubleStar, 2);
                else
                    (kind, len) = c1 == '=' ? (TokenKind.StarEqual, 2) : (TokenKind.Star, 1);
                break;
            case (byte)'/':
                if (c1 == '/')
                    (kind, len) = c2 == '=' ? (TokenKind.DoubleSlashEqual, 3) : (TokenKind.DoubleSlash, 2);
                else
                    (kind, len) = c1 == '=' ? (TokenKind.SlashEqual, 2) : (TokenKind.Slash, 1);
                break;
            case (byte)'|': (kind, len) = c1 == '=' ? (TokenKind.VBarEqual, 2) : (TokenKind.VBar, 1); break;
            case (byte)'&': (kind, len) = c1 == '=' ? (TokenKind.AmperEqual, 2) : (TokenKind.Amper, 1); break;
            case (byte)'^': (kind, len) = c1 == '=' ? (TokenKind.CircumflexEqual, 2) : (TokenKind.Circumflex, 1); break;
            case (byte)'%': (kind, len) = c1 == '=' ? (TokenKind.PercentEqual, 2) : (TokenKind.Percent, 1); break;
            case (byte)'@': (kind, len) = c1 == '=' ? (TokenKind.AtEqual, 2) : (TokenKind.At, 1); break;
            case (byte)'~': kind = TokenKind.Tilde; break;
            case (byte)'=': (kind, len) = c1 == '=' ? (TokenKind.EqEqual, 2) : (TokenKind.Equal, 1); break;
            case (byte)'!': (kind, len) = c1 == '=' ? (TokenKind.NotEqual, 2) : (TokenKind.Exclamation, 1); break;
            case (byte)'<':
                if (c1 == '<')
                    (kind, len) = c2 == '=' ? (TokenKind.LeftShiftEqual, 3) : (TokenKind.LeftShift, 2);
                else if (c1 == '=')
                    (kind, len) = (TokenKind.LessEqual, 2);
                else if (c1 == '>')
                    (kind, len) = (TokenKind.NotEqual, 2); // '<>' exists only under barry_as_FLUFL; the parser rejects it
                else
                    kind = TokenKind.Less;
                break;
            case (byte)'>':
                if (c1 == '>')
                    (kind, len) = c2 == '=' ? (TokenKind.RightShiftEqual, 3) : (TokenKind.RightShift, 2);
                else
                    (kind, len) = c1 == '=' ? (TokenKind.GreaterEqual, 2) : (TokenKind.Greater, 1);
                break;
            case (byte)'.':
                (kind, len) = c1 == '.' && c2 == '.' ? (TokenKind.Ellipsis, 3) : (TokenKind.Dot, 1);
                break;
            default:
                if (c < 0x20 || c == 0x7F)
                    throw Error($"invalid non-printable character U+{c:X4}", line, col, line, col);
                _pos++;
                if (c < 0x20 || c == 0x7F)
                    throw Error($"invalid non-printable character U+{c:X4}", line, col, line, col);
                // Any other character is an OP token for the tokenize module and a syntax error for the parser.
                return Make(TokenKind.ErrorToken, start, line, col);
        }
        _pos += len;
        var t = Make(kind, start, line, col);
        if (kind == TokenKind.NotEqual && c == '<')
            t.Text = "<>";
        return t;
    }

    private Token CloseParen(byte c, int start, int line, int col)
    {
        if (c == '}' && InsideFStringExpression(out var mode) && _parens.Count == mode.Fields[^1].ParenBase)
        {
            // The end of a replacement field.
            _parens.RemoveAt(_parens.Count - 1);
            mode.Fields.RemoveAt(mode.Fields.Count - 1);
            if (mode.Fields.Count > 0)
                mode.Fields[^1].SpecReentered = true;
            _pos++;
            return Make(TokenKind.RBrace, start, line, col);
        }
        _pos++;
        var kind = c == ')' ? TokenKind.RPar : c == ']' ? TokenKind.RSqb : TokenKind.RBrace;
        if (_parens.Count == 0 || (_fstrings.Count > 0 && InsideFStringExpression(out var m2) && _parens.Count < m2.Fields[^1].ParenBase))
        {
            if (_extraTokens && _fstrings.Count == 0)
                return Make(kind, start, line, col); // the tokenize module lets unmatched brackets through
            if (_extraTokens)
                throw Error($"f-string: unmatched '{(char)c}'", line, col, line, col); // only extra tokens let a bracket close a field's brace
            throw Error($"unmatched '{(char)c}'", line, col, line, col);
        }
        var open = _parens[^1];
        byte expected = open.Char == '(' ? (byte)')' : open.Char == '[' ? (byte)']' : (byte)'}';
        if (c != expected && _extraTokens)
        {
            _parens.RemoveAt(_parens.Count - 1);
            return Make(kind, start, line, col); // and mismatched ones
        }
        if (c != expected)
        {
            if (open.Line != line)
                throw Error($"closing parenthesis '{(char)c}' does not match opening parenthesis '{(char)open.Char}' on line {open.Line}", line, col, line, col);
            throw Error($"closing parenthesis '{(char)c}' does not match opening parenthesis '{(char)open.Char}'", line, col, line, col);
        }
        _parens.RemoveAt(_parens.Count - 1);
        return Make(kind, start, line, col);
    }
}
