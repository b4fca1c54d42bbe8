using System.Collections.Generic;
using Atoll.Syntax.Ast;
using AstTuple = Atoll.Syntax.Ast.Tuple;

namespace Atoll.Syntax;

internal sealed partial class Parser
{
    private ModNode ParseFileInput()
    {
        var body = new List<StmtNode>();
        while (Kind != TokenKind.EndMarker)
        {
            if (Kind == TokenKind.Newline)
            {
                _p++;
                continue;
            }
            ParseStatement(body);
        }
        return new Module(body.ToArray(), TypeIgnoreNodes());
    }

    private TypeIgnoreNode[] TypeIgnoreNodes()
    {
        var list = _tokenizer.TypeIgnores;
        if (list.Count == 0)
            return [];
        var result = new TypeIgnoreNode[list.Count];
        for (int i = 0; i < list.Count; i++)
            result[i] = new TypeIgnore(list[i].Line, list[i].Tag);
        return result;
    }

    private ModNode ParseEvalInput()
    {
        var body = ParseStarExpressionsAsTuple(allowStar: true);
        while (Kind == TokenKind.Newline)
            _p++;
        if (Kind != TokenKind.EndMarker)
            throw InvalidSyntax();
        return new Expression(body);
    }

    private ModNode ParseInteractive()
    {
        var body = new List<StmtNode>();
        if (Kind == TokenKind.Newline || Kind == TokenKind.EndMarker)
            throw InvalidSyntax();
        bool compound = IsCompoundStart();
        ParseStatement(body);
        if (compound)
        {
            while (Kind == TokenKind.Newline)
                _p++;
        }
        if (Kind != TokenKind.EndMarker)
        {
            if (compound)
                throw InvalidSyntax();
            // CPython points at the NEWLINE that ended the first statement.
            var nl = Prev;
            throw _source.Error("multiple statements found while compiling a single statement", nl.Line, nl.Col, nl.EndLine, nl.EndCol);
        }
        return new Interactive(body.ToArray());
    }

    private ModNode ParseFuncTypeInput()
    {
        Expect(TokenKind.LPar);
        var args = new List<ExprNode>();
        // type_expressions: expressions, then optionally '*' expression and/or '**' expression, last.
        bool sawStar = false, sawDoubleStar = false;
        while (Kind != TokenKind.RPar)
        {
            if (sawDoubleStar)
                throw InvalidSyntax();
            if (Kind == TokenKind.Star && !sawStar)
            {
                _p++;
                sawStar = true;
            }
            else if (Kind == TokenKind.DoubleStar)
            {
                _p++;
                sawDoubleStar = true;
            }
            else if (sawStar)
            {
                throw InvalidSyntax();
            }
            args.Add(ParseExpression());
            if (!Accept(TokenKind.Comma))
                break;
            if (Kind == TokenKind.RPar && (sawStar || sawDoubleStar))
                throw InvalidSyntax();
        }
        Expect(TokenKind.RPar);
        Expect(TokenKind.RArrow);
        var returns = ParseExpression();
        while (Kind == TokenKind.Newline)
            _p++;
        if (Kind != TokenKind.EndMarker)
            throw InvalidSyntax();
        return new FunctionType(args.ToArray(), returns);
    }

    private bool IsCompoundStart() => Kind switch
    {
        TokenKind.Def or TokenKind.Class or TokenKind.If or TokenKind.While or TokenKind.For or TokenKind.Try or
            TokenKind.With or TokenKind.At => true,
        TokenKind.Async => PeekKind(1) is TokenKind.Def or TokenKind.For or TokenKind.With,
        _ => false,
    };

