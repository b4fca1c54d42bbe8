using System.Collections.Generic;
using Atoll.Syntax.Ast;

namespace Atoll.Syntax;

internal sealed partial class SymbolPass
{
    // ---- expressions ----

    private void VisitOpt(ExprNode? e)
    {
        if (e is not null)
            VisitExpr(e);
    }

    private void VisitExprs(ExprNode[] es)
    {
        foreach (var e in es)
            VisitExpr(e);
    }

    private void VisitExpr(ExprNode e)
    {
        if (++_depth > StackGuard.ParserDepthLimit || !StackGuard.HasSufficientStack())
            throw ErrorFactory.TooDeep();
        switch (e)
        {
            case BoolOp b:
                VisitExprs(b.Values);
                break;
            case NamedExpr n:
                RaiseIfAnnotationScope("named expression", n);
                if (_cur.CompIterExpr > 0)
                    throw _errors.At("assignment expression cannot be used in a comprehension iterable expression", n);
                if (_cur.Comprehension != ComprehensionKind.None)
                    ExtendNamedExprScope((Name)n.Target);
                VisitExpr(n.Value);
                VisitExpr(n.Target);
                break;
            case BinOp b:
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                break;
            case UnaryOp u:
                VisitExpr(u.Operand);
                break;
            case Lambda l:
                VisitExprs(l.Args.Defaults);
                foreach (var d in l.Args.KwDefaults)
                    VisitOpt(d);
                Enter(ScopeKind.Function, l);
                VisitArguments(l.Args);
                VisitExpr(l.Body);
                Exit();
                break;
            case IfExp i:
                VisitExpr(i.Test);
                VisitExpr(i.Body);
                VisitExpr(i.Orelse);
                break;
            case Dict d:
                foreach (var k in d.Keys)
                    VisitOpt(k);
                VisitExprs(d.Values);
                break;
            case Set s:
                VisitExprs(s.Elts);
                break;
            case ListComp c:
                VisitComprehension(c, c.Generators, c.Elt, null, ComprehensionKind.List);
                break;
            case SetComp c:
                VisitComprehension(c, c.Generators, c.Elt, null, ComprehensionKind.Set);
                break;
            case DictComp c:
                VisitComprehension(c, c.Generators, c.Key, c.Value, ComprehensionKind.Dict);
                break;
            case GeneratorExp c:
                VisitComprehension(c, c.Generators, c.Elt, null, ComprehensionKind.Generator);
                break;
            case Yield y:
                RaiseIfAnnotationScope("yield expression", y);
                VisitOpt(y.Value);
                YieldSeen(y);
                break;
            case YieldFrom y:
                RaiseIfAnnotationScope("yield expression", y);
                VisitExpr(y.Value);
                YieldSeen(y);
                break;
            case Await a:
                RaiseIfAnnotationScope("await expression", a);
                VisitExpr(a.Value);
                if (_cur.Comprehension != ComprehensionKind.None)
                    _cur.Coroutine = true;
                break;
            case Compare c:
                VisitExpr(c.Left);
                VisitExprs(c.Comparators);
                break;
            case Call c:
                VisitExpr(c.Func);
                VisitExprs(c.Args);
                foreach (var k in c.Keywords)
                    VisitExpr(k.Value);
                break;
            case FormattedValue f:
                VisitExpr(f.Value);
                VisitOpt(f.FormatSpec);
                break;
            case JoinedStr j:
                VisitExprs(j.Values);
                break;
            case Attribute a:
                VisitExpr(a.Value);
                break;
            case Subscript s:
                VisitExpr(s.Value);
                VisitExpr(s.Slice);
                break;
            case Starred s:
                VisitExpr(s.Value);
                break;
            case Slice s:
                VisitOpt(s.Lower);
                VisitOpt(s.Upper);
                VisitOpt(s.Step);
                break;
            case Name n:
                AddDef(n.Id, n.Ctx == ExprContext.Load ? SymbolFlags.Use : SymbolFlags.Local, n.Location);
                break;
            case List l:
                VisitExprs(l.Elts);
                break;
            case Tuple t:
                VisitExprs(t.Elts);
                break;
        }
        _depth--;
    }

