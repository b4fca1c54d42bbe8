using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Atoll.Syntax.Ast;

namespace Atoll.Syntax;

/// <summary>
/// A hand-written recursive-descent parser for the Python 3.13 grammar (docs.python.org/3/reference/grammar.html),
/// building CPython's AST with CPython's positions and error messages. Operators of the binary-expression levels
/// are parsed by precedence climbing, so an atom costs a handful of calls, not one per grammar level. Tokens are
/// fetched lazily into a buffer so the few constructs that need it (match, with '(', keyword arguments) can look
/// ahead or backtrack.
/// </summary>
internal sealed partial class Parser
{
    private readonly Tokenizer _tokenizer;
    private readonly SourceText _source;
    private readonly byte[] _src;
    private readonly bool _typeComments;
    private Token[] _tokens = new Token[256];
    private int _count;
    private int _p;
    private int _depth;
    private PythonSyntaxException? _tokenizerError;
    private bool _tokenizerDone;

    public Parser(SourceText source, bool typeComments)
    {
        _source = source;
        _src = source.Utf8;
        _typeComments = typeComments;
        _tokenizer = new Tokenizer(source, typeComments);
    }

    public List<PythonSyntaxException> Warnings { get; } = [];

    public ModNode ParseTop(ParseMode mode)
    {
        try
        {
            ModNode result = mode switch
            {
                ParseMode.Exec => ParseFileInput(),
                ParseMode.Eval => ParseEvalInput(),
                ParseMode.Single => ParseInteractive(),
                _ => ParseFuncTypeInput(),
            };
            // Tokenizer warnings are ordered by position with the parser's own (escape sequences).
            if (_tokenizer.Warnings.Count > 0)
            {
                Warnings.AddRange(_tokenizer.Warnings);
                Warnings.Sort((a, b) => a.Lineno != b.Lineno ? a.Lineno.CompareTo(b.Lineno) : a.Offset.CompareTo(b.Offset));
            }
            return result;
        }
        catch (PythonSyntaxException e) when (_tokenizerError is null && !_tokenizerDone)
        {
            // As CPython does: an error found by the tokenizer later in the file takes precedence over the parser's.
            TokenizeRest(e);
            throw;
        }
    }

    private void TokenizeRest(PythonSyntaxException parserError)
    {
        try
        {
            while (!_tokenizerDone)
            {
                Token t = _tokenizer.Next(); // throws the tokenizer's error, if any
                if (t.Kind == TokenKind.EndMarker)
                    _tokenizerDone = true;
            }
        }
        catch (PythonSyntaxException e) when (!TakesPrecedence(e, parserError))
        {
        }
    }

    // CPython (_PyPegen_tokenize_full_source_to_check_for_errors) lets only the tokenizer errors that raise an
    // exception win. Inconsistent dedents, tab/space mixes, indentation too deep and a misplaced backslash only
    // mark an error token, and an error found while inside an f-string leaves the parser's error in place. End of
    // file inside a bracket wins when the parser had read past the bracket's line (CPython's rule, with the last
    // token fetched) or failed inside the bracket (where CPython's second pass reads on to the end of the file).
    private bool TakesPrecedence(PythonSyntaxException tokenizerError, PythonSyntaxException parserError)
    {
        if (_tokenizer.FStringDepth > 0 || tokenizerError.ErrorType == "TabError")
            return false;
        if (tokenizerError.Message.EndsWith("' was never closed", StringComparison.Ordinal))
            return (_count > 0 ? _tokens[_count - 1].Line : parserError.Lineno) > tokenizerError.Lineno
                || (parserError.Lineno, parserError.Offset).CompareTo((tokenizerError.Lineno, tokenizerError.Offset)) > 0;
        return tokenizerError.Message is not ("unindent does not match any outer indentation level"
            or "too many levels of indentation" or "unexpected character after line continuation character"
            or "unexpected EOF while parsing");
    }

    // ---- token buffer ----

    private void Fill()
    {
        if (_tokenizerError is not null)
            throw _tokenizerError;
        if (_count == _tokens.Length)
            Array.Resize(ref _tokens, _tokens.Length * 2);
        if (_tokenizerDone)
        {
            // Past the end: repeat the end marker.
            _tokens[_count] = _tokens[_count - 1];
            _count++;
            return;
        }
        Token t;
        try
        {
            t = _tokenizer.Next();
        }
        catch (PythonSyntaxException e)
        {
            _tokenizerError = e;
            throw;
        }
        if (t.Kind == TokenKind.EndMarker)
            _tokenizerDone = true;
        _tokens[_count++] = t;
    }

    /// <summary>
    /// Drops the tokens of finished statements, so the buffer holds one statement's tokens, not the file's (a whole
    /// file of 40-byte tokens lands on the large object heap). Called only at the start of a statement, where no
    /// saved position is alive; the last real token is kept for <see cref="LocToPrevStmt"/>.
    /// </summary>
    private void CompactTokens()
    {
        if (_p < 64)
            return;
        int keep = _p - 1;
        while (keep > 0 && _tokens[keep].Kind is TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent)
            keep--;
        Array.Copy(_tokens, keep, _tokens, 0, _count - keep);
        _count -= keep;
        _p -= keep;
    }

