using System;
using System.Collections.Generic;
using Atoll.Syntax.Ast;

namespace Atoll.Syntax;

/// <summary>How a name is used in a scope (CPython's symbol table flags).</summary>
[Flags]
internal enum SymbolFlags
{
    None = 0,
    Global = 1,
    Local = 2,
    Param = 4,
    Nonlocal = 8,
    Use = 16,
    Import = 32,
    Annot = 64,
    CompIter = 128,
    TypeParam = 256,
    Bound = Local | Param | Import,
}

internal enum ScopeKind
{
    Module,
    Function, // def, lambda, comprehension
    Class,
    TypeParams, // the scope of a generic's type parameters
    TypeVariable, // a type parameter's bound or default
    TypeAlias,
    Annotation, // annotations under `from __future__ import annotations`
}

internal enum ComprehensionKind
{
    None,
    List,
    Set,
    Dict,
    Generator,
}

/// <summary>One scope of the symbol table.</summary>
internal sealed class Scope(ScopeKind kind, Scope? parent)
{
    public ScopeKind Kind { get; } = kind;
    public Scope? Parent { get; } = parent;
    public ComprehensionKind Comprehension { get; init; }
    public List<Scope> Children { get; } = [];
    public Dictionary<string, SymbolFlags> Symbols { get; } = new(StringComparer.Ordinal);
    public List<string> Order { get; } = [];
    public List<(string Name, SourceLocation Location)> Directives { get; } = [];

    /// <summary>Inside a comprehension's iterable expressions (inherited by scopes nested there).</summary>
    public int CompIterExpr { get; set; }

    public bool CompIterTarget { get; set; }

    /// <summary>The function contains <c>yield</c>.</summary>
    public bool Generator { get; set; }

    /// <summary>The comprehension is asynchronous: <c>async for</c>, <c>await</c>, or an asynchronous comprehension in it.</summary>
    public bool Coroutine { get; set; }

    /// <summary>For a type variable scope: what it is, as the messages say ("a TypeVar bound").</summary>
    public string? Info { get; init; }

    public bool IsFunctionLike => Kind is not (ScopeKind.Module or ScopeKind.Class);

    public SymbolFlags Lookup(string name) => Symbols.TryGetValue(name, out var f) ? f : SymbolFlags.None;
}

/// <summary>
/// Builds the scopes of a module as CPython's symtable does, raising its errors: first those found while visiting the
/// tree (in CPython's visiting order), then those found when names are resolved (nonlocal bindings).
/// </summary>
internal sealed partial class SymbolPass
{
    private readonly ErrorFactory _errors;
    private readonly FutureFeatures _future;
    private readonly Scope _module;
    private Scope _cur;
    private int _depth;

    /// <summary>The class whose body is being visited: its private names (<c>__x</c>) are mangled to <c>_Class__x</c>.</summary>
    private string? _private;

    /// <summary>The scope of each function, lambda and comprehension node.</summary>
    private readonly Dictionary<Node, Scope> _scopes = new(ReferenceEqualityComparer.Instance);

    private SymbolPass(ErrorFactory errors, FutureFeatures future)
    {
        _errors = errors;
        _future = future;
        _module = new Scope(ScopeKind.Module, null);
        _cur = _module;
    }

    /// <summary>Builds the scopes and also returns the module's own scope (the compiler resolves names from it).</summary>
    public static (Scope Module, IReadOnlyDictionary<Node, Scope> Scopes) BuildWithModule(StmtNode[] body, FutureFeatures future, ErrorFactory errors)
    {
        var pass = new SymbolPass(errors, future);
        pass.VisitStmts(body);
        pass.Analyze(pass._module, null, new HashSet<string>(StringComparer.Ordinal));
        return (pass._module, pass._scopes);
    }

    public static IReadOnlyDictionary<Node, Scope> Build(StmtNode[] body, FutureFeatures future, ErrorFactory errors)
    {
        var pass = new SymbolPass(errors, future);
        pass.VisitStmts(body);
        pass.Analyze(pass._module, null, new HashSet<string>(StringComparer.Ordinal));
        return pass._scopes;
    }

    // ---- scopes and definitions ----

    private Scope Enter(ScopeKind kind, Node? node, ComprehensionKind comp = ComprehensionKind.None, string? info = null)
    {
        var s = new Scope(kind, _cur) { Comprehension = comp, Info = info, CompIterExpr = _cur.CompIterExpr };
        _cur.Children.Add(s);
        if (node is not null)
            _scopes[node] = s;
        _cur = s;
        return s;
    }

