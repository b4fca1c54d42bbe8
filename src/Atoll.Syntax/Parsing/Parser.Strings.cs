using System;
using System.Collections.Generic;
using System.Text;
using Atoll.Syntax.Ast;

namespace Atoll.Syntax;

internal sealed partial class Parser
{
    // One piece of an implicitly concatenated string: a literal (str or bytes) or a replacement field.
    private struct StringPiece
    {
        public object? Text; // string or CodePointString
        public byte[]? Bytes;
        public ExprNode? Field; // FormattedValue
        public SourceLocation Location;
        public bool UPrefix; // a plain literal written u'...': a merged run it starts gets kind 'u'
    }

    /// <summary>Adjacent string and f-string literals, concatenated (docs.python.org/3/reference/lexical_analysis.html#string-literal-concatenation).</summary>
    private ExprNode ParseStrings()
    {
        Token first = Cur;
        bool isBytes = TokenIsBytes(first);
        if (first.Kind == TokenKind.String && PeekKind(1) is not (TokenKind.String or TokenKind.FStringStart))
        {
            // The common case: one plain literal.
            _p++;
            var loc1 = Loc(first, first);
            if (isBytes)
                return new Constant(new BytesValue(DecodeBytesLiteral(first)), null, loc1);
            return new Constant(DecodeStrLiteral(first), _src[first.Start] == 'u' ? "u" : null, loc1);
        }
        bool anyFString = false;
        bool mixed = false;
        var pieces = new List<StringPiece>(2);
        while (Kind is TokenKind.String or TokenKind.FStringStart)
        {
            Token t = Cur;
            if (TokenIsBytes(t) != isBytes)
                mixed = true;
            if (t.Kind == TokenKind.String)
            {
                _p++;
                if (isBytes && !mixed)
                    pieces.Add(new StringPiece { Bytes = DecodeBytesLiteral(t), Location = Loc(t, t) });
                else
                    pieces.Add(new StringPiece { Text = DecodeStrLiteral(t), Location = Loc(t, t), UPrefix = _src[t.Start] == 'u' });
            }
            else
            {
                anyFString = true;
                ParseFString(pieces);
            }
        }
        if (mixed)
            throw ErrorSpan("cannot mix bytes and nonbytes literals", first, Prev);
        var loc = LocToPrev(first);
        if (isBytes)
        {
            if (pieces.Count == 1)
                return new Constant(new BytesValue(pieces[0].Bytes!), null, loc);
            var all = new List<byte>();
            foreach (var p in pieces)
                all.AddRange(p.Bytes!);
            return new Constant(new BytesValue(all.ToArray()), null, loc);
        }
        string? kind = _src[first.Start] == 'u' ? "u" : null; // CPython marks only a lowercase u prefix
        if (!anyFString)
        {
            if (pieces.Count == 1)
                return new Constant(pieces[0].Text!, kind, loc);
            return new Constant(ConcatTexts(pieces, 0, pieces.Count), kind, loc);
        }
        return new JoinedStr(MergePieces(pieces, 0, pieces.Count), loc);
    }

    // Adjacent literal pieces become one Constant spanning them; empty literals vanish.
    private static ExprNode[] MergePieces(List<StringPiece> pieces, int from, int to)
    {
        var values = new List<ExprNode>();
        int i = from;
        while (i < to)
        {
            if (pieces[i].Field is { } field)
            {
                values.Add(field);
                i++;
                continue;
            }
            int j = i;
            while (j < to && pieces[j].Field is null)
                j++;
            object text = ConcatTexts(pieces, i, j);
            if (text is not string { Length: 0 })
                values.Add(new Constant(text, pieces[i].UPrefix ? "u" : null, SourceLocation.Span(pieces[i].Location, pieces[j - 1].Location)));
            i = j;
        }
        return values.ToArray();
    }

    private static object ConcatTexts(List<StringPiece> pieces, int from, int to)
    {
        bool plain = true;
        for (int k = from; k < to; k++)
            plain &= pieces[k].Text is string;
        if (plain)
        {
            if (to - from == 1)
                return pieces[from].Text!;
            var sb = new StringBuilder();
            for (int k = from; k < to; k++)
                sb.Append((string)pieces[k].Text!);
            return sb.ToString();
        }
        object acc = "";
        for (int k = from; k < to; k++)
            acc = CodePointString.Concat(acc, pieces[k].Text!);
        return acc;
    }