    private void YieldSeen(ExprNode y)
    {
        _cur.Generator = true;
        string? where = _cur.Comprehension switch
        {
            ComprehensionKind.List => "list comprehension",
            ComprehensionKind.Set => "set comprehension",
            ComprehensionKind.Dict => "dict comprehension",
            ComprehensionKind.Generator => "generator expression",
            _ => null,
        };
        if (where is not null)
            throw _errors.At($"'yield' inside {where}", y);
    }

    // yield, await and := cannot appear where an annotation or a type parameter's bound, default or alias is evaluated.
    private void RaiseIfAnnotationScope(string what, ExprNode e)
    {
        string? where = _cur.Kind switch
        {
            ScopeKind.Annotation => "an annotation",
            ScopeKind.TypeVariable => _cur.Info,
            ScopeKind.TypeAlias => "a type alias",
            ScopeKind.TypeParams => "the definition of a generic",
            _ => null,
        };
        if (where is not null)
            throw _errors.At($"{what} cannot be used within {where}", e);
    }

    // The outermost iterable is evaluated in the enclosing scope; the rest of a comprehension has its own scope.
    private void VisitComprehension(ExprNode e, Comprehension[] generators, ExprNode elt, ExprNode? value, ComprehensionKind kind)
    {
        var outermost = generators[0];
        _cur.CompIterExpr++;
        VisitExpr(outermost.Iter);
        _cur.CompIterExpr--;
        var scope = Enter(ScopeKind.Function, e, kind);
        if (outermost.IsAsync != 0)
            scope.Coroutine = true;
        scope.CompIterTarget = true;
        VisitExpr(outermost.Target);
        scope.CompIterTarget = false;
        VisitExprs(outermost.Ifs);
        for (int i = 1; i < generators.Length; i++)
        {
            var g = generators[i];
            scope.CompIterTarget = true;
            VisitExpr(g.Target);
            scope.CompIterTarget = false;
            scope.CompIterExpr++;
            VisitExpr(g.Iter);
            scope.CompIterExpr--;
            VisitExprs(g.Ifs);
            if (g.IsAsync != 0)
                scope.Coroutine = true;
        }
        VisitOpt(value);
        VisitExpr(elt);
        Exit();
        // An asynchronous list, set or dict comprehension makes the comprehension around it asynchronous too.
        if (scope.Coroutine && kind != ComprehensionKind.Generator && _cur.Comprehension != ComprehensionKind.None)
            _cur.Coroutine = true;
    }

    // A := in a comprehension binds in the nearest enclosing function (or module), never in a class or type scope.
    private void ExtendNamedExprScope(Name target)
    {
        string name = target.Id;
        for (var s = _cur; s is not null; s = s.Parent)
        {
            if (s.Comprehension != ComprehensionKind.None)
            {
                var v = Lookup(s, name);
                if ((v & SymbolFlags.CompIter) != 0 && (v & SymbolFlags.Local) != 0)
                    throw _errors.At($"assignment expression cannot rebind comprehension iteration variable '{name}'", target);
                continue;
            }
            switch (s.Kind)
            {
                case ScopeKind.Function:
                    AddDef(name, (Lookup(s, name) & SymbolFlags.Global) != 0 ? SymbolFlags.Global : SymbolFlags.Nonlocal, target.Location);
                    _cur.Directives.Add((Mangle(name), target.Location));
                    AddDef(s, name, SymbolFlags.Local, target.Location);
                    return;
                case ScopeKind.Module:
                    AddDef(name, SymbolFlags.Global, target.Location);
                    _cur.Directives.Add((Mangle(name), target.Location));
                    AddDef(s, name, SymbolFlags.Global, target.Location);
                    return;
                case ScopeKind.Class:
                    throw _errors.At("assignment expression within a comprehension cannot be used in a class body", target);
                case ScopeKind.TypeParams:
                    throw _errors.At("assignment expression within a comprehension cannot be used within the definition of a generic", target);
                case ScopeKind.TypeAlias:
                    throw _errors.At("assignment expression within a comprehension cannot be used in a type alias", target);
                case ScopeKind.TypeVariable:
                    throw _errors.At("assignment expression within a comprehension cannot be used in a TypeVar bound", target);
            }
        }
    }