    private void Exit() => _cur = _cur.Parent!;

    private void AddDef(string name, SymbolFlags flag, in SourceLocation loc) => AddDef(_cur, name, flag, loc);

    // docs.python.org/3/reference/expressions.html#private-name-mangling
    private string Mangle(string name)
    {
        if (_private is null || !name.StartsWith("__", StringComparison.Ordinal) || name.EndsWith("__", StringComparison.Ordinal) ||
            name.Contains('.', StringComparison.Ordinal))
            return name;
        string cls = _private.TrimStart('_');
        return cls.Length == 0 ? name : "_" + cls + name;
    }

    private SymbolFlags Lookup(Scope scope, string name) => scope.Lookup(Mangle(name));

    // Messages name the symbol as written; the table (and the name-resolution messages) use the mangled name.
    private void AddDef(Scope scope, string name, SymbolFlags flag, in SourceLocation loc)
    {
        string key = Mangle(name);
        if (scope.Symbols.TryGetValue(key, out var val))
        {
            if ((flag & SymbolFlags.Param) != 0 && (val & SymbolFlags.Param) != 0)
                throw _errors.At($"duplicate argument '{name}' in function definition", loc);
            if ((flag & SymbolFlags.TypeParam) != 0 && (val & SymbolFlags.TypeParam) != 0)
                throw _errors.At($"duplicate type parameter '{name}'", loc);
            val |= flag;
        }
        else
        {
            val = flag;
            scope.Order.Add(key);
        }
        if (scope.CompIterTarget)
        {
            if ((val & (SymbolFlags.Global | SymbolFlags.Nonlocal)) != 0)
                throw _errors.At($"comprehension inner loop cannot rebind assignment expression target '{name}'", loc);
            val |= SymbolFlags.CompIter;
        }
        scope.Symbols[key] = val;
        if ((flag & SymbolFlags.Global) != 0 && scope != _module)
        {
            if (!_module.Symbols.TryGetValue(key, out var g))
                _module.Order.Add(key);
            _module.Symbols[key] = g | flag;
        }
    }

    // ---- statements ----

    private void VisitStmts(StmtNode[] body)
    {
        foreach (var s in body)
            VisitStmt(s);
    }