    private void ParseStatement(List<StmtNode> into)
    {
        CompactTokens();
        Enter();
        switch (Kind)
        {
            case TokenKind.Def:
                into.Add(ParseFunctionDef([], Cur));
                break;
            case TokenKind.Class:
                into.Add(ParseClassDef([], Cur));
                break;
            case TokenKind.At:
                into.Add(ParseDecorated());
                break;
            case TokenKind.If:
                into.Add(ParseIf());
                break;
            case TokenKind.While:
                into.Add(ParseWhile());
                break;
            case TokenKind.For:
                into.Add(ParseFor(null));
                break;
            case TokenKind.Try:
                into.Add(ParseTry());
                break;
            case TokenKind.With:
                into.Add(ParseWith(null));
                break;
            case TokenKind.Async:
                var asyncTok = Cur;
                switch (PeekKind(1))
                {
                    case TokenKind.Def:
                        into.Add(ParseFunctionDef([], asyncTok));
                        break;
                    case TokenKind.For:
                        _p++;
                        into.Add(ParseFor(asyncTok));
                        break;
                    case TokenKind.With:
                        _p++;
                        into.Add(ParseWith(asyncTok));
                        break;
                    default:
                        _p++;
                        throw InvalidSyntax();
                }
                break;
            case TokenKind.Indent:
                throw InvalidSyntax();
            case TokenKind.Name when Cur.Text == "match" && TryParseMatch(out var match):
                into.Add(match!);
                break;
            default:
                ParseSimpleStatements(into);
                break;
        }
        Leave();
    }

    private void ParseSimpleStatements(List<StmtNode> into)
    {
        while (true)
        {
            into.Add(ParseSimpleStatement());
            if (Kind == TokenKind.Semi)
            {
                _p++;
                if (Kind == TokenKind.Newline)
                    break;
                continue;
            }
            break;
        }
        if (Kind != TokenKind.Newline)
        {
            if (into.Count > 0 && into[^1] is Expr { Value: Name { Id: "print" or "exec" } legacy } && StartsExpression(Kind))
            {
                var start = Cur;
                var arg = ParseStarExpressionsAsTuple(allowStar: true);
                _ = start;
                throw ErrorSpan($"Missing parentheses in call to '{legacy.Id}'. Did you mean {legacy.Id}(...)?", legacy, arg);
            }
            throw InvalidSyntax();
        }
        _p++;
    }

    private static bool StartsExpression(TokenKind k) => k switch
    {
        TokenKind.Name or TokenKind.Number or TokenKind.String or TokenKind.FStringStart or TokenKind.LPar or
            TokenKind.LSqb or TokenKind.LBrace or TokenKind.Minus or TokenKind.Plus or TokenKind.Tilde or
            TokenKind.Not or TokenKind.Lambda or TokenKind.Await or TokenKind.None or TokenKind.True or
            TokenKind.False or TokenKind.Ellipsis or TokenKind.Star => true,
        _ => false,
    };

    private StmtNode ParseSimpleStatement()
    {
        Token start = Cur;
        switch (start.Kind)
        {
            case TokenKind.Pass:
                _p++;
                return new Pass(Loc(start, start));
            case TokenKind.Break:
                _p++;
                return new Break(Loc(start, start));
            case TokenKind.Continue:
                _p++;
                return new Continue(Loc(start, start));
            case TokenKind.Return:
            {
                _p++;
                ExprNode? value = StartsExpression(Kind) ? ParseStarExpressionsAsTuple(allowStar: true) : null;
                return new Return(value, LocToPrev(start));
            }
            case TokenKind.Raise:
            {
                _p++;
                ExprNode? exc = null, cause = null;
                if (StartsExpression(Kind))
                {
                    exc = ParseExpression();
                    if (Accept(TokenKind.From))
                        cause = ParseExpression();
                }
                return new Raise(exc, cause, LocToPrev(start));
            }
            case TokenKind.Global:
            case TokenKind.Nonlocal:
            {
                _p++;
                var names = new List<string>();
                do
                {
                    names.Add(ExpectName());
                }
                while (Accept(TokenKind.Comma));
                return start.Kind == TokenKind.Global
                    ? new Global(names.ToArray(), LocToPrev(start))
                    : new Nonlocal(names.ToArray(), LocToPrev(start));
            }
            case TokenKind.Del:
                return ParseDel();
            case TokenKind.Assert:
            {
                _p++;
                var test = ParseExpression();
                ExprNode? msg = Accept(TokenKind.Comma) ? ParseExpression() : null;
                return new Assert(test, msg, LocToPrev(start));
            }
            case TokenKind.Import:
                return ParseImport();
            case TokenKind.From:
                return ParseFromImport();
            case TokenKind.Name when start.Text == "type" && PeekKind(1) == TokenKind.Name && PeekKind(2) is TokenKind.Equal or TokenKind.LSqb:
                return ParseTypeAlias();
            default:
                return ParseExpressionStatement();
        }
    }

