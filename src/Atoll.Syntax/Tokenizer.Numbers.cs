namespace Atoll.Syntax;

internal sealed partial class Tokenizer
{
    private static bool IsDigit(byte c) => c >= '0' && c <= '9';

    private static bool IsHexDigit(byte c) => IsDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');

    // docs.python.org/3/reference/lexical_analysis.html#numeric-literals, with CPython's error messages and positions
    // (the cursor after the last character read).
    private Token ScanNumber(int start, int line, int col)
    {
        byte c = _src[_pos];
        if (c == '0' && _pos + 1 < _len && (_src[_pos + 1] | 0x20) is (byte)'x' or (byte)'o' or (byte)'b')
        {
            byte kind = (byte)(_src[_pos + 1] | 0x20);
            _pos += 2;
            string name = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
            bool any = false;
            while (true)
            {
                byte d = Peek();
                if (d == '_')
                {
                    _pos++;
                    d = Peek();
                    if (!IsRadixDigit(kind, d))
                    {
                        if (IsDigit(d))
                        {
                            _pos++;
                            throw ErrorAtCursor($"invalid digit '{(char)d}' in {name} literal");
                        }
                        throw ErrorAtCursor($"invalid {name} literal");
                    }
                }
                if (IsRadixDigit(kind, d))
                {
                    _pos++;
                    any = true;
                    continue;
                }
                if (IsDigit(d) && kind != 'x')
                {
                    _pos++;
                    throw ErrorAtCursor($"invalid digit '{(char)d}' in {name} literal");
                }
                break;
            }
            if (!any)
                throw ErrorAtCursor($"invalid {name} literal");
            VerifyEndOfNumber(name);
            return Make(TokenKind.Number, start, line, col);
        }
        if (c != '.')
        {
            ScanDigitPart(first: true);
            // Leading zeros: "0" followed by other digits is an error unless it turns out to be a float or complex.
            if (c == '0')
            {
                bool nonZero = false;
                for (int i = start; i < _pos; i++)
                {
                    if (_src[i] != '0' && _src[i] != '_')
                        nonZero = true;
                }
                byte n = Peek();
                if (nonZero && !_extraTokens && n != '.' && (n | 0x20) != 'e' && (n | 0x20) != 'j')
                    throw Error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        line, col, line, col + 1);
            }
        }
        if (Peek() == '.')
        {
            _pos++;
            if (IsDigit(Peek()))
                ScanDigitPart(first: true);
        }
        if ((Peek() | 0x20) == 'e')
        {
            int save = _pos;
            _pos++;
            byte s = Peek();
            if (s == '+' || s == '-')
            {
                _pos++;
                if (!IsDigit(Peek()))
                    throw ErrorAtCursor("invalid decimal literal");
            }
            else if (!IsDigit(s))
            {
                _pos = save;
                VerifyEndOfNumber("decimal");
                return Make(TokenKind.Number, start, line, col);
            }
            ScanDigitPart(first: true);
        }
        if ((Peek() | 0x20) == 'j')
        {
            _pos++;
            VerifyEndOfNumber("imaginary");
            return Make(TokenKind.Number, start, line, col);
        }
        VerifyEndOfNumber("decimal");
        return Make(TokenKind.Number, start, line, col);
    }

    private static bool IsRadixDigit(byte kind, byte d) => kind switch
    {
        (byte)'x' => IsHexDigit(d),
        (byte)'o' => d >= '0' && d <= '7',
        _ => d == '0' || d == '1',
    };

    private void ScanDigitPart(bool first)
    {
        _ = first;
        while (true)
        {
            while (IsDigit(Peek()))
                _pos++;
            if (Peek() != '_')
                return;
            _pos++;
            if (!IsDigit(Peek()))
                throw ErrorAtCursor("invalid decimal literal");
        }
    }

    // A number directly followed by a name is an error, except before the keywords that CPython lets through with a
    // SyntaxWarning (`1if x else y`). The tokenize module (extra tokens) is more liberal: `1abc` is NUMBER NAME.
    private void VerifyEndOfNumber(string kind)
    {
        if (_extraTokens)
            return;
        byte c = Peek();
        if (c >= 128 || !IsIdentifierChar(c)) // CPython checks only ASCII letters after a number
            return;
        if (StartsWithKeyword("and") || StartsWithKeyword("else") || StartsWithKeyword("for") || StartsWithKeyword("if") ||
            StartsWithKeyword("in") || StartsWithKeyword("is") || StartsWithKeyword("not") || StartsWithKeyword("or"))
        {
            int col = _pos - _lineStart;
            Warnings.Add(_source.Error($"invalid {kind} literal", _line, col - 1, _line, col - 1));
            return;
        }
        throw ErrorAtCursor($"invalid {kind} literal");
    }

    private bool StartsWithKeyword(string kw)
    {
        for (int i = 0; i < kw.Length; i++)
        {
            if (Peek(i) != kw[i])
                return false;
        }
        return true;
    }
}
