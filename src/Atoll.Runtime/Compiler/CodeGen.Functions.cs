using System;
using System.Collections.Generic;
using Atoll.Runtime.Nodes;
using Atoll.Runtime.Objects;
using Atoll.Syntax;
using Atoll.Syntax.Ast;
using Ast = Atoll.Syntax.Ast;
using BinOp = Atoll.Runtime.Objects.BinOp;
using Expr = Atoll.Runtime.Nodes.Expr;

namespace Atoll.Runtime.Compiler;

internal sealed partial class CodeGen
{
    private string QualNameFor(string name)
    {
        var u = _unit;
        if (u.Parent == null && u.Kind == CodeKind.Module)
            return name;
        if (u.Kind == CodeKind.Class)
            return u.Code.QualName + "." + name;
        if (u.Kind == CodeKind.Function)
            return u.Code.QualName + ".<locals>." + name;
        return name;
    }

    private Unit NewFunctionUnit(Scope scope, string name, string qualName, int line, Arguments? args, bool isAsync)
    {
        var info = _infos[scope];
        var code = new PyCode(name, qualName, _filename, line, CodeKind.Function) { SourceLines = _lines };
        var u = new Unit { Info = info, Code = code, Parent = _unit };
        var paramNames = new List<string>();
        if (args != null)
        {
            foreach (var a in args.Posonlyargs)
                paramNames.Add(a.ArgName);
            foreach (var a in args.Args)
                paramNames.Add(a.ArgName);
            code.PosOnlyCount = args.Posonlyargs.Length;
            code.ArgCount = args.Posonlyargs.Length + args.Args.Length;
            foreach (var a in args.Kwonlyargs)
                paramNames.Add(a.ArgName);
            code.KwOnlyCount = args.Kwonlyargs.Length;
            if (args.Vararg != null)
            {
                paramNames.Add(args.Vararg.ArgName);
                code.HasVarArgs = true;
            }
            if (args.Kwarg != null)
            {
                paramNames.Add(args.Kwarg.ArgName);
                code.HasVarKeywords = true;
            }
        }
        var saved = _unit;
        _unit = u;
        foreach (var p in paramNames)
            SlotOf(Mangle(p));
        _unit = saved;
        foreach (string n in scope.Order)
        {
            var k = info.Kind(n);
            if (k is NameKind.Local or NameKind.Cell && !u.Slots.ContainsKey(n))
            {
                u.Slots[n] = u.NewSlot(n);
            }
        }
        foreach (var c in info.Cells)
        {
            if (!u.Slots.ContainsKey(c))
                u.Slots[c] = u.NewSlot(c);
        }
        code.LocalCount = u.SlotNames.Count;
        var cellSlots = new List<int>();
        foreach (var c in info.Cells)
            cellSlots.Add(u.Slots[c]);
        code.CellSlots = [.. cellSlots];
        code.CellNames = [.. info.Cells];
        code.FirstFreeSlot = u.SlotNames.Count;
        foreach (var fr in info.Frees)
            u.Slots[fr] = u.NewSlot(fr);
        code.FreeNames = [.. info.Frees];
        code.IsSimpleSignature = code.KwOnlyCount == 0 && !code.HasVarArgs && !code.HasVarKeywords;
        bool gen = scope.Generator;
        u.IsAsync = isAsync;
        if (isAsync)
        {
            code.IsAsyncGenerator = gen;
            code.IsCoroutine = !gen;
        }
        else
        {
            code.IsGenerator = gen;
        }
        u.IsGenerator = gen || isAsync;
        return u;
    }

    /// <summary>The closure of a new function: the cells, in the creating frame, of its free variables.</summary>
    private int[] ClosureSlots(Unit child)
    {
        var slots = new int[child.Code.FreeNames.Length];
        for (int i = 0; i < slots.Length; i++)
        {
            string n = child.Code.FreeNames[i];
            slots[i] = CellSlotInCurrent(n);
        }
        return slots;
    }

    private int CellSlotInCurrent(string n)
    {
        var u = _unit;
        for (int i = u.Comprehensions.Count - 1; i >= 0; i--)
        {
            if (u.Comprehensions[i].Slots.TryGetValue(n, out int cs))
                return cs;
        }
        for (int i = u.TypeParamScopes.Count - 1; i >= 0; i--)
        {
            if (u.TypeParamScopes[i].TryGetValue(n, out int ts))
                return ts;
        }
        if (n == "__class__" && u.ClassCellSlot >= 0)
            return u.ClassCellSlot;
        return SlotOf(n);
    }