    private string ExpectName()
    {
        if (Kind != TokenKind.Name)
            throw InvalidSyntax();
        return Advance().Text!;
    }

    private StmtNode ParseTypeAlias()
    {
        Token start = Advance();
        Token nameTok = Advance();
        var name = new Name(nameTok.Text!, ExprContext.Store, Loc(nameTok, nameTok));
        var typeParams = Kind == TokenKind.LSqb ? ParseTypeParams() : [];
        Expect(TokenKind.Equal);
        var value = ParseExpression();
        return new TypeAlias(name, typeParams, value, LocToPrev(start));
    }

    private StmtNode ParseDel()
    {
        Token start = Advance();
        var targets = new List<ExprNode>();
        while (true)
        {
            if (!StartsExpression(Kind) || Kind is TokenKind.Not or TokenKind.Lambda) // not a bitwise_or: see below
                break;
            var e = ParseStarOrBitwiseOr(allowStar: true);
            targets.Add(e);
            if (Kind != TokenKind.Comma)
                break;
            _p++;
        }
        if (targets.Count == 0 || (Kind != TokenKind.Newline && Kind != TokenKind.Semi))
        {
            if (Kind is not (TokenKind.Newline or TokenKind.Semi))
            {
                // `del a + b`: report what cannot be deleted, as CPython's invalid_del_stmt does.
                int save = _p;
                int depth = _depth;
                _p = IndexAfter(start);
                ExprNode? bad = null;
                try
                {
                    bad = FindInvalidTarget(ParseStarExpressionsAsTuple(allowStar: true), TargetKind.Del);
                }
                catch (PythonSyntaxException) when (_tokenizerError is null)
                {
                    _depth = depth; // the Enter() calls the error cut short never reached their Leave()
                }
                if (bad is not null) // thrown outside the try, which is only for a star_expressions that fails
                    throw ErrorAt($"cannot delete {ExprName(bad)}", bad);
                _p = save;
            }
            throw InvalidSyntax();
        }
        var result = new ExprNode[targets.Count];
        for (int i = 0; i < targets.Count; i++)
        {
            // A target is parsed as star_or_bitwise_or, which is wider than del_target: `del x + 1` gets here.
            if (FindInvalidTarget(targets[i], TargetKind.Del) is { } bad)
                throw ErrorAt($"cannot delete {ExprName(bad)}", bad);
            result[i] = ToTarget(targets[i], ExprContext.Del);
        }
        return new Delete(result, LocToPrev(start));
    }

    private int IndexAfter(in Token t)
    {
        for (int i = 0; i < _count; i++)
        {
            if (_tokens[i].Start == t.Start && _tokens[i].Kind == t.Kind)
                return i + 1;
        }
        return _p;
    }

    private StmtNode ParseImport()
    {
        Token start = Advance();
        var names = new List<Alias>();
        do
        {
            Token nameStart = Cur;
            string name = ParseDottedName();
            string? asname = null;
            if (Accept(TokenKind.As))
                asname = ExpectName();
            names.Add(new Alias(name, asname, LocToPrev(nameStart)));
        }
        while (Accept(TokenKind.Comma));
        return new Import(names.ToArray(), LocToPrev(start));
    }

    private string ParseDottedName()
    {
        string name = ExpectName();
        if (Kind != TokenKind.Dot)
            return name;
        var sb = new System.Text.StringBuilder(name);
        while (Accept(TokenKind.Dot))
            sb.Append('.').Append(ExpectName());
        return sb.ToString();
    }