    // ---- patterns ----

    private void VisitPattern(PatternNode p)
    {
        if (++_depth > StackGuard.ParserDepthLimit || !StackGuard.HasSufficientStack())
            throw ErrorFactory.TooDeep();
        switch (p)
        {
            case MatchValue v:
                VisitExpr(v.Value);
                break;
            case MatchSequence s:
                foreach (var sub in s.Patterns)
                    VisitPattern(sub);
                break;
            case MatchStar s:
                if (s.Name is { } starName)
                    AddDef(starName, SymbolFlags.Local, s.Location);
                break;
            case MatchMapping m:
                VisitExprs(m.Keys);
                foreach (var sub in m.Patterns)
                    VisitPattern(sub);
                if (m.Rest is { } rest)
                    AddDef(rest, SymbolFlags.Local, m.Location);
                break;
            case MatchClass c:
                VisitExpr(c.Cls);
                foreach (var sub in c.Patterns)
                    VisitPattern(sub);
                foreach (var sub in c.KwdPatterns)
                    VisitPattern(sub);
                break;
            case MatchAs a:
                if (a.Pattern is { } inner)
                    VisitPattern(inner);
                if (a.Name is { } asName)
                    AddDef(asName, SymbolFlags.Local, a.Location);
                break;
            case MatchOr o:
                foreach (var sub in o.Patterns)
                    VisitPattern(sub);
                break;
        }
        _depth--;
    }

    // ---- resolving names ----

    // Pre-order over the scopes, each scope's names in the order they were first seen, as CPython's analysis runs.
    // bound: the names bound in enclosing function scopes (null at module level); typeParams: visible type parameters.
    private void Analyze(Scope scope, HashSet<string>? bound, HashSet<string> typeParams)
    {
        if (!StackGuard.HasSufficientStack())
            throw ErrorFactory.TooDeep();
        var local = new List<string>();
        foreach (string name in scope.Order)
        {
            var flags = scope.Symbols[name];
            if ((flags & SymbolFlags.Global) != 0)
            {
                if ((flags & SymbolFlags.Nonlocal) != 0)
                    throw _errors.At($"name '{name}' is nonlocal and global", Directive(scope, name));
                continue;
            }
            if ((flags & SymbolFlags.Nonlocal) != 0)
            {
                if (bound is null)
                    throw _errors.At("nonlocal declaration not allowed at module level", Directive(scope, name));
                if (!bound.Contains(name))
                    throw _errors.At($"no binding for nonlocal '{name}' found", Directive(scope, name));
                if (typeParams.Contains(name))
                    throw _errors.At($"nonlocal binding not allowed for type parameter '{name}'", Directive(scope, name));
                continue;
            }
            if ((flags & SymbolFlags.Bound) != 0)
            {
                local.Add(name);
                if ((flags & SymbolFlags.TypeParam) != 0)
                    typeParams.Add(name);
                else
                    typeParams.Remove(name);
            }
        }
        var newBound = bound is null ? new HashSet<string>(System.StringComparer.Ordinal) : new HashSet<string>(bound, System.StringComparer.Ordinal);
        if (scope.IsFunctionLike)
            newBound.UnionWith(local);
        else if (scope.Kind == ScopeKind.Class)
            newBound.UnionWith(["__class__", "__classdict__"]); // the implicit cells methods may declare nonlocal
        foreach (var child in scope.Children)
            Analyze(child, newBound, new HashSet<string>(typeParams, System.StringComparer.Ordinal));
    }

    private static SourceLocation Directive(Scope scope, string name)
    {
        foreach (var (n, loc) in scope.Directives)
        {
            if (n == name)
                return loc;
        }
        return default;
    }
}
