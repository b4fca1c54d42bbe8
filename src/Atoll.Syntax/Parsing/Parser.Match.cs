using System.Collections.Generic;
using Atoll.Syntax.Ast;
using AstTuple = Atoll.Syntax.Ast.Tuple;

namespace Atoll.Syntax;

/// <summary>The match statement (PEP 634; docs.python.org/3/reference/compound_stmts.html#the-match-statement).</summary>
internal sealed partial class Parser
{
    // `match` is a soft keyword: this is a match statement only if `match subject:` NEWLINE follows.
    private bool TryParseMatch(out StmtNode? result)
    {
        result = null;
        if (PeekKind(1) is TokenKind.Newline or TokenKind.Equal or TokenKind.Dot or TokenKind.Colon or TokenKind.Comma or
            TokenKind.Semi or TokenKind.RPar or TokenKind.EndMarker or TokenKind.ColonEqual)
            return false;
        int save = _p;
        int depth = _depth;
        Token matchTok = Cur;
        ExprNode subject;
        try
        {
            _p++;
            Token start = Cur;
            var first = ParseStarNamedExpression();
            if (Kind == TokenKind.Comma)
            {
                var elts = new List<ExprNode> { first };
                while (Accept(TokenKind.Comma))
                {
                    if (Kind == TokenKind.Colon)
                        break;
                    elts.Add(ParseStarNamedExpression());
                }
                first = new AstTuple(elts.ToArray(), ExprContext.Load, LocToPrev(start));
            }
            else if (first is Starred)
            {
                _p = save;
                return false;
            }
            if (Kind != TokenKind.Colon || PeekKind(1) != TokenKind.Newline)
            {
                _p = save;
                return false;
            }
            subject = first;
        }
        catch (PythonSyntaxException) when (_tokenizerError is null)
        {
            _depth = depth; // the Enter() calls the error cut short never reached their Leave()
            _p = save;
            return false;
        }
        _p += 2; // ':' NEWLINE
        if (Kind != TokenKind.Indent)
            throw ErrorAt($"expected an indented block after 'match' statement on line {matchTok.Line}", Cur, "IndentationError");
        _p++;
        var cases = new List<MatchCase>();
        while (Kind == TokenKind.Name && Cur.Text == "case")
            cases.Add(ParseCaseBlock());
        if (cases.Count == 0 || (Kind != TokenKind.Dedent && Kind != TokenKind.EndMarker))
            throw InvalidSyntax();
        Accept(TokenKind.Dedent);
        result = new Match(subject, cases.ToArray(), LocToPrevStmt(matchTok));
        return true;
    }

    private MatchCase ParseCaseBlock()
    {
        Token caseTok = Advance();
        var pattern = ParsePatterns();
        ExprNode? guard = null;
        if (Accept(TokenKind.If))
            guard = ParseNamedExpression();
        ExpectColon();
        var body = ParseBlock("'case' statement", caseTok);
        return new MatchCase(pattern, guard, body);
    }

