using System.Collections.Generic;
using Atoll.Syntax.Ast;
using AstTuple = Atoll.Syntax.Ast.Tuple;

namespace Atoll.Syntax;

internal sealed partial class Parser
{
    private StmtNode[] ParseBlock(string what, in Token header)
    {
        if (Kind == TokenKind.Newline)
        {
            _p++;
            if (Kind != TokenKind.Indent)
                throw ErrorAt($"expected an indented block after {what} on line {header.Line}", Cur, "IndentationError");
            _p++;
            var body = new List<StmtNode>();
            while (Kind != TokenKind.Dedent && Kind != TokenKind.EndMarker)
                ParseStatement(body);
            Accept(TokenKind.Dedent);
            return body.ToArray();
        }
        var simple = new List<StmtNode>();
        if (Kind is TokenKind.EndMarker or TokenKind.Indent or TokenKind.Dedent)
            throw InvalidSyntax();
        ParseSimpleStatements(simple);
        return simple.ToArray();
    }

    private void ExpectColon()
    {
        if (Kind == TokenKind.Colon)
        {
            _p++;
            return;
        }
        if (Kind is TokenKind.Newline)
            throw ErrorAt("expected ':'", Cur);
        throw InvalidSyntax();
    }

    private StmtNode ParseDecorated()
    {
        var decorators = new List<ExprNode>();
        while (Kind == TokenKind.At)
        {
            _p++;
            decorators.Add(ParseNamedExpression());
            if (Kind != TokenKind.Newline)
                throw InvalidSyntax();
            _p++;
        }
        var start = Cur;
        return Kind switch
        {
            TokenKind.Def => ParseFunctionDef(decorators.ToArray(), start),
            TokenKind.Async when PeekKind(1) == TokenKind.Def => ParseFunctionDef(decorators.ToArray(), start),
            TokenKind.Class => ParseClassDef(decorators.ToArray(), start),
            _ => throw InvalidSyntax(),
        };
    }

    private StmtNode ParseFunctionDef(ExprNode[] decorators, Token start)
    {
        bool isAsync = Accept(TokenKind.Async);
        Expect(TokenKind.Def);
        string name = ExpectName();
        var typeParams = Kind == TokenKind.LSqb ? ParseTypeParams() : [];
        if (Kind != TokenKind.LPar)
            throw InvalidSyntax();
        _p++;
        var args = ParseParameters(TokenKind.RPar, allowAnnotations: true);
        Expect(TokenKind.RPar);
        ExprNode? returns = null;
        if (Accept(TokenKind.RArrow))
            returns = ParseExpression();
        ExpectColon();
        string? typeComment = null;
        if (Kind == TokenKind.TypeComment)
        {
            typeComment = Advance().Text;
        }
        else if (Kind == TokenKind.Newline && PeekKind(1) == TokenKind.TypeComment && PeekKind(2) == TokenKind.Newline && PeekKind(3) == TokenKind.Indent)
        {
            _p++;
            typeComment = Advance().Text;
        }
        var body = ParseBlock("function definition", start);
        var loc = LocToPrevStmt(start);
        return isAsync
            ? new AsyncFunctionDef(name, args, body, decorators, returns, typeComment, typeParams, loc)
            : new FunctionDef(name, args, body, decorators, returns, typeComment, typeParams, loc);
    }

    // A compound statement ends where the last statement of its last block ends.
    private SourceLocation LocToPrevStmt(in Token start)
    {
        int i = _p - 1;
        while (i > 0 && _tokens[i].Kind is TokenKind.Newline or TokenKind.Dedent or TokenKind.Indent or TokenKind.EndMarker)
            i--;
        ref Token end = ref _tokens[i];
        return new SourceLocation(start.Line, start.Col, end.EndLine, end.EndCol);
    }

    private StmtNode ParseClassDef(ExprNode[] decorators, Token start)
    {
        _p++; // class
        string name = ExpectName();
        var typeParams = Kind == TokenKind.LSqb ? ParseTypeParams() : [];
        ExprNode[] bases = [];
        Keyword[] keywords = [];
        if (Kind == TokenKind.LPar)
        {
            Token open = Advance();
            (bases, keywords) = ParseCallArguments(open, out _);
            if (bases is [GeneratorExp g] && g.Lineno == open.Line && g.ColOffset == open.Col)
            {
                // `class C(x for x in y)`: a call may take a bare generator expression, class bases may not.
                int depth = 0;
                for (int i = IndexAfter(open); ; i++)
                {
                    depth += _tokens[i].Kind is TokenKind.LPar or TokenKind.LSqb or TokenKind.LBrace ? 1
                        : _tokens[i].Kind is TokenKind.RPar or TokenKind.RSqb or TokenKind.RBrace ? -1 : 0;
                    if (depth == 0 && _tokens[i].Kind is TokenKind.For or TokenKind.Async)
                        throw ErrorAt("invalid syntax", _tokens[i]);
                }
            }
        }
        ExpectColon();
        var body = ParseBlock("class definition", start);
        return new ClassDef(name, bases, keywords, body, decorators, typeParams, LocToPrevStmt(start));
    }