    private Expr CompileFunctionDef(Node node, string name, Arguments args, StmtNode[] body, ExprNode[] decorators, ExprNode? returns, TypeParamNode[] typeParams, bool isAsync)
    {
        var decs = new Expr[decorators.Length];
        for (int i = 0; i < decs.Length; i++)
            decs[i] = CompileExpr(decorators[i]);
        var (defaults, kwDefaults) = CompileDefaults(args);
        var typeParamSetup = typeParams.Length > 0 ? CompileTypeParamCells(typeParams) : null;
        try
        {
            return CompileFunctionDefInner(node, name, args, body, decs, decorators.Length > 0 ? decorators[0].Lineno : 0, returns, typeParamSetup, isAsync, defaults, kwDefaults);
        }
        finally
        {
            if (typeParamSetup != null)
                _unit.TypeParamScopes.RemoveAt(_unit.TypeParamScopes.Count - 1);
        }
    }

    private Expr CompileFunctionDefInner(Node node, string name, Arguments args, StmtNode[] body, Expr[] decs, int firstLine, ExprNode? returns,
        TypeParamSpec[]? typeParamSetup, bool isAsync, Expr[] defaults, (string, Expr)[] kwDefaults)
    {
        var annotations = CompileAnnotations(args, returns);
        var scope = _scopes[node];
        var u = NewFunctionUnit(scope, name, QualNameFor(name), node is LocatedNode ln ? (firstLine > 0 ? firstLine : ln.Lineno) : 0, args, isAsync);
        u.Code.SourceLines = _lines;
        var saved = _unit;
        _unit = u;
        try
        {
            var stmts = CompileBody(body);
            u.Code.Body = u.IsGenerator ? new GenBlockStmt(stmts) : new BlockStmt(stmts);
            if (body.Length > 0 && body[0] is Ast.Expr { Value: Constant { Value: string doc } })
                u.Code.Doc = new PyStr(doc);
            Finish(u);
        }
        finally
        {
            _unit = saved;
        }
        Expr make = new MakeFunctionExpr(u.Code, defaults, kwDefaults, annotations, ClosureSlots(u));
        if (typeParamSetup != null)
            make = new WithTypeParamsExpr(typeParamSetup, make);
        if (decs.Length > 0)
            make = new DecorateExpr(decs, make);
        return make;
    }

    private (Expr[] Defaults, (string, Expr)[] KwDefaults) CompileDefaults(Arguments args)
    {
        var defaults = new Expr[args.Defaults.Length];
        for (int i = 0; i < defaults.Length; i++)
            defaults[i] = CompileExpr(args.Defaults[i]);
        var kw = new List<(string, Expr)>();
        for (int i = 0; i < args.Kwonlyargs.Length; i++)
        {
            if (args.KwDefaults[i] is { } d)
                kw.Add((Mangle(args.Kwonlyargs[i].ArgName), CompileExpr(d)));
        }
        return (defaults, [.. kw]);
    }

    private (string, Expr)[]? CompileAnnotations(Arguments args, ExprNode? returns)
    {
        var list = new List<(string, Expr)>();
        void Add(Arg? a)
        {
            if (a?.Annotation is { } ann)
                list.Add((Mangle(a.ArgName), AnnotationExpr(ann)));
        }
        foreach (var a in args.Posonlyargs)
            Add(a);
        foreach (var a in args.Args)
            Add(a);
        Add(args.Vararg);
        foreach (var a in args.Kwonlyargs)
            Add(a);
        Add(args.Kwarg);
        if (returns != null)
            list.Add(("return", AnnotationExpr(returns)));
        return list.Count == 0 ? null : [.. list];
    }

    private Expr AnnotationExpr(ExprNode e)
    {
        if (_future.Annotations)
            return new ConstExpr(new PyStr(Unparser.Unparse(e)));
        if (e is Starred s)
            return new StarAnnotationExpr(CompileExpr(s.Value));
        return CompileExpr(e);
    }

    private Expr CompileLambda(Lambda lam)
    {
        var (defaults, kwDefaults) = CompileDefaults(lam.Args);
        var scope = _scopes[lam];
        var u = NewFunctionUnit(scope, "<lambda>", QualNameFor("<lambda>"), lam.Lineno, lam.Args, false);
        var saved = _unit;
        _unit = u;
        try
        {
            if (u.IsGenerator)
            {
                var st = CompileStmt(new Return(lam.Body, lam.Body.Location));
                u.Code.Body = new GenBlockStmt([st]);
            }
            else
            {
                var ret = new ReturnStmt(CompileAtLine(lam.Body.Lineno, lam.Body)) { Line = lam.Body.Lineno };
                u.Code.Body = new BlockStmt([ret]);
            }
            Finish(u);
        }
        finally
        {
            _unit = saved;
        }
        return new MakeFunctionExpr(u.Code, defaults, kwDefaults, null, ClosureSlots(u));
    }