    private StmtNode ParseFromImport()
    {
        Token start = Advance();
        int level = 0;
        while (true)
        {
            if (Accept(TokenKind.Dot))
                level++;
            else if (Accept(TokenKind.Ellipsis))
                level += 3;
            else
                break;
        }
        string? module = null;
        if (level == 0 || Kind == TokenKind.Name)
            module = ParseDottedName();
        if (Kind != TokenKind.Import)
            throw InvalidSyntax();
        Token importTok = Advance();
        var names = new List<Alias>();
        if (Kind == TokenKind.Star)
        {
            Token star = Advance();
            names.Add(new Alias("*", null, Loc(star, star)));
        }
        else
        {
            bool paren = Accept(TokenKind.LPar);
            if (Kind != TokenKind.Name)
            {
                if (!paren && Kind == TokenKind.Newline)
                    throw _source.Error("Expected one or more names after 'import'", importTok.EndLine, importTok.EndCol + 1, importTok.EndLine, importTok.EndCol + 1);
                throw InvalidSyntax();
            }
            while (true)
            {
                Token nameStart = Cur;
                string name = ExpectName();
                string? asname = null;
                if (Accept(TokenKind.As))
                    asname = ExpectName();
                names.Add(new Alias(name, asname, LocToPrev(nameStart)));
                if (!Accept(TokenKind.Comma))
                    break;
                if (paren && Kind == TokenKind.RPar)
                    break;
                if (!paren && Kind != TokenKind.Name)
                {
                    if (Kind == TokenKind.Newline)
                        throw ErrorAt("trailing comma not allowed without surrounding parentheses", Cur);
                    throw InvalidSyntax();
                }
            }
            if (paren)
                Expect(TokenKind.RPar);
        }
        return new ImportFrom(module, names.ToArray(), level, LocToPrev(start));
    }

    // ---- assignment and expression statements ----

    private static bool IsAugAssign(TokenKind k, out Operator op)
    {
        op = k switch
        {
            TokenKind.PlusEqual => Operator.Add,
            TokenKind.MinEqual => Operator.Sub,
            TokenKind.StarEqual => Operator.Mult,
            TokenKind.AtEqual => Operator.MatMult,
            TokenKind.SlashEqual => Operator.Div,
            TokenKind.PercentEqual => Operator.Mod,
            TokenKind.AmperEqual => Operator.BitAnd,
            TokenKind.VBarEqual => Operator.BitOr,
            TokenKind.CircumflexEqual => Operator.BitXor,
            TokenKind.LeftShiftEqual => Operator.LShift,
            TokenKind.RightShiftEqual => Operator.RShift,
            TokenKind.DoubleStarEqual => Operator.Pow,
            TokenKind.DoubleSlashEqual => Operator.FloorDiv,
            _ => (Operator)255,
        };
        return op != (Operator)255;
    }

    private StmtNode ParseExpressionStatement()
    {
        Token start = Cur;
        int startIndex = _p;
        ExprNode first = Kind == TokenKind.Yield ? ParseYieldExpr() : ParseStarExpressionsAsTuple(allowStar: true);
        switch (Kind)
        {
            case TokenKind.Equal:
                return ParseAssignment(start, startIndex, first);
            case TokenKind.Colon:
                return ParseAnnAssign(start, first);
            default:
                if (IsAugAssign(Kind, out var op))
                {
                    if (first is not (Name or Attribute or Subscript))
                        throw ErrorAt($"'{ExprName(first)}' is an illegal expression for augmented assignment", first);
                    _p++;
                    var value = Kind == TokenKind.Yield ? ParseYieldExpr() : ParseStarExpressionsAsTuple(allowStar: true);
                    return new AugAssign(ToTarget(first, ExprContext.Store), op, value, LocToPrev(start));
                }
                if (first is Starred && Kind is TokenKind.Newline or TokenKind.Semi)
                    throw ErrorAt("can't use starred expression here", first);
                return new Expr(first, LocToPrev(start));
        }
    }

    private StmtNode ParseAssignment(Token start, int startIndex, ExprNode first)
    {
        var exprs = new List<ExprNode> { first };
        var equalsAt = new List<int>();
        while (Kind == TokenKind.Equal)
        {
            equalsAt.Add(_p);
            _p++;
            exprs.Add(Kind == TokenKind.Yield ? ParseYieldExpr() : ParseStarExpressionsAsTuple(allowStar: true));
        }
        var value = exprs[^1];
        var targets = new ExprNode[exprs.Count - 1];
        for (int i = 0; i < targets.Length; i++)
        {
            var t = exprs[i];
            if (FindInvalidTarget(t, TargetKind.Star) is not null || t is Starred)
                throw AssignmentTargetError(exprs, equalsAt, i, startIndex);
            targets[i] = ToTarget(t, ExprContext.Store);
        }
        if (value is Starred)
            throw ErrorAt("can't use starred expression here", value);
        string? typeComment = null;
        if (Kind == TokenKind.TypeComment)
            typeComment = Advance().Text;
        return new Assign(targets, value, typeComment, LocToPrev(start));
    }