    private TypeParamNode[] ParseTypeParams()
    {
        Token open = Expect(TokenKind.LSqb);
        var list = new List<TypeParamNode>();
        if (Kind == TokenKind.RSqb)
            throw ErrorSpan("Type parameter list cannot be empty", open, Cur);
        while (Kind != TokenKind.RSqb)
        {
            Token start = Cur;
            if (Accept(TokenKind.Star))
            {
                string n = ExpectName();
                ExprNode? def = null;
                if (Kind == TokenKind.Colon)
                    throw ErrorAt("cannot use bound with TypeVarTuple", Cur);
                if (Accept(TokenKind.Equal))
                    def = ParseStarOrExpression();
                list.Add(new TypeVarTuple(n, def, LocToPrev(start)));
            }
            else if (Accept(TokenKind.DoubleStar))
            {
                string n = ExpectName();
                ExprNode? def = null;
                if (Kind == TokenKind.Colon)
                    throw ErrorAt("cannot use bound with ParamSpec", Cur);
                if (Accept(TokenKind.Equal))
                    def = ParseExpression();
                list.Add(new ParamSpec(n, def, LocToPrev(start)));
            }
            else
            {
                string n = ExpectName();
                ExprNode? bound = null, def = null;
                if (Accept(TokenKind.Colon))
                    bound = ParseExpression();
                if (Accept(TokenKind.Equal))
                    def = ParseExpression();
                list.Add(new TypeVar(n, bound, def, LocToPrev(start)));
            }
            if (!Accept(TokenKind.Comma))
                break;
        }
        Expect(TokenKind.RSqb);
        return list.ToArray();
    }

    private ExprNode ParseStarOrExpression()
    {
        if (Kind == TokenKind.Star)
        {
            Token st = Advance();
            var v = ParseBitwiseOr();
            return new Starred(v, ExprContext.Load, Loc(st, v));
        }
        return ParseExpression();
    }

    private StmtNode ParseIf()
    {
        Token start = Advance();
        var test = ParseNamedExpression();
        ExpectColon();
        var body = ParseBlock("'if' statement", start);
        var orelse = ParseElse(start);
        return new If(test, body, orelse, LocToPrevStmt(start));
    }

    private StmtNode[] ParseElse(in Token owner)
    {
        _ = owner;
        if (Kind == TokenKind.Elif)
        {
            Enter(); // each elif nests (CPython's elif_stmt is recursive): a long chain is too complex, not a crash
            Token elif = Advance();
            var test = ParseNamedExpression();
            ExpectColon();
            var body = ParseBlock("'elif' statement", elif);
            var orelse = ParseElse(elif);
            Leave();
            return [new If(test, body, orelse, LocToPrevStmt(elif))];
        }
        if (Kind == TokenKind.Else)
        {
            Token elseTok = Advance();
            ExpectColon();
            return ParseBlock("'else' statement", elseTok);
        }
        return [];
    }

    private StmtNode[] ParseElseOnly()
    {
        if (Kind != TokenKind.Else)
            return [];
        Token elseTok = Advance();
        ExpectColon();
        return ParseBlock("'else' statement", elseTok);
    }

    private StmtNode ParseWhile()
    {
        Token start = Advance();
        var test = ParseNamedExpression();
        ExpectColon();
        var body = ParseBlock("'while' statement", start);
        var orelse = ParseElseOnly();
        return new While(test, body, orelse, LocToPrevStmt(start));
    }

    private StmtNode ParseFor(Token? asyncTok)
    {
        Token forTok = Advance();
        Token start = asyncTok ?? forTok;
        var target = ParseTargetList(TargetKind.Star);
        if (Kind != TokenKind.In)
            throw InvalidSyntax();
        _p++;
        var iter = ParseStarExpressionsAsTuple(allowStar: true);
        ExpectColon();
        string? typeComment = Kind == TokenKind.TypeComment ? Advance().Text : null;
        var body = ParseBlock("'for' statement", start);
        var orelse = ParseElseOnly();
        var loc = LocToPrevStmt(start);
        return asyncTok is null
            ? new For(target, iter, body, orelse, typeComment, loc)
            : new AsyncFor(target, iter, body, orelse, typeComment, loc);
    }

