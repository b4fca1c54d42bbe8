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
            _fstrings.Add(new FStringMode(q, quoteSize, isRaw, line, col, start));
            tok = Make(TokenKind.FStringStart, start, line, col);
            return true;
        }
        while (true)
        {
            if (_pos >= _len)
                throw Unterminated(quoteSize, line, col, string_: "string");
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
                    throw Unterminated(1, line, col, "string");
                }
                _pos++;
                NewLine();
                continue;
            }
            if (c == '\\')
            {
                _pos++;
                if (_pos >= _len)
                    throw Unterminated(quoteSize, line, col, "string");
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

    private PythonSyntaxException Unterminated(int quoteSize, int line, int col, string string_) =>
        Error(quoteSize == 3
                ? $"unterminated triple-quoted {string_} literal (detected at line {(_pos >= _len && _len > 0 && _src[_len - 1] == '\n' ? _line - 1 : _line)})"
                : $"unterminated {string_} literal (detected at line {_line})",
            line, col, line, col);

    // Scans the literal part of an f-string (or of a format spec) up to a replacement field, the end of the spec or
    // the closing quote. Doubled braces stay doubled in the token; the parser decodes them with the escapes.
    private Token ScanFStringMiddle(FStringMode mode)
    {
        int start = _pos;
        int line = _line;
        int col = _pos - _lineStart;
        bool inSpec = mode.Fields.Count > 0;
        while (true)
        {
            if (_pos >= _len)
            {
                if (inSpec)
                    throw Error("f-string: expecting '}'", mode.Line, mode.Col, mode.Line, mode.Col);
                throw Unterminated(mode.QuoteSize, mode.Line, mode.Col, "f-string");
            }
            byte c = _src[_pos];
            if (c == mode.Quote && (mode.QuoteSize == 1 || (_pos + 2 < _len && _src[_pos + 1] == c && _src[_pos + 2] == c)))
            {
                if (_pos > start)
                    break;
                if (inSpec)
                    throw Error("f-string: expecting '}'", _line, _pos - _lineStart, _line, _pos - _lineStart);
                _pos += mode.QuoteSize;
                _fstrings.RemoveAt(_fstrings.Count - 1);
                return Make(TokenKind.FStringEnd, start, line, col);
            }
            if (c == '\n')
            {
                if (mode.QuoteSize == 1)
                {
                    if (inSpec)
                        throw Error("f-string: newlines are not allowed in format specifiers for single quoted f-strings", _line, _pos - _lineStart, _line, _pos - _lineStart);
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
                        continue;
                    }
                }
                if (n == '{' || n == '}')
                {
                    // The brace is not escaped (it opens or closes a field, or doubles): CPython's tokenizer warns.
                    if (!mode.Raw)
                        Warnings.Add(_source.Error($"invalid escape sequence '\\{(char)n}'", _line, _pos - _lineStart, _line, _pos - _lineStart));
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
                if (!inSpec && Peek(1) == '{')
                {
                    _pos += 2;
                    continue;
                }
                if (_pos > start)
                    break;
                int nesting = 0;
                foreach (var m in _fstrings)
                    nesting += m.Fields.Count;
                if (inSpec && mode.Fields.Count >= 3)
                    throw ErrorAtCursor("f-string: expressions nested too deeply");
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
                        break;
                    // The end of the replacement field that owns this format spec.
                    _parens.RemoveAt(_parens.Count - 1);
                    mode.Fields.RemoveAt(mode.Fields.Count - 1);
                    _pos++;
                    return Make(TokenKind.RBrace, start, line, col);
                }
                if (Peek(1) == '}')
                {
                    _pos += 2;
                    continue;
                }
                throw Error("f-string: single '}' is not allowed", _line, _pos - _lineStart, _line, _pos - _lineStart);
            }
            _pos++;
        }
        return Make(TokenKind.FStringMiddle, start, line, col);
    }
}