    // Reproduces which of CPython's invalid_named_expression / invalid_assignment messages applies.
    private PythonSyntaxException AssignmentTargetError(List<ExprNode> exprs, List<int> equalsAt, int index, int startIndex)
    {
        _ = startIndex;
        var target = exprs[index];
        if (index == 0)
        {
            if (target is Starred && FindInvalidTarget(target, TargetKind.Star) is null)
                return ErrorAt("starred assignment target must be in a list or tuple", target);
            // The element directly before the first '=' (the last of an unparenthesized tuple).
            ExprNode last = target is AstTuple { Elts.Length: > 0 } tup && !IsParenthesized(tup) ? tup.Elts[^1] : target;
            if (ValueAfterEqualsEndsChain(equalsAt[0]) is ExprNode rhs)
            {
                if (last is Name && !ReferenceEquals(last, target))
                    return ErrorSpan("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", last, rhs);
                if (IsBitwiseOrLevel(last) && !StartsDisplayOrSingleton(last))
                    return ErrorAt($"cannot assign to {ExprName(last)} here. Maybe you meant '==' instead of '='?", last);
            }
        }
        foreach (var e in exprs.GetRange(0, exprs.Count - 1))
        {
            if (e is Yield or YieldFrom)
                return ErrorAt("assignment to yield expression not possible", e);
            var bad = FindInvalidTarget(e, TargetKind.Star);
            if (bad is not null)
                return ErrorAt($"cannot assign to {ExprName(bad)}", bad);
        }
        return ErrorAt("invalid syntax", target);
    }

    // True when the tokens after the '=' at index eq form a bitwise_or expression not followed by '=' or ':='.
    private ExprNode? ValueAfterEqualsEndsChain(int eq)
    {
        int save = _p;
        int depth = _depth;
        try
        {
            _p = eq + 1;
            if (!StartsExpression(Kind) || Kind == TokenKind.Star)
                return null;
            var e = ParseBitwiseOr();
            return Kind is TokenKind.Equal or TokenKind.ColonEqual ? null : e;
        }
        catch (PythonSyntaxException) when (_tokenizerError is null)
        {
            _depth = depth; // the Enter() calls the error cut short never reached their Leave()
            return null;
        }
        finally
        {
            _p = save;
        }
    }

    private static bool IsBitwiseOrLevel(ExprNode e) => e switch
    {
        Compare or BoolOp or IfExp or Lambda or NamedExpr or Starred or Yield or YieldFrom => false,
        UnaryOp { Op: UnaryOperator.Not } => false,
        _ => true,
    };

    // CPython's lookahead !(list|tuple|genexp|'True'|'None'|'False') before the target.
    private static bool StartsDisplayOrSingleton(ExprNode e) => e switch
    {
        List or AstTuple or GeneratorExp => true,
        Constant { Value: bool } => true,
        Constant c => ReferenceEquals(c.Value, ConstantValue.None),
        _ => false,
    };

    private int StartOffset(LocatedNode n) => _source.LineStart(n.Lineno) + n.ColOffset;

    private StmtNode ParseAnnAssign(Token start, ExprNode target)
    {
        Token colon = Cur;
        _ = colon;
        int simple;
        switch (target)
        {
            case Name:
                simple = target.ColOffset != start.Col || target.Lineno != start.Line ? 0 : 1;
                break;
            case Attribute:
            case Subscript:
                simple = 0;
                break;
            case AstTuple t:
                if (!IsParenthesized(t) && t.Elts.Length > 0)
                    throw ErrorAt("only single target (not tuple) can be annotated", t.Elts[0]);
                throw ErrorAt("only single target (not tuple) can be annotated", target);
            case List:
                throw ErrorAt("only single target (not list) can be annotated", target);
            default:
                throw ErrorAt("illegal target for annotation", target);
        }
        _p++;
        var annotation = ParseExpression();
        ExprNode? value = null;
        if (Accept(TokenKind.Equal))
            value = Kind == TokenKind.Yield ? ParseYieldExpr() : ParseStarExpressionsAsTuple(allowStar: true);
        return new AnnAssign(ToTarget(target, ExprContext.Store), annotation, value, simple, LocToPrev(start));
    }

    private bool IsParenthesized(AstTuple t) => _parenthesizedTuples.Contains(t);

    private readonly HashSet<AstTuple> _parenthesizedTuples = new(ReferenceEqualityComparer.Instance);
}