    /// <summary>star_targets: a target or a comma-separated list of them (a Tuple), in Store context.</summary>
    private ExprNode ParseTargetList(TargetKind kind)
    {
        Token start = Cur;
        var first = ParseStarOrBitwiseOr(allowStar: true);
        ExprNode result = first;
        if (Kind == TokenKind.Comma)
        {
            var elts = new List<ExprNode> { first };
            while (Accept(TokenKind.Comma))
            {
                if (!StartsExpression(Kind))
                    break;
                elts.Add(ParseStarOrBitwiseOr(allowStar: true));
            }
            result = new AstTuple(elts.ToArray(), ExprContext.Load, LocToPrev(start));
        }
        var bad = FindInvalidTarget(result, kind);
        if (bad is not null)
            throw ErrorAt($"cannot assign to {ExprName(bad)}", bad);
        return ToTarget(result, ExprContext.Store);
    }

    private StmtNode ParseWith(Token? asyncTok)
    {
        Token withTok = Advance();
        Token start = asyncTok ?? withTok;
        WithItem[]? items = null;
        if (Kind == TokenKind.LPar)
            items = TryParseParenthesizedWithItems();
        if (items is null)
        {
            var list = new List<WithItem>();
            do
            {
                list.Add(ParseWithItem());
            }
            while (Accept(TokenKind.Comma));
            items = list.ToArray();
        }
        ExpectColon();
        string? typeComment = Kind == TokenKind.TypeComment ? Advance().Text : null;
        var body = ParseBlock("'with' statement", start);
        var loc = LocToPrevStmt(start);
        return asyncTok is null ? new With(items, body, typeComment, loc) : new AsyncWith(items, body, typeComment, loc);
    }

    // 'with' '(' ','.with_item+ ','? ')' ':' — tried first, as in CPython's grammar; null when it does not apply.
    private WithItem[]? TryParseParenthesizedWithItems()
    {
        int save = _p;
        int depth = _depth;
        try
        {
            _p++;
            var list = new List<WithItem>();
            while (true)
            {
                list.Add(ParseWithItem());
                if (!Accept(TokenKind.Comma))
                    break;
                if (Kind == TokenKind.RPar)
                    break;
            }
            if (Kind == TokenKind.RPar && PeekKind(1) == TokenKind.Colon)
            {
                _p++;
                return list.ToArray();
            }
        }
        catch (PythonSyntaxException) when (_tokenizerError is null)
        {
            _depth = depth; // the Enter() calls the error cut short never reached their Leave()
        }
        _p = save;
        return null;
    }

    private WithItem ParseWithItem()
    {
        var ctx = ParseExpression();
        ExprNode? vars = null;
        if (Accept(TokenKind.As))
        {
            var target = ParseStarOrBitwiseOr(allowStar: true);
            if (Kind is not (TokenKind.Comma or TokenKind.RPar or TokenKind.Colon))
                throw InvalidSyntax();
            var bad = FindInvalidTarget(target, TargetKind.Star);
            if (bad is not null)
                throw ErrorAt($"cannot assign to {ExprName(bad)}", bad);
            vars = ToTarget(target, ExprContext.Store);
        }
        return new WithItem(ctx, vars);
    }

    private StmtNode ParseTry()
    {
        Token start = Advance();
        ExpectColon();
        var body = ParseBlock("'try' statement", start);
        var handlers = new List<ExceptHandlerNode>();
        bool? star = null;
        while (Kind == TokenKind.Except)
        {
            Token exceptTok = Advance();
            bool isStar = Accept(TokenKind.Star);
            if (star is bool s && s != isStar)
                throw ErrorAt("cannot have both 'except' and 'except*' on the same 'try'", exceptTok);
            star = isStar;
            ExprNode? type = null;
            string? name = null;
            if (Kind != TokenKind.Colon)
            {
                type = ParseExpression();
                if (Kind == TokenKind.Comma)
                {
                    var first = type;
                    while (Accept(TokenKind.Comma))
                    {
                        if (Kind is TokenKind.Colon or TokenKind.As)
                            break;
                        type = ParseExpression();
                    }
                    throw ErrorSpan("multiple exception types must be parenthesized", first, type);
                }
                if (Accept(TokenKind.As))
                    name = ExpectName();
            }
            else if (isStar)
            {
                throw ErrorAt("expected one or more exception types", Cur);
            }
            ExpectColon();
            var hbody = ParseBlock(isStar ? "'except*' statement" : "'except' statement", exceptTok);
            handlers.Add(new ExceptHandler(type, name, hbody, LocToPrevStmt(exceptTok)));
        }
        var orelse = handlers.Count > 0 ? ParseElseOnly() : [];
        StmtNode[] finalbody = [];
        if (Kind == TokenKind.Finally)
        {
            Token fin = Advance();
            ExpectColon();
            finalbody = ParseBlock("'finally' statement", fin);
        }
        else if (handlers.Count == 0)
        {
            throw ErrorAt("expected 'except' or 'finally' block", Cur, "SyntaxError");
        }
        var loc = LocToPrevStmt(start);
        return star == true
            ? new TryStar(body, handlers.ToArray(), orelse, finalbody, loc)
            : new Try(body, handlers.ToArray(), orelse, finalbody, loc);
    }
}