    // decorators/baseList/keywords replace the class's own when a generator spilled the yields out of them.
    private Expr CompileClassDef(ClassDef cd, ExprNode[]? decorators = null, ExprNode[]? baseList = null, Keyword[]? keywords = null)
    {
        var decs = new Expr[cd.DecoratorList.Length];
        for (int i = 0; i < decs.Length; i++)
            decs[i] = CompileExpr((decorators ?? cd.DecoratorList)[i]);
        var typeParamSetup = cd.TypeParams.Length > 0 ? CompileTypeParamCells(cd.TypeParams) : null;
        try
        {
            return CompileClassDefInner(cd, decs, typeParamSetup, baseList, keywords);
        }
        finally
        {
            if (typeParamSetup != null)
                _unit.TypeParamScopes.RemoveAt(_unit.TypeParamScopes.Count - 1);
        }
    }

    private Expr CompileClassDefInner(ClassDef cd, Expr[] decs, TypeParamSpec[]? typeParamSetup, ExprNode[]? baseList, Keyword[]? keywords)
    {
        var bases = new List<CallArg>();
        foreach (var b in baseList ?? cd.Bases)
            bases.Add(b is Starred s ? new CallArg(CompileExpr(s.Value), CallArg.Star, null) : new CallArg(CompileExpr(b), CallArg.Positional, null));
        foreach (var k in keywords ?? cd.Keywords)
            bases.Add(k.Arg == null ? new CallArg(CompileExpr(k.Value), CallArg.DoubleStar, null) : new CallArg(CompileExpr(k.Value), CallArg.Keyword, k.Arg));
        if (typeParamSetup != null)
            bases.Add(new CallArg(new GenericBaseExpr(typeParamSetup), CallArg.Positional, null));
        var scope = _scopes[cd];
        var info = _infos[scope];
        string qual = QualNameFor(cd.Name);
        var code = new PyCode(cd.Name, qual, _filename, cd.DecoratorList.Length > 0 ? cd.DecoratorList[0].Lineno : cd.Lineno, CodeKind.Class) { SourceLines = _lines };
        var u = new Unit { Info = info, Code = code, Parent = _unit, ClassName = cd.Name };
        var cellSlots = new List<int>();
        if (info.NeedsClassCell)
        {
            u.ClassCellSlot = u.NewSlot("__class__");
            cellSlots.Add(u.ClassCellSlot);
        }
        foreach (var c in info.Cells)
        {
            int s = u.NewSlot(c);
            u.Slots[c] = s;
            cellSlots.Add(s);
        }
        code.CellSlots = [.. cellSlots];
        code.FirstFreeSlot = u.SlotNames.Count;
        foreach (var fr in info.Frees)
            u.Slots[fr] = u.NewSlot(fr);
        code.FreeNames = [.. info.Frees];
        var saved = _unit;
        _unit = u;
        try
        {
            var stmts = new List<Stmt>
            {
                new ClassPrologueStmt(PyStr.Intern(qual), cd.Body.Length > 0 && cd.Body[0] is Ast.Expr { Value: Constant { Value: string doc } } ? new PyStr(doc) : null) { Line = cd.Lineno },
            };
            stmts.AddRange(CompileBody(cd.Body));
            if (u.ClassCellSlot >= 0)
                stmts.Add(new StoreClassCellStmt(u.ClassCellSlot) { Line = cd.Lineno });
            code.Body = new BlockStmt([.. stmts]);
            Finish(u);
        }
        finally
        {
            _unit = saved;
        }
        Expr make = new MakeClassExpr(code, cd.Name, [.. bases], ClosureSlots(u), u.ClassCellSlot);
        if (typeParamSetup != null)
            make = new WithTypeParamsExpr(typeParamSetup, make);
        if (decs.Length > 0)
            make = new DecorateExpr(decs, make);
        return make;
    }

    // ---------- comprehensions ----------

    private Expr CompileComprehension(ExprNode node, Comprehension[] gens, ExprNode elt, ExprNode? value, int kind)
    {
        var scope = _scopes[node];
        var info = _infos[scope];
        // The first iterable is evaluated in the enclosing scope.
        var firstIter = CompileExpr(gens[0].Iter);
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        var cellSlots = new List<int>();
        foreach (var (n, k) in info.Names)
        {
            if (k is NameKind.Local or NameKind.Cell)
            {
                int s = _unit.NewSlot(n);
                slots[n] = s;
                if (k == NameKind.Cell)
                    cellSlots.Add(s);
            }
        }
        _unit.Comprehensions.Add((info, slots));
        try
        {
            var clauses = new CompClause[gens.Length];
            for (int i = 0; i < gens.Length; i++)
            {
                var g = gens[i];
                if (g.IsAsync != 0)
                    throw Err.NotImplemented("asynchronous comprehensions are not supported yet");
                var ifs = new Expr[g.Ifs.Length];
                for (int j = 0; j < ifs.Length; j++)
                    ifs[j] = CompileExpr(g.Ifs[j]);
                clauses[i] = new CompClause(CompileTarget(g.Target), i == 0 ? null : CompileExpr(g.Iter), ifs);
            }
            var eltExpr = CompileExpr(elt);
            var valueExpr = value == null ? null : CompileExpr(value);
            return new ComprehensionExpr(firstIter, clauses, eltExpr, valueExpr, kind, [.. cellSlots], [.. slots.Values]);
        }
        finally
        {
            _unit.Comprehensions.RemoveAt(_unit.Comprehensions.Count - 1);
        }
    }