    // patterns: open_sequence_pattern | pattern
    private PatternNode ParsePatterns()
    {
        Token start = Cur;
        var first = ParseMaybeStarPattern();
        if (Kind != TokenKind.Comma)
        {
            if (first is MatchStar)
                return new MatchSequence([first], first.Location);
            return first;
        }
        var list = new List<PatternNode> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Kind is TokenKind.Colon or TokenKind.If)
                break;
            list.Add(ParseMaybeStarPattern());
        }
        return new MatchSequence(list.ToArray(), LocToPrev(start));
    }

    private PatternNode ParseMaybeStarPattern()
    {
        if (Kind == TokenKind.Star)
        {
            Token star = Advance();
            if (Kind != TokenKind.Name)
                throw InvalidSyntax();
            string name = Advance().Text!;
            return new MatchStar(name == "_" ? null : name, LocToPrev(star));
        }
        return ParsePattern();
    }

    // pattern: or_pattern ['as' NAME]
    private PatternNode ParsePattern()
    {
        Enter();
        Token start = Cur;
        var p = ParseOrPattern();
        if (Kind == TokenKind.As)
        {
            _p++;
            if (Kind != TokenKind.Name)
                throw InvalidSyntax();
            Token nameTok = Advance();
            if (nameTok.Text == "_")
                throw ErrorAt("cannot use '_' as a target", nameTok);
            if (Kind == TokenKind.Dot || Kind == TokenKind.LPar)
                throw ErrorAt("invalid pattern target", Cur);
            p = new MatchAs(p, nameTok.Text, LocToPrev(start));
        }
        Leave();
        return p;
    }

    private PatternNode ParseOrPattern()
    {
        Token start = Cur;
        var first = ParseClosedPattern();
        if (Kind != TokenKind.VBar)
            return first;
        var list = new List<PatternNode> { first };
        while (Accept(TokenKind.VBar))
            list.Add(ParseClosedPattern());
        return new MatchOr(list.ToArray(), LocToPrev(start));
    }

    private PatternNode ParseClosedPattern()
    {
        Token start = Cur;
        switch (Kind)
        {
            case TokenKind.Number:
            case TokenKind.Minus:
                return new MatchValue(ParseSignedNumberOrComplex(), LocToPrev(start));
            case TokenKind.String:
                return new MatchValue(ParseStrings(), LocToPrev(start));
            case TokenKind.FStringStart:
            {
                var s = ParseStrings();
                throw ErrorAt("patterns may only match literals and attribute lookups", s);
            }
            case TokenKind.None:
                _p++;
                return new MatchSingleton(ConstantValue.None, LocToPrev(start));
            case TokenKind.True:
            case TokenKind.False:
                _p++;
                return new MatchSingleton(start.Kind == TokenKind.True, LocToPrev(start));
            case TokenKind.Name:
                return ParseNamePattern();
            case TokenKind.LPar:
            {
                _p++;
                if (Accept(TokenKind.RPar))
                    return new MatchSequence([], LocToPrev(start));
                var first = ParseMaybeStarPattern();
                if (Kind == TokenKind.Comma)
                {
                    var list = new List<PatternNode> { first };
                    while (Accept(TokenKind.Comma))
                    {
                        if (Kind == TokenKind.RPar)
                            break;
                        list.Add(ParseMaybeStarPattern());
                    }
                    Expect(TokenKind.RPar);
                    return new MatchSequence(list.ToArray(), LocToPrev(start));
                }
                Expect(TokenKind.RPar);
                if (first is MatchStar)
                    return new MatchSequence([first], LocToPrev(start));
                return first;
            }
            case TokenKind.LSqb:
            {
                _p++;
                var list = new List<PatternNode>();
                while (Kind != TokenKind.RSqb)
                {
                    list.Add(ParseMaybeStarPattern());
                    if (!Accept(TokenKind.Comma))
                        break;
                }
                Expect(TokenKind.RSqb);
                return new MatchSequence(list.ToArray(), LocToPrev(start));
            }
            case TokenKind.LBrace:
                return ParseMappingPattern();
            default:
                throw InvalidSyntax();
        }
    }

    private ExprNode ParseSignedNumberOrComplex()
    {
        Token start = Cur;
        ExprNode real = ParseSignedNumber();
        if (Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var op = Kind == TokenKind.Plus ? Operator.Add : Operator.Sub;
            _p++;
            if (Kind != TokenKind.Number)
                throw InvalidSyntax();
            Token imagTok = Advance();
            var imag = new Constant(ParseNumber(imagTok), null, Loc(imagTok, imagTok));
            if (imag.Value is not System.Numerics.Complex)
                throw ErrorAt("imaginary number required in complex literal", imag);
            if (real is Constant { Value: System.Numerics.Complex } || real is UnaryOp { Operand: Constant { Value: System.Numerics.Complex } })
                throw ErrorAt("real number required in complex literal", real);
            return new BinOp(real, op, imag, LocToPrev(start));
        }
        return real;
    }

    private ExprNode ParseSignedNumber()
    {
        Token start = Cur;
        if (Accept(TokenKind.Minus))
        {
            if (Kind != TokenKind.Number)
                throw InvalidSyntax();
            Token n = Advance();
            var c = new Constant(ParseNumber(n), null, Loc(n, n));
            return new UnaryOp(UnaryOperator.USub, c, LocToPrev(start));
        }
        if (Kind != TokenKind.Number)
            throw InvalidSyntax();
        Token t = Advance();
        return new Constant(ParseNumber(t), null, Loc(t, t));
    }

    private PatternNode ParseNamePattern()
    {
        Token start = Cur;
        Token nameTok = Advance();
        ExprNode value = new Name(nameTok.Text!, ExprContext.Load, Loc(nameTok, nameTok));
        bool dotted = false;
        while (Kind == TokenKind.Dot)
        {
            _p++;
            if (Kind != TokenKind.Name)
                throw InvalidSyntax();
            string attr = Advance().Text!;
            value = new Attribute(value, attr, ExprContext.Load, LocToPrev(start));
            dotted = true;
        }
        if (Kind == TokenKind.LPar)
            return ParseClassPattern(start, value);
        if (dotted)
            return new MatchValue(value, LocToPrev(start));
        if (nameTok.Text == "_")
            return new MatchAs(null, null, LocToPrev(start));
        return new MatchAs(null, nameTok.Text, LocToPrev(start));
    }

    private PatternNode ParseClassPattern(in Token start, ExprNode cls)
    {
        _p++; // '('
        var patterns = new List<PatternNode>();
        var kwdAttrs = new List<string>();
        var kwdPatterns = new List<PatternNode>();
        while (Kind != TokenKind.RPar)
        {
            if (Kind == TokenKind.Name && PeekKind(1) == TokenKind.Equal)
            {
                string attr = Advance().Text!;
                _p++;
                kwdAttrs.Add(attr);
                kwdPatterns.Add(ParsePattern());
            }
            else
            {
                var p = ParsePattern();
                if (kwdAttrs.Count > 0)
                    throw ErrorAt("positional patterns follow keyword patterns", p);
                patterns.Add(p);
            }
            if (!Accept(TokenKind.Comma))
                break;
        }
        Expect(TokenKind.RPar);
        return new MatchClass(cls, patterns.ToArray(), kwdAttrs.ToArray(), kwdPatterns.ToArray(), LocToPrev(start));
    }

    private PatternNode ParseMappingPattern()
    {
        Token start = Advance(); // '{'
        var keys = new List<ExprNode>();
        var patterns = new List<PatternNode>();
        string? rest = null;
        while (Kind != TokenKind.RBrace)
        {
            if (Kind == TokenKind.DoubleStar)
            {
                _p++;
                if (Kind != TokenKind.Name || Cur.Text == "_") // `**_` is not a capture target
                    throw InvalidSyntax();
                rest = Advance().Text;
                Accept(TokenKind.Comma);
                if (Kind != TokenKind.RBrace)
                    throw InvalidSyntax();
                break;
            }
            keys.Add(ParseMappingKey());
            if (Kind != TokenKind.Colon)
                throw InvalidSyntax();
            _p++;
            patterns.Add(ParsePattern());
            if (!Accept(TokenKind.Comma))
                break;
        }
        Expect(TokenKind.RBrace);
        return new MatchMapping(keys.ToArray(), patterns.ToArray(), rest, LocToPrev(start));
    }

    private ExprNode ParseMappingKey()
    {
        Token start = Cur;
        switch (Kind)
        {
            case TokenKind.Number:
            case TokenKind.Minus:
                return ParseSignedNumberOrComplex();
            case TokenKind.String:
            case TokenKind.FStringStart:
                return ParseStrings();
            case TokenKind.None:
                _p++;
                return new Constant(ConstantValue.None, null, LocToPrev(start));
            case TokenKind.True:
            case TokenKind.False:
                _p++;
                return new Constant(start.Kind == TokenKind.True, null, LocToPrev(start));
            case TokenKind.Name:
            {
                Token nameTok = Advance();
                ExprNode value = new Name(nameTok.Text!, ExprContext.Load, Loc(nameTok, nameTok));
                if (Kind != TokenKind.Dot)
                    throw InvalidSyntax();
                while (Accept(TokenKind.Dot))
                {
                    string attr = ExpectName();
                    value = new Attribute(value, attr, ExprContext.Load, LocToPrev(start));
                }
                return value;
            }
            default:
                throw InvalidSyntax();
        }
    }
}
