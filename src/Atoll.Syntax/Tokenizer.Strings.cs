namespace Atoll.Syntax;

internal sealed partial class Tokenizer
{
    // Valid prefixes (any case): r u b f br rb fr rf. Anything else before a quote is a name.
    private bool TryStringPrefix(out int len, out bool isF, out bool isRaw, out bool isBytes)
    {
        len = 0;
        isF = isRaw = isBytes = false;
        bool isU = false;
        int p = _pos;
        while (p < _len && p - _pos < 3)
        {
            byte c = (byte)(_src[p] | 0x20);
            if (c == 'r' && !isRaw)
                isRaw = true;
            else if (c == 'b' && !isBytes && !isF && !isU)
                isBytes = true;
            else if (c == 'f' && !isF && !isBytes && !isU)
                isF = true;
            else if (c == 'u' && p == _pos)
                isU = true;
            else
                break;
            if (_src[p] >= 'a' ? _src[p] > 'z' : _src[p] < 'A' || _src[p] > 'Z')
                break;
            p++;
        }
        if (isU && (isRaw || p - _pos > 1))
            return false;
        if (p < _len && (_src[p] == '"' || _src[p] == '\'') && p > _pos)
        {
            len = p - _pos;
            return true;
        }
        return false;
    }

    private bool ScanString(int start, int line, int col, int prefixLen, bool isF, bool isRaw, bool isBytes, out Token tok)
    {
        _ = isBytes;
        _pos = start + prefixLen;
        byte q = _src[_pos];
        int quoteSize = _pos + 2 < _len && _src[_pos + 1] == q && _src[_pos + 2] == q ? 3 : 1;
        _pos += quoteSize;
        if (isF)
        {
            if (_fstrings.Count + 1 >= MaxFStringLevel)
                throw ErrorAtCursor("too many nested f-strings");
            _fstrings.Add(new FStringMode(q, quoteSize, isRaw, line, col, start));
            tok = Make(TokenKind.FStringStart, start, line, col);
            return true;
        }
        bool escapedQuote = false; // for CPython's hint when the string ends unterminated
        while (true)
        {
            if (_pos >= _len)
                throw Unterminated(quoteSize, line, col, string_: "string", escapedQuote);
            byte c = _src[_pos];
            if (c == q)
            {
                if (quoteSize == 1)
                {
                    _pos++;
                    break;
                }
                if (_pos + 2 < _len && _src[_pos + 1] == q && _src[_pos + 2] == q)
                {
                    _pos += 3;
                    break;
                }
                _pos++;
                continue;
            }
            if (c == '\n')
            {
                if (quoteSize == 1)
                {
                    if (InsideFStringExpression(out _))
                        throw Error("f-string: expecting '}'", line, col, line, col);
                    throw Unterminated(1, line, col, "string", escapedQuote);
                }
                _pos++;
                NewLine();
                continue;
            }
            if (c == '\\')
            {
                _pos++;
                if (_pos >= _len)
                    throw Unterminated(quoteSize, line, col, "string", escapedQuote);
                if (_src[_pos] == q)
                    escapedQuote = true;
                if (_src[_pos] == '\n')
                {
                    _pos++;
                    NewLine();
                    continue;
                }
            }
            _pos++;
        }
        tok = Make(TokenKind.String, start, line, col);
        return true;
    }

    private PythonSyntaxException Unterminated(int quoteSize, int line, int col, string string_, bool escapedQuote = false) =>
        Error(quoteSize == 3
                ? $"unterminated triple-quoted {string_} literal (detected at line {(_pos >= _len && _len > 0 && _src[_len - 1] == '\n' ? _line - 1 : _line)})"
                : $"unterminated {string_} literal (detected at line {_line}){(escapedQuote ? "; perhaps you escaped the end quote?" : "")}",
            line, col, line, col);

    // Extra tokens: the last FSTRING_MIDDLE of a format spec stopped at a brace, which comes next as OP.
    private bool _specBraceNext;