    private bool TokenIsBytes(in Token t)
    {
        for (int i = t.Start; i < t.End; i++)
        {
            byte c = (byte)(_src[i] | 0x20);
            if (c == 'b')
                return true;
            if (c is not ((byte)'r' or (byte)'u' or (byte)'f'))
                return false;
        }
        return false;
    }

    // Splits a STRING token into its prefix flags and the byte range of its body.
    private (bool Raw, int BodyStart, int BodyEnd) StringBody(in Token t)
    {
        int p = t.Start;
        bool raw = false;
        while (_src[p] != '"' && _src[p] != '\'')
        {
            if ((_src[p] | 0x20) == 'r')
                raw = true;
            p++;
        }
        byte q = _src[p];
        int quoteSize = p + 2 < t.End && _src[p + 1] == q && _src[p + 2] == q && t.End - p >= 6 ? 3 : 1;
        return (raw, p + quoteSize, t.End - quoteSize);
    }

    private object DecodeStrLiteral(in Token t)
    {
        var (raw, s, e) = StringBody(t);
        if (raw || System.Array.IndexOf(_src, (byte)'\\', s, e - s) < 0)
            return Encoding.UTF8.GetString(_src, s, e - s);
        return StringDecoder.DecodeStr(_src, s, e, this, t);
    }

    private byte[] DecodeBytesLiteral(in Token t)
    {
        var (raw, s, e) = StringBody(t);
        for (int i = s; i < e; i++)
        {
            if (_src[i] >= 0x80)
                throw ErrorAt("bytes can only contain ASCII literal characters", t);
        }
        if (raw)
            return _src.AsSpan(s, e - s).ToArray();
        return StringDecoder.DecodeBytes(_src, s, e, this, t);
    }

    internal void AddEscapeWarning(string message, in Token t) =>
        Warnings.Add(_source.Error(message, t.Line, t.Col, t.EndLine, t.EndCol));

    internal PythonSyntaxException StringError(string message, in Token t) => ErrorAt(message, t);

    // ---- f-strings (PEP 701) ----

    private void ParseFString(List<StringPiece> pieces)
    {
        Token start = Advance(); // FSTRING_START
        bool raw = false;
        for (int i = start.Start; i < start.End; i++)
        {
            if ((_src[i] | 0x20) == 'r')
                raw = true;
        }
        while (true)
        {
            switch (Kind)
            {
                case TokenKind.FStringMiddle:
                {
                    Token m = Advance();
                    pieces.Add(new StringPiece { Text = DecodeFStringMiddle(m, raw), Location = Loc(m, m) });
                    break;
                }
                case TokenKind.LBrace:
                    ParseReplacementField(pieces, raw);
                    break;
                case TokenKind.FStringEnd:
                    _p++;
                    return;
                default:
                    throw InvalidSyntax();
            }
        }
    }

    private object DecodeFStringMiddle(in Token m, bool raw)
    {
        int s = m.Start, e = m.End;
        bool hasBraces = false, hasBackslash = false;
        for (int i = s; i < e; i++)
        {
            if (_src[i] is (byte)'{' or (byte)'}')
                hasBraces = true;
            else if (_src[i] == '\\')
                hasBackslash = true;
        }
        if (!hasBraces && (raw || !hasBackslash))
            return Encoding.UTF8.GetString(_src, s, e - s);
        if (!raw && hasBackslash)
            return StringDecoder.DecodeStr(_src, s, e, this, m, fstring: true);
        return Encoding.UTF8.GetString(_src, s, e - s).Replace("{{", "{", System.StringComparison.Ordinal).Replace("}}", "}", System.StringComparison.Ordinal);
    }