    private ref Token Cur
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (_p >= _count)
                Fill();
            return ref _tokens[_p];
        }
    }

    private TokenKind Kind
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Cur.Kind;
    }

    private ref Token PeekToken(int ahead)
    {
        while (_p + ahead >= _count)
            Fill();
        return ref _tokens[_p + ahead];
    }

    private TokenKind PeekKind(int ahead) => PeekToken(ahead).Kind;

    private ref Token Prev => ref _tokens[_p - 1];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Token Advance()
    {
        Token t = Cur;
        _p++;
        return t;
    }

    private bool Accept(TokenKind k)
    {
        if (Kind != k)
            return false;
        _p++;
        return true;
    }

    private Token Expect(TokenKind k)
    {
        if (Kind != k)
            throw InvalidSyntax();
        return Advance();
    }


    // ---- positions ----

    private static SourceLocation Loc(in Token start, in Token end) => new(start.Line, start.Col, end.EndLine, end.EndCol);

    private static SourceLocation Loc(in Token start, LocatedNode end) => new(start.Line, start.Col, end.EndLineno, end.EndColOffset);

    private static SourceLocation Loc(LocatedNode start, LocatedNode end) => new(start.Lineno, start.ColOffset, end.EndLineno, end.EndColOffset);

    private static SourceLocation Loc(LocatedNode start, in Token end) => new(start.Lineno, start.ColOffset, end.EndLine, end.EndCol);

    private SourceLocation LocToPrev(in Token start) => Loc(start, Prev);

    private SourceLocation LocToPrev(LocatedNode start) => Loc(start, Prev);

    // ---- errors ----

    [MethodImpl(MethodImplOptions.NoInlining)]
    private PythonSyntaxException ErrorAt(string message, in Token t, string type = "SyntaxError") =>
        t.Kind is TokenKind.EndMarker or TokenKind.Indent or TokenKind.Dedent
            ? AtWhitespaceToken(message, t, -1, type)
            : _source.Error(message, t.Line, t.Col, t.EndLine, t.EndCol, type);

    // An error at an INDENT, DEDENT or ENDMARKER has no span in CPython: its offset is where the tokenizer stood,
    // just after the indentation of the token's line (offset 0 on the last line of the file, at the end of input).
    private PythonSyntaxException AtWhitespaceToken(string message, in Token t, int endOffset, string type = "SyntaxError")
    {
        int line = t.Start >= _src.Length ? System.Math.Max(1, t.Line - 1) : t.Line;
        string? text = _source.GetLine(line);
        int offset = 0;
        if (t.Start < _src.Length && text is not null)
        {
            while (offset < text.Length && text[offset] is ' ' or '\t' or '\f')
                offset++;
        }
        return new PythonSyntaxException(type, message, _source.Filename, line, offset, line, endOffset, text);
    }

    // CPython's RAISE_SYNTAX_ERROR_STARTING_FROM: from a token to the last token read, whose end column CPython
    // uses as the 1-based end offset (so the caret stops one short of it).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private PythonSyntaxException ErrorStartingFrom(string message, in Token start)
    {
        ref Token last = ref _tokens[_count - 1];
        var e = _source.Error(message, start.Line, start.Col, last.EndLine, last.EndCol);
        return new PythonSyntaxException(e.ErrorType, e.Message, e.Filename, e.Lineno, e.Offset, e.EndLineno, e.EndOffset - 1, e.Text);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private PythonSyntaxException ErrorAt(string message, LocatedNode n, string type = "SyntaxError") =>
        _source.Error(message, n.Lineno, n.ColOffset, n.EndLineno, n.EndColOffset, type);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private PythonSyntaxException ErrorSpan(string message, in Token start, LocatedNode end) =>
        _source.Error(message, start.Line, start.Col, end.EndLineno, end.EndColOffset);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private PythonSyntaxException ErrorSpan(string message, LocatedNode start, LocatedNode end) =>
        _source.Error(message, start.Lineno, start.ColOffset, end.EndLineno, end.EndColOffset);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private PythonSyntaxException ErrorSpan(string message, in Token start, in Token end) =>
        _source.Error(message, start.Line, start.Col, end.EndLine, end.EndCol);

    /// <summary>The generic "invalid syntax" at the current token, or what CPython says instead for the token.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private PythonSyntaxException InvalidSyntax()
    {
        ref Token t = ref Cur;
        switch (t.Kind)
        {
            case TokenKind.Indent:
                return AtWhitespaceToken("unexpected indent", t, -1, "IndentationError");
            case TokenKind.Dedent:
                return AtWhitespaceToken("unexpected unindent", t, -1, "IndentationError");
            case TokenKind.EndMarker:
                return AtWhitespaceToken("invalid syntax", t, 0);
        }
        return ErrorAt("invalid syntax", t);
    }

    [DoesNotReturn]
    private static void ThrowTooDeep() =>
        throw new PythonResourceException("MemoryError", "Parser stack overflowed - Python source too complex to parse");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Enter()
    {
        if (++_depth > StackGuard.ParserDepthLimit || !StackGuard.HasSufficientStack())
            ThrowTooDeep();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Leave() => _depth--;

    private static T[] Arr<T>(List<T>? list) => list is null || list.Count == 0 ? [] : list.ToArray();
}
