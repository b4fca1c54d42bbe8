using System.Collections.Generic;
using Atoll.Syntax.Ast;

namespace Atoll.Syntax;

/// <summary>
/// The checks CPython's code generator makes, in the order it compiles the tree. Where that order is not source
/// order: a function's <c>__debug__</c> parameters are checked first, then decorators, defaults, annotations and the
/// body, and its name last; a class body comes before its bases and keywords; an assignment's value before its
/// targets; a <c>try</c> statement's <c>else</c> before its handlers; a call's keywords before anything else; a
/// generator expression's body before its first iterable; and a <c>break</c>, <c>continue</c> or <c>return</c>
/// leaving a <c>try</c> compiles that statement's <c>finally</c> body on the spot.
/// </summary>
internal sealed partial class CodegenPass(ErrorFactory errors, FutureFeatures future, IReadOnlyDictionary<Node, Scope> scopes,
    List<PythonSyntaxException> warnings)
{
    private enum UnitKind
    {
        Module,
        Class,
        Function,
        AsyncFunction,
        Lambda,
        GeneratorExpression,
    }

    private enum BlockKind
    {
        Loop,
        ExceptStar,
        FinallyTry,
    }

    private readonly record struct Block(BlockKind Kind, StmtNode[]? FinalBody);

    /// <summary>A code object being compiled: list, set and dict comprehensions are inlined into theirs.</summary>
    private sealed class Unit(UnitKind kind, Scope? scope)
    {
        public UnitKind Kind { get; } = kind;
        public Scope? Scope { get; } = scope;
        public List<Block> Blocks { get; set; } = [];

        public bool IsFunctionLike => Kind is not (UnitKind.Module or UnitKind.Class);
    }

    private Unit _unit = new(UnitKind.Module, null);
    private int _depth;

    public void CompileModule(StmtNode[] body) => Stmts(body);

    private void Enter()
    {
        if (++_depth > StackGuard.ParserDepthLimit || !StackGuard.HasSufficientStack())
            throw ErrorFactory.TooDeep();
    }

    private void InUnit(UnitKind kind, Node node, System.Action compile)
    {
        var saved = _unit;
        _unit = new Unit(kind, scopes.TryGetValue(node, out var s) ? s : null);
        compile();
        _unit = saved;
    }

    private void Forbidden(string name, ExprContext ctx, in SourceLocation loc)
    {
        if (name == "__debug__")
            throw errors.At(ctx == ExprContext.Del ? "cannot delete __debug__" : "cannot assign to __debug__", loc);
    }

    // ---- statements ----

    private void Stmts(StmtNode[] body)
    {
        foreach (var s in body)
            Stmt(s);
    }

    private void Stmt(StmtNode s)
    {
        Enter();
        switch (s)
        {
            case FunctionDef f:
                Function(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, f.TypeParams, UnitKind.Function);
                break;
            case AsyncFunctionDef f:
                Function(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, f.TypeParams, UnitKind.AsyncFunction);
                break;
            case ClassDef c:
                Exprs(c.DecoratorList);
                TypeParams(c.TypeParams);
                InUnit(UnitKind.Class, c, () => Stmts(c.Body));
                ValidateKeywords(c.Keywords);
                LoadArgs(c.Bases);
                foreach (var k in c.Keywords)
                    Expr(k.Value);
                Forbidden(c.Name, ExprContext.Store, c.Location);
                break;
            case Return r:
                ReturnStmt(r);
                break;
            case Delete d:
                Exprs(d.Targets);
                break;
            case Assign a:
                Expr(a.Value);
                Exprs(a.Targets);
                break;
            case AugAssign a:
                AugAssignStmt(a);
                break;
            case AnnAssign a:
                AnnAssignStmt(a);
                break;
            case TypeAlias t:
                TypeParams(t.TypeParams);
                Expr(t.Value);
                Forbidden(((Name)t.Name).Id, ExprContext.Store, t.Location);
                break;
            case For f:
                Expr(f.Iter);
                Expr(f.Target);
                Loop(f.Body);
                Stmts(f.Orelse);
                break;
            case AsyncFor f:
                if (_unit.Kind != UnitKind.AsyncFunction)
                    throw errors.At("'async for' outside async function", f);
                Expr(f.Iter);
                Expr(f.Target);
                Loop(f.Body);
                Stmts(f.Orelse);
                break;
            case While w:
                // CPython compiles the test twice: before the body and again at its end.
                Expr(w.Test);
                _unit.Blocks.Add(new Block(BlockKind.Loop, null));
                Stmts(w.Body);
                Expr(w.Test);
                _unit.Blocks.RemoveAt(_unit.Blocks.Count - 1);
                Stmts(w.Orelse);
                break;
            case If i:
                Expr(i.Test);
                Stmts(i.Body);
                Stmts(i.Orelse);
                break;
            case With w:
                WithItems(w.Items);
                Stmts(w.Body);
                break;
            case AsyncWith w:
                if (_unit.Kind != UnitKind.AsyncFunction)
                    throw errors.At("'async with' outside async function", w);
                WithItems(w.Items);
                Stmts(w.Body);
                break;
            case Match m:
                MatchStmt(m);
                break;
            case Raise r:
                Opt(r.Exc);
                Opt(r.Cause);
                break;
            case Try t:
                TryStmt(t.Body, t.Handlers, t.Orelse, t.Finalbody, star: false);
                break;
            case TryStar t:
                TryStmt(t.Body, t.Handlers, t.Orelse, t.Finalbody, star: true);
                break;
            case Assert a:
                if (a.Test is Ast.Tuple { Elts.Length: > 0 })
                    Warn("assertion is always true, perhaps remove parentheses?", a.Location);
                Expr(a.Test);
                Opt(a.Msg);
                break;
            case Import i:
                foreach (var a in i.Names)
                {
                    string name = a.Asname ?? a.Name;
                    int dot = name.IndexOf('.', System.StringComparison.Ordinal);
                    Forbidden(dot >= 0 ? name[..dot] : name, ExprContext.Store, i.Location);
                }
                break;
            case ImportFrom i:
                if (i.Level == 0 && i.Module == "__future__" && i.Lineno > future.LastLine)
                    throw errors.At("from __future__ imports must occur at the beginning of the file", i);
                foreach (var a in i.Names)
                {
                    if (a.Name != "*")
                        Forbidden(a.Asname ?? a.Name, ExprContext.Store, i.Location);
                }
                break;
            case Expr e:
                Expr(e.Value);
                break;
            case Break b:
                if (!Unwind(b.Location, lookingForLoop: true))
                    throw errors.At("'break' outside loop", b);
                break;
            case Continue c:
                if (!Unwind(c.Location, lookingForLoop: true))
                    throw errors.At("'continue' not properly in loop", c);
                break;
        }
        _depth--;
    }

    private void Function(StmtNode s, string name, Arguments args, StmtNode[] body, ExprNode[] decorators,
        ExprNode? returns, TypeParamNode[] typeParams, UnitKind kind)
    {
        CheckDebugArgs(args);
        Exprs(decorators);
        Defaults(args);
        TypeParams(typeParams);
        if (!future.Annotations)
        {
            // CPython evaluates these in this order: args, positional-only, *args, keyword-only, **kwargs, return.
            foreach (var a in args.Args)
                Opt(a.Annotation);
            foreach (var a in args.Posonlyargs)
                Opt(a.Annotation);
            var varargAnnotation = args.Vararg?.Annotation;
            Opt(varargAnnotation is Starred star ? star.Value : varargAnnotation); // *args: *Ts (PEP 646)
            foreach (var a in args.Kwonlyargs)
                Opt(a.Annotation);
            Opt(args.Kwarg?.Annotation);
            Opt(returns);
        }
        InUnit(kind, s, () => Stmts(body));
        Forbidden(name, ExprContext.Store, s.Location);
    }

    private void CheckDebugArgs(Arguments args)
    {
        foreach (var a in args.Posonlyargs)
            Forbidden(a.ArgName, ExprContext.Store, a.Location);
        foreach (var a in args.Args)
            Forbidden(a.ArgName, ExprContext.Store, a.Location);
        if (args.Vararg is { } v)
            Forbidden(v.ArgName, ExprContext.Store, v.Location);
        foreach (var a in args.Kwonlyargs)
            Forbidden(a.ArgName, ExprContext.Store, a.Location);
        if (args.Kwarg is { } k)
            Forbidden(k.ArgName, ExprContext.Store, k.Location);
    }

    private void Defaults(Arguments args)
    {
        Exprs(args.Defaults);
        foreach (var d in args.KwDefaults)
            Opt(d);
    }

    private void TypeParams(TypeParamNode[] typeParams)
    {
        foreach (var tp in typeParams)
        {
            switch (tp)
            {
                case TypeVar v:
                    Opt(v.Bound);
                    Opt(v.DefaultValue);
                    Forbidden(v.Name, ExprContext.Store, v.Location);
                    break;
                case TypeVarTuple t:
                    Opt(t.DefaultValue);
                    Forbidden(t.Name, ExprContext.Store, t.Location);
                    break;
                case ParamSpec p:
                    Opt(p.DefaultValue);
                    Forbidden(p.Name, ExprContext.Store, p.Location);
                    break;
            }
        }
    }

    private void Loop(StmtNode[] body)
    {
        _unit.Blocks.Add(new Block(BlockKind.Loop, null));
        Stmts(body);
        _unit.Blocks.RemoveAt(_unit.Blocks.Count - 1);
    }

    private void ReturnStmt(Return r)
    {
        if (!_unit.IsFunctionLike)
            throw errors.At("'return' outside function", r);
        if (r.Value is not null && _unit.Kind == UnitKind.AsyncFunction && _unit.Scope is { Generator: true })
            throw errors.At("'return' with value in async generator", r);
        Opt(r.Value);
        // A constant returned on the return's own line lends it its location.
        var loc = r.Value is Constant c && c.Lineno == r.Lineno ? c.Location : r.Location;
        Unwind(loc, lookingForLoop: false);
    }

    // Leaving blocks for break, continue or return: an except* handler may not be left this way; a try's finally body
    // is compiled where it is left; break and continue need a loop in the same function.
    // Returns whether a loop was found (when looking for one).
    private bool Unwind(in SourceLocation loc, bool lookingForLoop)
    {
        var blocks = _unit.Blocks;
        for (int i = blocks.Count - 1; i >= 0; i--)
        {
            var b = blocks[i];
            if (b.Kind == BlockKind.ExceptStar)
                throw errors.At("'break', 'continue' and 'return' cannot appear in an except* block", loc);
            if (b.Kind == BlockKind.Loop && lookingForLoop)
                return true;
            if (b.Kind == BlockKind.FinallyTry)
            {
                _unit.Blocks = blocks.GetRange(0, i);
                Stmts(b.FinalBody!);
                _unit.Blocks = blocks;
            }
        }
        return false;
    }

    private void TryStmt(StmtNode[] body, ExceptHandlerNode[] handlers, StmtNode[] orelse, StmtNode[] finalbody, bool star)
    {
        if (finalbody.Length > 0)
            _unit.Blocks.Add(new Block(BlockKind.FinallyTry, finalbody));
        Stmts(body);
        Stmts(orelse);
        foreach (var h in handlers)
        {
            var eh = (ExceptHandler)h;
            Opt(eh.Type);
            if (eh.Name is { } name)
                Forbidden(name, ExprContext.Store, eh.Location);
            if (star)
                _unit.Blocks.Add(new Block(BlockKind.ExceptStar, null));
            Stmts(eh.Body);
            if (star)
                _unit.Blocks.RemoveAt(_unit.Blocks.Count - 1);
        }
        if (finalbody.Length > 0)
        {
            _unit.Blocks.RemoveAt(_unit.Blocks.Count - 1);
            // CPython compiles the finally body twice: for leaving normally and for leaving by an exception.
            Stmts(finalbody);
            Stmts(finalbody);
        }
    }

    private void WithItems(WithItem[] items)
    {
        foreach (var item in items)
        {
            Expr(item.ContextExpr);
            Opt(item.OptionalVars);
        }
    }

    private void AugAssignStmt(AugAssign a)
    {
        switch (a.Target)
        {
            case Attribute at:
                Expr(at.Value);
                break;
            case Subscript sub:
                Expr(sub.Value);
                Expr(sub.Slice);
                break;
        }
        Expr(a.Value);
        if (a.Target is Name n)
            Forbidden(n.Id, ExprContext.Store, n.Location);
    }

    private void AnnAssignStmt(AnnAssign a)
    {
        if (a.Value is not null)
        {
            Expr(a.Value);
            Expr(a.Target);
        }
        bool evaluated = !future.Annotations && _unit.Kind is UnitKind.Module or UnitKind.Class;
        switch (a.Target)
        {
            case Name n:
                Forbidden(n.Id, ExprContext.Store, a.Location);
                if (a.Simple != 0 && evaluated)
                    Expr(a.Annotation);
                break;
            case Attribute at:
                Forbidden(at.Attr, ExprContext.Store, a.Location);
                if (a.Value is null)
                    Expr(at.Value);
                break;
            case Subscript sub:
                if (a.Value is null)
                {
                    Expr(sub.Value);
                    Expr(sub.Slice);
                }
                break;
        }
        if (a.Simple == 0 && evaluated)
            Expr(a.Annotation);
    }
}