    // Scans the literal part of an f-string (or of a format spec) up to a replacement field, the end of the spec or
    // the closing quote. Doubled braces stay doubled in the token; the parser decodes them with the escapes.
    // With extra tokens (the tokenize module) the token is what CPython's tokenize reports instead: a doubled brace
    // ends the token, keeping one brace and dropping the other; a \N{...} escape ends it; a format spec that starts
    // at a brace yields an empty token first; a newline ends the format spec of a single-quoted f-string; the closing
    // quote ends the f-string even inside a format spec.
    private Token ScanFStringMiddle(FStringMode mode)
    {
        int start = _pos;
        int line = _line;
        int col = _pos - _lineStart;
        bool inSpec = mode.Fields.Count > 0;
        bool reentered = inSpec && mode.Fields[^1].SpecReentered;
        bool literalBraces = !inSpec || reentered; // "{{" and "}}" are escaped braces
        while (true)
        {
            if (_pos >= _len)
            {
                if (inSpec && !reentered && mode.QuoteSize == 1)
                {
                    // The newline CPython adds to the last line ends the spec as a newline does (below).
                    if (_extraTokens)
                    {
                        mode.Fields[^1].InSpec = false;
                        break;
                    }
                    throw Error("f-string: expecting '}'", mode.Line, mode.Col, mode.Line, mode.Col);
                }
                throw Unterminated(mode.QuoteSize, mode.Line, mode.Col, "f-string");
            }
            byte c = _src[_pos];
            if (c == mode.Quote && (mode.QuoteSize == 1 || (_pos + 2 < _len && _src[_pos + 1] == c && _src[_pos + 2] == c)))
            {
                if (_pos > start)
                    break;
                if (inSpec && !_extraTokens)
                    throw Error("f-string: expecting '}'", _line, _pos - _lineStart, _line, _pos - _lineStart);
                // (The tokenize module ends the f-string here even in a format spec, its '{' left open.)
                _pos += mode.QuoteSize;
                _fstrings.RemoveAt(_fstrings.Count - 1);
                return Make(TokenKind.FStringEnd, start, line, col);
            }
            if (c == '\n')
            {
                if (mode.QuoteSize == 1)
                {
                    if (reentered)
                        throw Unterminated(1, mode.Line, mode.Col, "f-string");
                    if (inSpec)
                    {
                        // CPython 3.13.0 ends the format spec here and reads on in the replacement field:
                        // f"{x:\n}" is f"{x:}". The parser gets no empty FSTRING_MIDDLE for it.
                        mode.Fields[^1].InSpec = false;
                        if (_pos == start && !_extraTokens)
                            return Next();
                        break;
                    }
                    throw Unterminated(1, mode.Line, mode.Col, "f-string");
                }
                _pos++;
                NewLine();
                continue;
            }
            if (c == '\\')
            {
                byte n = Peek(1);
                if (!mode.Raw && n == 'N' && Peek(2) == '{')
                {
                    // \N{NAME}: the braces belong to the escape.
                    int close = System.Array.IndexOf(_src, (byte)'}', _pos + 3);
                    int nl = System.Array.IndexOf(_src, (byte)'\n', _pos + 3);
                    if (close >= 0 && (nl < 0 || close < nl))
                    {
                        _pos = close + 1;
                        if (_extraTokens)
                            break;
                        continue;
                    }
                }
                if (n == '{' || n == '}')
                {
                    if (!mode.Raw)
                    {
                        if (_extraTokens)
                            Warnings.Add(new PythonSyntaxException("SyntaxWarning", $"invalid escape sequence '\\{(char)n}'", _source.Filename, _line, 0, _line, 0, null));
                        else
                            Warnings.Add(_source.Error($"invalid escape sequence '\\{(char)n}'", _line, _pos - _lineStart, _line, _pos - _lineStart));
                    }
                    _pos++;
                    continue;
                }
                if (n == '\n')
                {
                    _pos += 2;
                    NewLine();
                    continue;
                }
                _pos += n == 0 ? 1 : 2;
                continue;
            }
            if (c == '{')
            {
                if (literalBraces && Peek(1) == '{')
                {
                    if (_extraTokens)
                        return UndoubledBrace(start, line, col);
                    _pos += 2;
                    continue;
                }
                if (_pos > start)
                {
                    _specBraceNext = inSpec;
                    break;
                }
                if (_extraTokens && inSpec && !_specBraceNext && Peek(1) == '{')
                {
                    _specBraceNext = true;
                    return Make(TokenKind.FStringMiddle, start, line, col);
                }
                _specBraceNext = false;
                // CPython allows three levels of replacement fields in one f-string: f"{x:{y:{z}}}".
                if (inSpec && mode.Fields.Count >= 3)
                    throw ErrorAtCursor("f-string: expressions nested too deeply"); // CPython points before the '{'
                if (_parens.Count >= MaxParenLevel)
                    throw Error("too many nested parentheses", _line, _pos - _lineStart, _line, _pos - _lineStart);
                _parens.Add(new Paren((byte)'{', _line, _pos - _lineStart));
                mode.Fields.Add(new Field(_parens.Count));
                _pos++;
                return Make(TokenKind.LBrace, start, line, col);
            }
            if (c == '}')
            {
                if (inSpec)
                {
                    if (_pos > start)
                    {
                        _specBraceNext = true;
                        break;
                    }
                    if (_extraTokens && !_specBraceNext)
                    {
                        _specBraceNext = true;
                        return Make(TokenKind.FStringMiddle, start, line, col);
                    }
                    _specBraceNext = false;
                    // The end of the replacement field that owns this format spec.
                    _parens.RemoveAt(_parens.Count - 1);
                    mode.Fields.RemoveAt(mode.Fields.Count - 1);
                    if (mode.Fields.Count > 0)
                        mode.Fields[^1].SpecReentered = true;
                    _pos++;
                    return Make(TokenKind.RBrace, start, line, col);
                }
                if (Peek(1) == '}')
                {
                    if (_extraTokens)
                        return UndoubledBrace(start, line, col);
                    _pos += 2;
                    continue;
                }
                throw Error("f-string: single '}' is not allowed", _line, _pos - _lineStart, _line, _pos - _lineStart);
            }
            _pos++;
        }
        return Make(TokenKind.FStringMiddle, start, line, col);
    }

    // Extra tokens: "{{" or "}}" ends the FSTRING_MIDDLE after its first brace; the second is skipped.
    private Token UndoubledBrace(int start, int line, int col)
    {
        _pos++;
        var tok = Make(TokenKind.FStringMiddle, start, line, col);
        _pos++;
        return tok;
    }
}
