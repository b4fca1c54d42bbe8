using System.Collections.Generic;
using Atoll.Syntax.Ast;
using AstList = Atoll.Syntax.Ast.List;
using AstTuple = Atoll.Syntax.Ast.Tuple;

namespace Atoll.Syntax;

internal sealed partial class Parser
{
    /// <summary>star_expressions: one expression, or a Tuple when commas follow (no parentheses).</summary>
    private ExprNode ParseStarExpressionsAsTuple(bool allowStar)
    {
        Token start = Cur;
        var first = allowStar ? ParseStarOrExpressionForList() : ParseExpression();
        if (Kind != TokenKind.Comma)
            return first;
        var elts = new List<ExprNode> { first };
        while (Accept(TokenKind.Comma))
        {
            if (!StartsExpression(Kind))
                break;
            elts.Add(allowStar ? ParseStarOrExpressionForList() : ParseExpression());
        }
        return new AstTuple(elts.ToArray(), ExprContext.Load, LocToPrev(start));
    }

    // star_expression: '*' bitwise_or | expression
    private ExprNode ParseStarOrExpressionForList()
    {
        if (Kind == TokenKind.Star)
        {
            Token st = Advance();
            var v = ParseBitwiseOr();
            return new Starred(v, ExprContext.Load, LocToPrev(st));
        }
        return ParseExpression();
    }

    /// <summary>'*'? bitwise_or: the shape of an assignment or deletion target.</summary>
    private ExprNode ParseStarOrBitwiseOr(bool allowStar)
    {
        if (allowStar && Kind == TokenKind.Star)
        {
            Token st = Advance();
            var v = ParseBitwiseOr();
            return new Starred(v, ExprContext.Load, LocToPrev(st));
        }
        return ParseBitwiseOr();
    }

    // star_named_expression: '*' bitwise_or | named_expression
    private ExprNode ParseStarNamedExpression()
    {
        if (Kind == TokenKind.Star)
        {
            Token st = Advance();
            var v = ParseBitwiseOr();
            return new Starred(v, ExprContext.Load, LocToPrev(st));
        }
        return ParseNamedExpression();
    }

    /// <summary>named_expression: NAME ':=' expression | expression.</summary>
    private ExprNode ParseNamedExpression(bool equalsIsError = true)
    {
        if (Kind == TokenKind.Name && PeekKind(1) == TokenKind.ColonEqual)
        {
            Token nameTok = Advance();
            _p++;
            var value = ParseExpression();
            var target = new Name(nameTok.Text!, ExprContext.Store, Loc(nameTok, nameTok));
            return new NamedExpr(target, value, LocToPrev(nameTok));
        }
        var e = ParseExpression();
        if (Kind == TokenKind.ColonEqual)
            throw ErrorAt($"cannot use assignment expressions with {ExprName(e)}", e);
        if (Kind == TokenKind.Equal && equalsIsError)
            throw InvalidAssignmentInExpression(e);
        return e;
    }