    // firstIter replaces the first iterable when a generator body spilled a yield out of it.
    private Expr CompileGeneratorExp(GeneratorExp ge, ExprNode? firstIterNode = null)
    {
        var scope = _scopes[ge];
        var firstIter = CompileExpr(firstIterNode ?? ge.Generators[0].Iter);
        bool isAsync = scope.Coroutine;
        var dotZero = new Arguments([], [new Arg(".0", null, null, ge.Location)], null, [], [], null, []);
        var u = NewFunctionUnit(scope, "<genexpr>", QualNameFor("<genexpr>"), ge.Lineno, dotZero, isAsync);
        if (isAsync)
        {
            u.Code.IsAsyncGenerator = true;
            u.Code.IsCoroutine = false;
        }
        else
        {
            u.Code.IsGenerator = true;
        }
        u.IsGenerator = true;
        var saved = _unit;
        _unit = u;
        try
        {
            var loc = ge.Location;
            StmtNode inner = new Ast.Expr(new Yield(ge.Elt, ge.Elt.Location), ge.Elt.Location);
            for (int i = ge.Generators.Length - 1; i >= 0; i--)
            {
                var g = ge.Generators[i];
                foreach (var cond in Reverse(g.Ifs))
                    inner = new If(cond, [inner], [], loc);
                var iter = i == 0 ? new Name(".0", ExprContext.Load, loc) : g.Iter;
                inner = g.IsAsync != 0 ? new AsyncFor(g.Target, iter, [inner], [], null, loc) : new For(g.Target, iter, [inner], [], null, loc);
            }
            var st = CompileStmt(inner);
            u.Code.Body = new GenBlockStmt([st]);
            if (!isAsync && ge.Generators.Length == 1 && ge.Generators[0].IsAsync == 0 && !YieldFinder.Contains(ge.Elt))
            {
                // One `for` clause: the generator can also run as a plain loop step (PyGenerator's simple mode).
                var g0 = ge.Generators[0];
                var ifs = new Expr[g0.Ifs.Length];
                for (int k = 0; k < ifs.Length; k++)
                    ifs[k] = CompileExpr(g0.Ifs[k]);
                u.Code.SimpleGen = new SimpleGenExpr(CompileTarget(g0.Target), ifs, CompileExpr(ge.Elt));
            }
            Finish(u);
        }
        finally
        {
            _unit = saved;
        }
        return new CallGenExprExpr(u.Code, ClosureSlots(u), firstIter, isAsync);
    }

    private static IEnumerable<ExprNode> Reverse(ExprNode[] a)
    {
        for (int i = a.Length - 1; i >= 0; i--)
            yield return a[i];
    }

    // ---------- PEP 695 type parameters ----------

    /// <summary>Compiles a type parameter list (PEP 695): each parameter gets a cell slot in the current frame, and the
    /// names resolve to those cells until the caller pops the scope from <see cref="Unit.TypeParamScopes"/>. Bounds and
    /// constraints are compiled to be evaluated lazily.</summary>
    private TypeParamSpec[] CompileTypeParamCells(TypeParamNode[] typeParams)
    {
        var scope = new Dictionary<string, int>(StringComparer.Ordinal);
        var slots = new int[typeParams.Length];
        for (int i = 0; i < typeParams.Length; i++)
        {
            string n = typeParams[i] switch
            {
                TypeVar v => v.Name,
                ParamSpec p => p.Name,
                TypeVarTuple t => t.Name,
                _ => "",
            };
            slots[i] = _unit.NewSlot(".type_param." + n);
            scope[n] = slots[i];
        }
        _unit.TypeParamScopes.Add(scope);
        var list = new TypeParamSpec[typeParams.Length];
        for (int i = 0; i < typeParams.Length; i++)
        {
            list[i] = typeParams[i] switch
            {
                TypeVar v => new TypeParamSpec(slots[i], v.Name, 0, v.Bound == null ? null : CompileAtLine(v.Bound.Lineno, v.Bound), v.Bound is Ast.Tuple),
                ParamSpec p => new TypeParamSpec(slots[i], p.Name, 1, null, false),
                TypeVarTuple t => new TypeParamSpec(slots[i], t.Name, 2, null, false),
                _ => throw new InvalidOperationException("unknown type parameter"),
            };
        }
        return list;
    }
}