    private void VisitStmt(StmtNode s)
    {
        if (++_depth > StackGuard.ParserDepthLimit || !StackGuard.HasSufficientStack())
            throw ErrorFactory.TooDeep();
        switch (s)
        {
            case FunctionDef f:
                VisitFunction(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, f.TypeParams);
                break;
            case AsyncFunctionDef f:
                VisitFunction(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, f.TypeParams);
                break;
            case ClassDef c:
            {
                AddDef(c.Name, SymbolFlags.Local, c.Location);
                VisitExprs(c.DecoratorList);
                string? outerPrivate = _private;
                if (c.TypeParams.Length > 0)
                {
                    Enter(ScopeKind.TypeParams, null);
                    _private = c.Name;
                    VisitTypeParams(c.TypeParams);
                }
                VisitExprs(c.Bases);
                foreach (var k in c.Keywords)
                    VisitExpr(k.Value);
                Enter(ScopeKind.Class, c);
                _private = c.Name;
                VisitStmts(c.Body);
                Exit();
                _private = outerPrivate;
                if (c.TypeParams.Length > 0)
                    Exit();
                break;
            }
            case Return r:
                VisitOpt(r.Value);
                break;
            case Delete d:
                VisitExprs(d.Targets);
                break;
            case Assign a:
                VisitExprs(a.Targets);
                VisitExpr(a.Value);
                break;
            case AugAssign a:
                VisitExpr(a.Target);
                VisitExpr(a.Value);
                break;
            case AnnAssign a:
                VisitAnnAssign(a);
                break;
            case TypeAlias t:
                VisitExpr(t.Name);
                if (t.TypeParams.Length > 0)
                {
                    Enter(ScopeKind.TypeParams, null);
                    VisitTypeParams(t.TypeParams);
                }
                Enter(ScopeKind.TypeAlias, null);
                VisitExpr(t.Value);
                Exit();
                if (t.TypeParams.Length > 0)
                    Exit();
                break;
            case For f:
                VisitExpr(f.Target);
                VisitExpr(f.Iter);
                VisitStmts(f.Body);
                VisitStmts(f.Orelse);
                break;
            case AsyncFor f:
                VisitExpr(f.Target);
                VisitExpr(f.Iter);
                VisitStmts(f.Body);
                VisitStmts(f.Orelse);
                break;
            case While w:
                VisitExpr(w.Test);
                VisitStmts(w.Body);
                VisitStmts(w.Orelse);
                break;
            case If i:
                VisitExpr(i.Test);
                VisitStmts(i.Body);
                VisitStmts(i.Orelse);
                break;
            case With w:
                VisitWithItems(w.Items);
                VisitStmts(w.Body);
                break;
            case AsyncWith w:
                VisitWithItems(w.Items);
                VisitStmts(w.Body);
                break;
            case Match m:
                VisitExpr(m.Subject);
                foreach (var c in m.Cases)
                {
                    VisitPattern(c.Pattern);
                    VisitOpt(c.Guard);
                    VisitStmts(c.Body);
                }
                break;
            case Raise r:
                VisitOpt(r.Exc);
                VisitOpt(r.Cause);
                break;
            case Try t:
                VisitTry(t.Body, t.Handlers, t.Orelse, t.Finalbody);
                break;
            case TryStar t:
                VisitTry(t.Body, t.Handlers, t.Orelse, t.Finalbody);
                break;
            case Assert a:
                VisitExpr(a.Test);
                VisitOpt(a.Msg);
                break;
            case Import i:
                foreach (var a in i.Names)
                    VisitAlias(a);
                break;
            case ImportFrom i:
                foreach (var a in i.Names)
                    VisitAlias(a);
                break;
            case Global g:
                foreach (var name in g.Names)
                    Declare(name, g, SymbolFlags.Global, "global");
                break;
            case Nonlocal n:
                foreach (var name in n.Names)
                    Declare(name, n, SymbolFlags.Nonlocal, "nonlocal");
                break;
            case Expr e:
                VisitExpr(e.Value);
                break;
        }
        _depth--;
    }

    private void VisitFunction(StmtNode s, string name, Arguments args, StmtNode[] body, ExprNode[] decorators,
        ExprNode? returns, TypeParamNode[] typeParams)
    {
        AddDef(name, SymbolFlags.Local, s.Location);
        VisitExprs(args.Defaults);
        foreach (var d in args.KwDefaults)
            VisitOpt(d);
        VisitExprs(decorators);
        if (typeParams.Length > 0)
        {
            Enter(ScopeKind.TypeParams, null);
            VisitTypeParams(typeParams);
        }
        VisitArgAnnotations(args, returns);
        Enter(ScopeKind.Function, s);
        VisitArguments(args);
        VisitStmts(body);
        Exit();
        if (typeParams.Length > 0)
            Exit();
    }

    private void VisitArguments(Arguments args)
    {
        foreach (var a in args.Posonlyargs)
            AddDef(a.ArgName, SymbolFlags.Param, a.Location);
        foreach (var a in args.Args)
            AddDef(a.ArgName, SymbolFlags.Param, a.Location);
        foreach (var a in args.Kwonlyargs)
            AddDef(a.ArgName, SymbolFlags.Param, a.Location);
        if (args.Vararg is { } v)
            AddDef(v.ArgName, SymbolFlags.Param, v.Location);
        if (args.Kwarg is { } k)
            AddDef(k.ArgName, SymbolFlags.Param, k.Location);
    }

    private void VisitArgAnnotations(Arguments args, ExprNode? returns)
    {
        if (_future.Annotations)
            Enter(ScopeKind.Annotation, null);
        foreach (var a in args.Posonlyargs)
            VisitOpt(a.Annotation);
        foreach (var a in args.Args)
            VisitOpt(a.Annotation);
        VisitOpt(args.Vararg?.Annotation);
        foreach (var a in args.Kwonlyargs)
            VisitOpt(a.Annotation);
        VisitOpt(args.Kwarg?.Annotation);
        if (_future.Annotations)
            Exit();
        if (returns is not null)
            VisitAnnotation(returns);
    }

    private void VisitAnnotation(ExprNode annotation)
    {
        if (_future.Annotations)
            Enter(ScopeKind.Annotation, null);
        VisitExpr(annotation);
        if (_future.Annotations)
            Exit();
    }