    private PythonSyntaxException InvalidAssignmentInExpression(ExprNode e)
    {
        int eq = _p;
        var rhs = ValueAfterEqualsEndsChain(eq);
        if (rhs is not null)
        {
            if (e is Name)
                return ErrorSpan("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, rhs);
            if (IsBitwiseOrLevel(e) && !StartsDisplayOrSingleton(e))
                return ErrorAt($"cannot assign to {ExprName(e)} here. Maybe you meant '==' instead of '='?", e);
        }
        return InvalidSyntax();
    }

    /// <summary>expression: a conditional expression, a lambda, or a disjunction.</summary>
    private ExprNode ParseExpression()
    {
        Enter();
        ExprNode result;
        if (Kind == TokenKind.Lambda)
        {
            result = ParseLambda();
        }
        else
        {
            Token start = Cur;
            int startIndex = _p;
            result = ParseDisjunction();
            if (StartsExpression(Kind) && Kind != TokenKind.Star && !_inMissingCommaCheck)
                CheckMissingComma(startIndex, result);
            if (Kind == TokenKind.If)
            {
                _p++;
                var test = ParseDisjunction();
                if (Kind != TokenKind.Else)
                {
                    if (Kind is TokenKind.Newline or TokenKind.RPar or TokenKind.RSqb or TokenKind.RBrace or TokenKind.Comma or TokenKind.Colon or TokenKind.Semi or TokenKind.EndMarker or TokenKind.Equal)
                        throw ErrorSpan("expected 'else' after 'if' expression", start, Prev);
                    throw InvalidSyntax();
                }
                _p++;
                var orelse = ParseExpression();
                result = new IfExp(test, result, orelse, LocToPrev(start));
            }
        }
        Leave();
        return result;
    }

    private bool _inMissingCommaCheck;

    // CPython's invalid_expression: inside brackets, an expression directly followed by another is reported as
    // "Perhaps you forgot a comma?" (not when it starts with a soft keyword or NAME STRING, nor after print/exec).
    private void CheckMissingComma(int startIndex, ExprNode a)
    {
        ref Token first = ref _tokens[startIndex];
        if (first.Kind == TokenKind.Name &&
            (first.Text is "match" or "case" or "type" or "_" || _tokens[startIndex + 1].Kind is TokenKind.String or TokenKind.FStringStart))
            return;
        if (a is Name { Id: "print" or "exec" })
            return;
        int save = _p;
        ExprNode? b = null;
        _inMissingCommaCheck = true;
        try
        {
            b = ParseExpression();
        }
        catch (PythonSyntaxException) when (_tokenizerError is null)
        {
        }
        finally
        {
            _inMissingCommaCheck = false;
        }
        int depth = 0;
        for (int i = 0; i < _p; i++)
        {
            if (_tokens[i].Kind is TokenKind.LPar or TokenKind.LSqb or TokenKind.LBrace)
                depth++;
            else if (_tokens[i].Kind is TokenKind.RPar or TokenKind.RSqb or TokenKind.RBrace)
                depth--;
        }
        if (b is not null && depth > 0)
            throw ErrorSpan("invalid syntax. Perhaps you forgot a comma?", a, b);
        _p = save;
    }

    private ExprNode ParseDisjunction()
    {
        Token start = Cur;
        var first = ParseConjunction();
        if (Kind != TokenKind.Or)
            return first;
        var values = new List<ExprNode> { first };
        while (Accept(TokenKind.Or))
            values.Add(ParseConjunction());
        return new BoolOp(BoolOperator.Or, values.ToArray(), LocToPrev(start));
    }

    private ExprNode ParseConjunction()
    {
        Token start = Cur;
        var first = ParseInversion();
        if (Kind != TokenKind.And)
            return first;
        var values = new List<ExprNode> { first };
        while (Accept(TokenKind.And))
            values.Add(ParseInversion());
        return new BoolOp(BoolOperator.And, values.ToArray(), LocToPrev(start));
    }

    private ExprNode ParseInversion()
    {
        if (Kind == TokenKind.Not)
        {
            Enter();
            Token start = Advance();
            var operand = ParseInversion();
            Leave();
            return new UnaryOp(UnaryOperator.Not, operand, LocToPrev(start));
        }
        return ParseComparison();
    }

    private ExprNode ParseComparison()
    {
        Token start = Cur;
        var left = ParseBitwiseOr();
        if (!IsCompareStart(Kind))
            return left;
        var ops = new List<CmpOperator>();
        var comparators = new List<ExprNode>();
        while (true)
        {
            CmpOperator op;
            switch (Kind)
            {
                case TokenKind.EqEqual: op = CmpOperator.Eq; break;
                case TokenKind.NotEqual:
                    if (Cur.Text == "<>")
                        throw ErrorAt("invalid syntax", Cur);
                    op = CmpOperator.NotEq;
                    break;
                case TokenKind.Less: op = CmpOperator.Lt; break;
                case TokenKind.LessEqual: op = CmpOperator.LtE; break;
                case TokenKind.Greater: op = CmpOperator.Gt; break;
                case TokenKind.GreaterEqual: op = CmpOperator.GtE; break;
                case TokenKind.In: op = CmpOperator.In; break;
                case TokenKind.Not when PeekKind(1) == TokenKind.In:
                    _p++;
                    op = CmpOperator.NotIn;
                    break;
                case TokenKind.Is:
                    if (PeekKind(1) == TokenKind.Not)
                    {
                        _p++;
                        op = CmpOperator.IsNot;
                    }
                    else
                    {
                        op = CmpOperator.Is;
                    }
                    break;
                default:
                    goto done;
            }
            _p++;
            ops.Add(op);
            comparators.Add(ParseBitwiseOr());
        }
    done:
        return new Compare(left, ops.ToArray(), comparators.ToArray(), LocToPrev(start));
    }

    private bool IsCompareStart(TokenKind k) => k switch
    {
        TokenKind.EqEqual or TokenKind.NotEqual or TokenKind.Less or TokenKind.LessEqual or TokenKind.Greater or
            TokenKind.GreaterEqual or TokenKind.In or TokenKind.Is => true,
        TokenKind.Not => PeekKind(1) == TokenKind.In,
        _ => false,
    };

    // Binary operator precedence, lowest first: | ^ & (<< >>) (+ -) (* / // % @).
    private static int BinaryPrecedence(TokenKind k, out Operator op)
    {
        switch (k)
        {
            case TokenKind.VBar: op = Operator.BitOr; return 1;
            case TokenKind.Circumflex: op = Operator.BitXor; return 2;
            case TokenKind.Amper: op = Operator.BitAnd; return 3;
            case TokenKind.LeftShift: op = Operator.LShift; return 4;
            case TokenKind.RightShift: op = Operator.RShift; return 4;
            case TokenKind.Plus: op = Operator.Add; return 5;
            case TokenKind.Minus: op = Operator.Sub; return 5;
            case TokenKind.Star: op = Operator.Mult; return 6;
            case TokenKind.Slash: op = Operator.Div; return 6;
            case TokenKind.DoubleSlash: op = Operator.FloorDiv; return 6;
            case TokenKind.Percent: op = Operator.Mod; return 6;
            case TokenKind.At: op = Operator.MatMult; return 6;
            default: op = default; return 0;
        }
    }

    private ExprNode ParseBitwiseOr() => ParseBinary(1);

    // Precedence climbing; each level is left-associative, so long chains loop instead of recursing.
    private ExprNode ParseBinary(int minPrec)
    {
        Token start = Cur;
        var left = ParseFactor();
        while (true)
        {
            int prec = BinaryPrecedence(Kind, out var op);
            if (prec < minPrec || prec == 0)
                return left;
            _p++;
            Enter();
            var right = ParseBinary(prec + 1);
            Leave();
            left = new BinOp(left, op, right, LocToPrev(start));
        }
    }

    private ExprNode ParseFactor()
    {
        UnaryOperator op;
        switch (Kind)
        {
            case TokenKind.Minus: op = UnaryOperator.USub; break;
            case TokenKind.Plus: op = UnaryOperator.UAdd; break;
            case TokenKind.Tilde: op = UnaryOperator.Invert; break;
            default: return ParsePower();
        }
        Enter();
        Token start = Advance();
        var operand = ParseFactor();
        Leave();
        return new UnaryOp(op, operand, LocToPrev(start));
    }

    private ExprNode ParsePower()
    {
        Token start = Cur;
        ExprNode left;
        if (Kind == TokenKind.Await)
        {
            _p++;
            var v = ParsePrimary();
            left = new Await(v, LocToPrev(start));
        }
        else
        {
            left = ParsePrimary();
        }
        if (Kind != TokenKind.DoubleStar)
            return left;
        _p++;
        Enter();
        var right = ParseFactor();
        Leave();
        return new BinOp(left, Operator.Pow, right, LocToPrev(start));
    }

    private ExprNode ParsePrimary()
    {
        Token start = Cur;
        var e = ParseAtom();
        while (true)
        {
            switch (Kind)
            {
                case TokenKind.Dot:
                    _p++;
                    if (Kind != TokenKind.Name)
                        throw InvalidSyntax();
                    string attr = Advance().Text!;
                    e = new Attribute(e, attr, ExprContext.Load, LocToPrev(start));
                    break;
                case TokenKind.LPar:
                {
                    Token open = Advance();
                    var (args, keywords) = ParseCallArguments(open, out _);
                    e = new Call(e, args, keywords, LocToPrev(start));
                    break;
                }
                case TokenKind.LSqb:
                {
                    _p++;
                    var slice = ParseSlices();
                    Expect(TokenKind.RSqb);
                    e = new Subscript(e, slice, ExprContext.Load, LocToPrev(start));
                    break;
                }
                default:
                    return e;
            }
        }
    }

    // slices: slice !',' | ','.(slice | starred_expression)+ [','] (a Tuple without the brackets)
    private ExprNode ParseSlices()
    {
        Token start = Cur;
        var first = ParseSliceItem();
        if (Kind != TokenKind.Comma)
            return first is Starred ? new AstTuple([first], ExprContext.Load, LocToPrev(start)) : first;
        var elts = new List<ExprNode> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Kind == TokenKind.RSqb)
                break;
            elts.Add(ParseSliceItem());
        }
        return new AstTuple(elts.ToArray(), ExprContext.Load, LocToPrev(start));
    }

    /// <summary>CPython's <c>invalid_starred_expression</c>: a '*' with no expression after it, where a starred
    /// expression may stand (call arguments, subscripts, the first item of a display), is reported at the next token.</summary>
    private void CheckStarHasOperand()
    {
        if (Kind == TokenKind.Star && !StartsExpression(PeekKind(1)))
            throw ErrorAt("Invalid star expression", PeekToken(1));
    }

    private ExprNode ParseSliceItem()
    {
        Token start = Cur;
        CheckStarHasOperand();
        if (Kind == TokenKind.Star)
        {
            _p++;
            var v = ParseBitwiseOr();
            return new Starred(v, ExprContext.Load, LocToPrev(start));
        }
        ExprNode? lower = null;
        if (Kind != TokenKind.Colon)
        {
            lower = ParseNamedExpression();
            if (Kind != TokenKind.Colon)
                return lower;
        }
        _p++; // ':'
        ExprNode? upper = null, step = null;
        if (Kind is not (TokenKind.Colon or TokenKind.Comma or TokenKind.RSqb))
            upper = ParseExpression();
        if (Accept(TokenKind.Colon))
        {
            if (Kind is not (TokenKind.Comma or TokenKind.RSqb))
                step = ParseExpression();
        }
        return new Slice(lower, upper, step, LocToPrev(start));
    }

    private ExprNode ParseAtom()
    {
        ref Token t = ref Cur;
        switch (t.Kind)
        {
            case TokenKind.Name:
            {
                var tok = Advance();
                return new Name(tok.Text!, ExprContext.Load, Loc(tok, tok));
            }
            case TokenKind.Number:
            {
                var tok = Advance();
                return new Constant(ParseNumber(tok), null, Loc(tok, tok));
            }
            case TokenKind.String:
            case TokenKind.FStringStart:
                return ParseStrings();
            case TokenKind.True:
            case TokenKind.False:
            {
                var tok = Advance();
                return new Constant(tok.Kind == TokenKind.True, null, Loc(tok, tok));
            }
            case TokenKind.None:
            {
                var tok = Advance();
                return new Constant(ConstantValue.None, null, Loc(tok, tok));
            }
            case TokenKind.Ellipsis:
            {
                var tok = Advance();
                return new Constant(ConstantValue.Ellipsis, null, Loc(tok, tok));
            }
            case TokenKind.LPar:
                return ParseParenAtom();
            case TokenKind.LSqb:
                return ParseListAtom();
            case TokenKind.LBrace:
                return ParseBraceAtom();
            case TokenKind.Star:
                throw ErrorAt("Invalid star expression", Cur);
            default:
                throw InvalidSyntax();
        }
    }

    private ExprNode ParseParenAtom()
    {
        Enter();
        Token open = Advance();
        CheckStarHasOperand();
        ExprNode result;
        if (Kind == TokenKind.RPar)
        {
            _p++;
            result = new AstTuple([], ExprContext.Load, LocToPrev(open));
            _parenthesizedTuples.Add((AstTuple)result);
        }
        else if (Kind == TokenKind.Yield)
        {
            result = ParseYieldExpr();
            Expect(TokenKind.RPar);
        }
        else
        {
            var first = ParseStarNamedExpression();
            if (IsComprehensionStart())
            {
                if (first is Starred)
                    throw ErrorAt("iterable unpacking cannot be used in comprehension", first);
                var gens = ParseComprehensions();
                Expect(TokenKind.RPar);
                result = new GeneratorExp(first, gens, LocToPrev(open));
            }
            else if (Kind == TokenKind.Comma)
            {
                var elts = new List<ExprNode> { first };
                while (Accept(TokenKind.Comma))
                {
                    if (Kind == TokenKind.RPar)
                        break;
                    elts.Add(ParseStarNamedExpression());
                }
                ExpectClosing(TokenKind.RPar);
                var tuple = new AstTuple(elts.ToArray(), ExprContext.Load, LocToPrev(open));
                _parenthesizedTuples.Add(tuple);
                result = tuple;
            }
            else
            {
                ExpectClosing(TokenKind.RPar);
                if (first is Starred)
                    throw ErrorAt("cannot use starred expression here", first);
                result = first;
            }
        }
        Leave();
        return result;
    }

    private void ExpectClosing(TokenKind k)
    {
        if (Kind == k)
        {
            _p++;
            return;
        }
        throw InvalidSyntax();
    }

    private bool IsComprehensionStart() => Kind == TokenKind.For || (Kind == TokenKind.Async && PeekKind(1) == TokenKind.For);

    private ExprNode ParseListAtom()
    {
        Enter();
        Token open = Advance();
        CheckStarHasOperand();
        ExprNode result;
        if (Kind == TokenKind.RSqb)
        {
            _p++;
            result = new AstList([], ExprContext.Load, LocToPrev(open));
        }
        else
        {
            var first = ParseStarNamedExpression();
            if (IsComprehensionStart())
            {
                if (first is Starred)
                    throw ErrorAt("iterable unpacking cannot be used in comprehension", first);
                var gens = ParseComprehensions();
                Expect(TokenKind.RSqb);
                result = new ListComp(first, gens, LocToPrev(open));
            }
            else
            {
                var elts = new List<ExprNode> { first };
                while (Accept(TokenKind.Comma))
                {
                    if (Kind == TokenKind.RSqb)
                        break;
                    elts.Add(ParseStarNamedExpression());
                }
                Expect(TokenKind.RSqb);
                result = new AstList(elts.ToArray(), ExprContext.Load, LocToPrev(open));
            }
        }
        Leave();
        return result;
    }

    private ExprNode ParseBraceAtom()
    {
        Enter();
        Token open = Advance();
        CheckStarHasOperand();
        ExprNode result;
        if (Kind == TokenKind.RBrace)
        {
            _p++;
            result = new Dict([], [], LocToPrev(open));
        }
        else if (Kind == TokenKind.DoubleStar)
        {
            result = ParseDictRest(open, null, null);
        }
        else
        {
            var first = ParseStarNamedExpression();
            if (Kind == TokenKind.Colon && first is not Starred)
            {
                _p++;
                var value = ParseExpression();
                if (IsComprehensionStart())
                {
                    var gens = ParseComprehensions();
                    Expect(TokenKind.RBrace);
                    result = new DictComp(first, value, gens, LocToPrev(open));
                }
                else
                {
                    result = ParseDictRest(open, first, value);
                }
            }
            else if (IsComprehensionStart())
            {
                if (first is Starred)
                    throw ErrorAt("iterable unpacking cannot be used in comprehension", first);
                var gens = ParseComprehensions();
                Expect(TokenKind.RBrace);
                result = new SetComp(first, gens, LocToPrev(open));
            }
            else
            {
                var elts = new List<ExprNode> { first };
                while (Accept(TokenKind.Comma))
                {
                    if (Kind == TokenKind.RBrace)
                        break;
                    elts.Add(ParseStarNamedExpression());
                }
                Expect(TokenKind.RBrace);
                result = new Set(elts.ToArray(), LocToPrev(open));
            }
        }
        Leave();
        return result;
    }

    private Dict ParseDictRest(in Token open, ExprNode? firstKey, ExprNode? firstValue)
    {
        var keys = new List<ExprNode?>();
        var values = new List<ExprNode>();
        if (firstValue is not null)
        {
            keys.Add(firstKey);
            values.Add(firstValue);
            if (!Accept(TokenKind.Comma))
            {
                Expect(TokenKind.RBrace);
                return new Dict(keys.ToArray(), values.ToArray(), LocToPrev(open));
            }
        }
        while (Kind != TokenKind.RBrace)
        {
            if (Accept(TokenKind.DoubleStar))
            {
                keys.Add(null);
                values.Add(ParseBitwiseOr());
            }
            else
            {
                var k = ParseExpression();
                if (Kind != TokenKind.Colon)
                {
                    if (Kind is TokenKind.Comma or TokenKind.RBrace)
                        throw ErrorAt("':' expected after dictionary key", Cur);
                    throw InvalidSyntax();
                }
                _p++;
                keys.Add(k);
                values.Add(ParseExpression());
            }
            if (!Accept(TokenKind.Comma))
                break;
        }
        Expect(TokenKind.RBrace);
        return new Dict(keys.ToArray(), values.ToArray(), LocToPrev(open));
    }

    private Comprehension[] ParseComprehensions()
    {
        var list = new List<Comprehension>();
        while (IsComprehensionStart())
        {
            int isAsync = Accept(TokenKind.Async) ? 1 : 0;
            _p++; // for
            var target = ParseTargetList(TargetKind.Star);
            if (Kind != TokenKind.In)
                throw InvalidSyntax();
            _p++;
            var iter = ParseDisjunction();
            List<ExprNode>? ifs = null;
            while (Kind == TokenKind.If)
            {
                _p++;
                (ifs ??= []).Add(ParseDisjunction());
            }
            list.Add(new Comprehension(target, iter, Arr(ifs), isAsync));
        }
        return list.ToArray();
    }

    private ExprNode ParseYieldExpr()
    {
        Token start = Advance();
        if (Accept(TokenKind.From))
        {
            var v = ParseExpression();
            return new YieldFrom(v, LocToPrev(start));
        }
        ExprNode? value = StartsExpression(Kind) ? ParseStarExpressionsAsTuple(allowStar: true) : null;
        return new Yield(value, LocToPrev(start));
    }

    private ExprNode ParseLambda()
    {
        Token start = Advance();
        var args = ParseParameters(TokenKind.Colon, allowAnnotations: false);
        Token colon = Expect(TokenKind.Colon);
        if (Kind == TokenKind.FStringMiddle) // the ':' began a format spec
            throw ErrorSpan("f-string: lambda expressions are not allowed without parentheses", start, colon);
        var body = ParseExpression();
        return new Lambda(args, body, LocToPrev(start));
    }

    /// <summary>Call arguments after '(' up to and including ')'.</summary>
    private (ExprNode[] Args, Keyword[] Keywords) ParseCallArguments(in Token open, out Token close)
    {
        List<ExprNode>? args = null;
        List<Keyword>? keywords = null;
        bool sawKeyword = false, sawDoubleStar = false;
        int count = 0;
        while (Kind != TokenKind.RPar)
        {
            Token start = Cur;
            count++;
            if (Kind == TokenKind.Star)
            {
                CheckStarHasOperand();
                _p++;
                var v = ParseExpression();
                var st = new Starred(v, ExprContext.Load, LocToPrev(start));
                if (sawDoubleStar)
                {
                    // CPython reads the run of starred arguments, then reports from the comma before the first
                    // to the last token it read.
                    Token comma = _tokens[IndexAfter(start) - 2];
                    while (Kind == TokenKind.Comma && PeekKind(1) == TokenKind.Star)
                    {
                        _p += 2;
                        ParseExpression();
                    }
                    throw ErrorStartingFrom("iterable argument unpacking follows keyword argument unpacking", comma);
                }
                (args ??= []).Add(st);
            }
            else if (Kind == TokenKind.DoubleStar)
            {
                _p++;
                var v = ParseExpression();
                (keywords ??= []).Add(new Keyword(null, v, LocToPrev(start)));
                sawDoubleStar = true;
            }
            else if (Kind == TokenKind.Name && PeekKind(1) == TokenKind.Equal)
            {
                _p += 2;
                var v = ParseExpression();
                (keywords ??= []).Add(new Keyword(start.Text, v, LocToPrev(start)));
                sawKeyword = true;
            }
            else
            {
                if (Kind is TokenKind.True or TokenKind.False or TokenKind.None && PeekKind(1) == TokenKind.Equal)
                    throw ErrorSpan($"cannot assign to {Keywords.Spelling(Kind)}", Cur, PeekToken(1));
                var e = ParseNamedExpression(equalsIsError: false);
                if (IsComprehensionStart())
                {
                    var gens = ParseComprehensions();
                    if (count == 1 && Kind == TokenKind.RPar)
                    {
                        close = Advance();
                        return ([new GeneratorExp(e, gens, Loc(open, close))], []);
                    }
                    var genexp = new GeneratorExp(e, gens, LocToPrev(start));
                    throw ErrorAt("Generator expression must be parenthesized", genexp);
                }
                if (Kind == TokenKind.Equal)
                {
                    Token eq = Cur;
                    throw _source.Error("expression cannot contain assignment, perhaps you meant \"==\"?", e.Lineno, e.ColOffset, eq.EndLine, eq.EndCol);
                }
                if (sawDoubleStar || sawKeyword)
                {
                    // CPython reads the remaining arguments, then reports at the last token it read.
                    while (Accept(TokenKind.Comma) && Kind != TokenKind.RPar)
                    {
                        if (Kind is TokenKind.Star or TokenKind.DoubleStar)
                            _p++;
                        else if (Kind == TokenKind.Name && PeekKind(1) == TokenKind.Equal)
                            _p += 2;
                        ParseNamedExpression(equalsIsError: false);
                    }
                    throw ErrorAt(sawDoubleStar ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument", _tokens[_count - 1]);
                }
                (args ??= []).Add(e);
            }
            if (!Accept(TokenKind.Comma))
                break;
            if (Kind == TokenKind.Comma)
                throw InvalidSyntax();
        }
        if (Kind != TokenKind.RPar)
        {
            if (count == 1 && args is { Count: 1 } && IsComprehensionStart())
                throw InvalidSyntax();
            throw InvalidSyntax();
        }
        close = Advance();
        return (Arr(args), Arr(keywords));
    }
}