    private void ParseReplacementField(List<StringPiece> pieces, bool raw)
    {
        Token lbrace = Advance();
        if (Kind == TokenKind.RBrace)
            throw ErrorAt("f-string: valid expression required before '}'", Cur);
        if (Kind is TokenKind.Exclamation or TokenKind.Colon or TokenKind.Equal)
            throw ErrorAt($"f-string: valid expression required before '{Keywords.Spelling(Kind)}'", Cur);
        ExprNode value = Kind == TokenKind.Yield ? ParseYieldExpr() : ParseStarExpressionsAsTuple(allowStar: true);
        Token? eq = null;
        if (Kind == TokenKind.Equal)
            eq = Advance();
        int conversion = -1;
        if (Kind == TokenKind.Exclamation)
        {
            Token bang = Advance();
            if (Kind != TokenKind.Name || Cur.Start != bang.End)
            {
                if (Kind is TokenKind.Colon or TokenKind.RBrace)
                    throw ErrorAt("f-string: missing conversion character", Cur);
                throw ErrorAt("f-string: conversion type must come right after the exclamanation mark", Cur);
            }
            Token conv = Advance();
            conversion = conv.Text switch
            {
                "s" => 's',
                "r" => 'r',
                "a" => 'a',
                _ => throw ErrorAt($"f-string: invalid conversion character '{conv.Text}': expected 's', 'r', or 'a'", conv),
            };
        }
        ExprNode? formatSpec = null;
        if (Kind == TokenKind.Colon)
        {
            Token colon = Advance();
            var specPieces = new List<StringPiece>();
            while (Kind != TokenKind.RBrace)
            {
                if (Kind == TokenKind.FStringMiddle)
                {
                    Token m = Advance();
                    specPieces.Add(new StringPiece { Text = DecodeFStringMiddle(m, raw), Location = Loc(m, m) });
                }
                else if (Kind == TokenKind.LBrace)
                {
                    ParseReplacementField(specPieces, raw);
                }
                else
                {
                    throw ErrorAt("f-string: expecting '}'", Cur);
                }
            }
            formatSpec = new JoinedStr(MergePieces(specPieces, 0, specPieces.Count), Loc(colon, Prev));
        }
        if (Kind != TokenKind.RBrace)
        {
            if (Kind is TokenKind.FStringEnd or TokenKind.FStringMiddle)
                throw ErrorAt("f-string: expecting '}'", Cur);
            throw ErrorAt("f-string: expecting '=', or '!', or ':', or '}'", Cur);
        }
        Token rbrace = Advance();
        if (eq is Token eqTok)
        {
            // The debug text is the source between '{' and the conversion, spec or '}', '=' and spaces included.
            // Its location runs from just after '{' to the start of the token after '='.
            Token afterEq = _tokens[IndexOfToken(eqTok) + 1];
            string text = Encoding.UTF8.GetString(_src, lbrace.End, afterEq.Start - lbrace.End);
            // CPython 3.13.0 drops comments from the text by cutting every '#' up to the end of its line, even a
            // '#' inside a string literal (f'{"#"=}' gives the text '"'); reproduced so the AST is identical.
            if (text.Contains('#', System.StringComparison.Ordinal))
                text = System.Text.RegularExpressions.Regex.Replace(text, "#[^\n]*", "");
            pieces.Add(new StringPiece { Text = text, Location = new SourceLocation(lbrace.EndLine, lbrace.EndCol, afterEq.Line, afterEq.Col) });
            if (conversion == -1 && formatSpec is null)
                conversion = 'r';
        }
        pieces.Add(new StringPiece { Field = new FormattedValue(value, conversion, formatSpec, Loc(lbrace, rbrace)) });
    }

    // The debug text of `{expr=}` leaves out comments of a multi-line field (strings inside are kept whole).
    private static string WithoutComments(string text)
    {
        if (!text.Contains('#', StringComparison.Ordinal))
            return text;
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\'' or '"')
            {
                int q = text.IndexOf(c, i + 1);
                q = q < 0 ? text.Length - 1 : q;
                sb.Append(text, i, q - i + 1);
                i = q;
            }
            else if (c == '#')
            {
                while (i + 1 < text.Length && text[i + 1] != '\n')
                    i++;
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private int IndexOfToken(in Token t)
    {
        for (int i = _p - 1; i >= 0; i--)
        {
            if (_tokens[i].Start == t.Start && _tokens[i].Kind == t.Kind)
                return i;
        }
        return _p - 1;
    }
}