    private void VisitAnnAssign(AnnAssign a)
    {
        if (a.Target is Name n)
        {
            var cur = Lookup(_cur, n.Id);
            if ((cur & (SymbolFlags.Global | SymbolFlags.Nonlocal)) != 0 && _cur != _module && a.Simple != 0)
            {
                string which = (cur & SymbolFlags.Global) != 0 ? "global" : "nonlocal";
                throw _errors.At($"annotated name '{n.Id}' can't be {which}", a);
            }
            if (a.Simple != 0)
                AddDef(n.Id, SymbolFlags.Annot | SymbolFlags.Local, n.Location);
            else if (a.Value is not null)
                AddDef(n.Id, SymbolFlags.Local, n.Location);
        }
        else
        {
            VisitExpr(a.Target);
        }
        VisitAnnotation(a.Annotation);
        VisitOpt(a.Value);
    }

    private void VisitTypeParams(TypeParamNode[] typeParams)
    {
        foreach (var tp in typeParams)
        {
            switch (tp)
            {
                case TypeVar v:
                    AddDef(v.Name, SymbolFlags.TypeParam | SymbolFlags.Local, v.Location);
                    if (v.Bound is { } bound)
                        VisitInTypeVariableScope(bound, bound is Ast.Tuple ? "a TypeVar constraint" : "a TypeVar bound");
                    if (v.DefaultValue is { } d)
                        VisitInTypeVariableScope(d, "a TypeVar default");
                    break;
                case TypeVarTuple t:
                    AddDef(t.Name, SymbolFlags.TypeParam | SymbolFlags.Local, t.Location);
                    if (t.DefaultValue is { } td)
                        VisitInTypeVariableScope(td, "a TypeVarTuple default");
                    break;
                case ParamSpec p:
                    AddDef(p.Name, SymbolFlags.TypeParam | SymbolFlags.Local, p.Location);
                    if (p.DefaultValue is { } pd)
                        VisitInTypeVariableScope(pd, "a ParamSpec default");
                    break;
            }
        }
    }

    private void VisitInTypeVariableScope(ExprNode e, string info)
    {
        Enter(ScopeKind.TypeVariable, null, info: info);
        VisitExpr(e);
        Exit();
    }

    private void VisitWithItems(WithItem[] items)
    {
        foreach (var item in items)
        {
            VisitExpr(item.ContextExpr);
            VisitOpt(item.OptionalVars);
        }
    }

    private void VisitTry(StmtNode[] body, ExceptHandlerNode[] handlers, StmtNode[] orelse, StmtNode[] finalbody)
    {
        VisitStmts(body);
        foreach (var h in handlers)
        {
            var eh = (ExceptHandler)h;
            VisitOpt(eh.Type);
            if (eh.Name is { } name)
                AddDef(name, SymbolFlags.Local, eh.Location);
            VisitStmts(eh.Body);
        }
        VisitStmts(orelse);
        VisitStmts(finalbody);
    }

    private void VisitAlias(Alias a)
    {
        string name = a.Asname ?? a.Name;
        if (name == "*")
        {
            if (_cur.Kind != ScopeKind.Module)
                throw _errors.At("import * only allowed at module level", a);
            return;
        }
        int dot = name.IndexOf('.', StringComparison.Ordinal);
        AddDef(dot >= 0 ? name[..dot] : name, SymbolFlags.Import, a.Location);
    }

    // global/nonlocal: a name may not be used, bound or annotated in the scope before it is declared.
    private void Declare(string name, StmtNode s, SymbolFlags flag, string what)
    {
        var cur = Lookup(_cur, name);
        if ((cur & (SymbolFlags.Param | SymbolFlags.Local | SymbolFlags.Use | SymbolFlags.Annot)) != 0)
        {
            string msg = (cur & SymbolFlags.Param) != 0 ? $"name '{name}' is parameter and {what}"
                : (cur & SymbolFlags.Use) != 0 ? $"name '{name}' is used prior to {what} declaration"
                : (cur & SymbolFlags.Annot) != 0 ? $"annotated name '{name}' can't be {what}"
                : $"name '{name}' is assigned to before {what} declaration";
            throw _errors.At(msg, s);
        }
        AddDef(name, flag, s.Location);
        _cur.Directives.Add((Mangle(name), s.Location));
    }
}
