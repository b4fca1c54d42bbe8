using System.Collections.Generic;
using Atoll.Runtime.Nodes;
using Atoll.Runtime.Objects;
using Atoll.Syntax.Ast;
using Ast = Atoll.Syntax.Ast;
using BinOp = Atoll.Runtime.Objects.BinOp;
using Expr = Atoll.Runtime.Nodes.Expr;

namespace Atoll.Runtime.Compiler;

// Generator bodies: a yield (or await) inside an expression is lowered so that it only ever appears at the top of a
// statement. Operands evaluated before the yield are spilled to temporaries by statements that run first; the rest of
// the expression reads the temporaries. Compound statements that contain a yield get their resumable variants.
internal sealed partial class CodeGen
{
    private int _tempCounter;

    private string NewTemp() => "$g" + _tempCounter++;

    private Stmt CompileGeneratorStmt(StmtNode s)
    {
        var prefix = new List<Stmt>();
        Stmt main;
        switch (s)
        {
            case Ast.Expr { Value: Yield y }:
                main = new YieldStmt(y.Value == null ? null : CompileExpr(Spill(y.Value, prefix)), null, _unit.Code.IsAsyncGenerator);
                break;
            case Ast.Expr { Value: YieldFrom yf }:
                main = new YieldFromStmt(CompileExpr(Spill(yf.Value, prefix)), null, false);
                break;
            case Ast.Expr { Value: Await aw }:
                main = new YieldFromStmt(CompileExpr(Spill(aw.Value, prefix)), null, true);
                break;
            case Assign { Targets.Length: 1, Value: Yield y } a when !YieldFinder.Contains(a.Targets[0]):
                main = new YieldStmt(y.Value == null ? null : CompileExpr(Spill(y.Value, prefix)), CompileTarget(a.Targets[0]), _unit.Code.IsAsyncGenerator);
                break;
            case Assign { Targets.Length: 1, Value: YieldFrom yf } a when !YieldFinder.Contains(a.Targets[0]):
                main = new YieldFromStmt(CompileExpr(Spill(yf.Value, prefix)), CompileTarget(a.Targets[0]), false);
                break;
            case Assign { Targets.Length: 1, Value: Await aw } a when !YieldFinder.Contains(a.Targets[0]):
                main = new YieldFromStmt(CompileExpr(Spill(aw.Value, prefix)), CompileTarget(a.Targets[0]), true);
                break;
            case Ast.Expr e:
                main = new ExprStmt(CompileExpr(Spill(e.Value, prefix)));
                break;
            case Assign a:
                main = CompileGenAssign(a, prefix);
                break;
            case AugAssign aug:
                main = CompileGenAugAssign(aug, prefix);
                break;
            case Delete d:
            {
                var targets = SpillTargets(d.Targets, prefix);
                main = CompileStmtCore(new Delete(targets, d.Location));
                break;
            }
            case AnnAssign ann when ann.Value != null:
            {
                var v = Spill(ann.Value, prefix);
                main = CompileStmtCore(new AnnAssign(ann.Target, ann.Annotation, v, ann.Simple, ann.Location));
                break;
            }
            case Return r:
                main = new ReturnStmt(CompileExpr(Spill(r.Value!, prefix)));
                break;
            case Raise r:
            {
                var exc = r.Exc == null ? null : Spill(r.Exc, prefix);
                var cause = r.Cause == null ? null : Spill(r.Cause, prefix);
                main = new RaiseStmt(exc == null ? null : CompileExpr(exc), cause == null ? null : CompileExpr(cause));
                break;
            }
            case Assert a when a.Msg == null || !YieldFinder.Contains(a.Msg):
                main = new AssertStmt(CompileExpr(Spill(a.Test, prefix)), a.Msg == null ? null : CompileExpr(a.Msg));
                break;
            case Assert a:
            {
                // The message is evaluated only when the test fails: if not test: <msg prefix>; raise AssertionError(msg)
                var test = Spill(a.Test, prefix);
                var fail = new List<Stmt>();
                var msg = Spill(a.Msg!, fail);
                fail.Add(new AssertStmt(new ConstExpr(PyBool.False), CompileExpr(msg)) { Line = a.Lineno });
                main = new GenIfStmt(new NotExpr(CompileExpr(test)), Sequence(fail, a.Lineno), null);
                break;
            }
            case Match m:
                main = CompileGenMatch(m, prefix);
                break;
            case FunctionDef fd:
            {
                var (decs, args, returns) = SpillSignature(fd.DecoratorList, fd.Args, fd.Returns, prefix);
                main = new AssignStmt(StoreName(fd.Name), CompileFunctionDef(fd, fd.Name, args, fd.Body, decs, returns, fd.TypeParams, isAsync: false));
                break;
            }
            case AsyncFunctionDef afd:
            {
                var (decs, args, returns) = SpillSignature(afd.DecoratorList, afd.Args, afd.Returns, prefix);
                main = new AssignStmt(StoreName(afd.Name), CompileFunctionDef(afd, afd.Name, args, afd.Body, decs, returns, afd.TypeParams, isAsync: true));
                break;
            }
            case ClassDef cd:
            {
                // Decorators, then bases and keywords, in the enclosing scope.
                var parts = new List<ExprNode>(cd.DecoratorList);
                parts.AddRange(cd.Bases);
                foreach (var k in cd.Keywords)
                    parts.Add(k.Value);
                var r = SpillSeq([.. parts], prefix);
                int nd = cd.DecoratorList.Length, nb = cd.Bases.Length;
                var kws = new Keyword[cd.Keywords.Length];
                for (int i = 0; i < kws.Length; i++)
                    kws[i] = new Keyword(cd.Keywords[i].Arg, r[nd + nb + i], cd.Keywords[i].Location);
                main = new AssignStmt(StoreName(cd.Name), CompileClassDef(cd, r[..nd], r[nd..(nd + nb)], kws));
                break;
            }
            case If i:
            {
                var test = Spill(i.Test, prefix);
                main = new GenIfStmt(CompileExpr(test), Block(i.Body), OptBlock(i.Orelse));
                break;
            }
            case While w:
            {
                var whilePrefix = new List<Stmt>();
                var test = Spill(w.Test, whilePrefix);
                main = new GenWhileStmt(whilePrefix.Count == 0 ? null : new GenBlockStmt([.. whilePrefix]), CompileExpr(test), Block(w.Body), OptBlock(w.Orelse));
                break;
            }
            case For f:
            {
                var iter = Spill(f.Iter, prefix);
                main = new GenForStmt(CompileTarget(f.Target), CompileExpr(iter), Block(f.Body), OptBlock(f.Orelse));
                break;
            }
            case AsyncFor af:
            {
                var iter = Spill(af.Iter, prefix);
                main = new GenAsyncForStmt(CompileTarget(af.Target), CompileExpr(iter), Block(af.Body), OptBlock(af.Orelse));
                break;
            }
            case Try t:
                main = new GenTryStmt(Block(t.Body), CompileHandlers(t.Handlers), OptBlock(t.Orelse), OptBlock(t.Finalbody));
                break;
            case With w:
                main = CompileGenWith(w.Items, 0, w.Body, false, prefix);
                break;
            case AsyncWith aw:
                main = CompileGenWith(aw.Items, 0, aw.Body, true, prefix);
                break;
            default:
                throw Err.NotImplemented($"'yield' or 'await' inside this '{s.TypeName}' statement is not supported yet");
        }
        main.Line = s.Lineno;
        foreach (var p in prefix)
        {
            if (p.Line == 0)
                p.Line = s.Lineno;
        }
        if (prefix.Count == 0)
            return main;
        prefix.Add(main);
        return new GenBlockStmt([.. prefix]);
    }

    private Stmt CompileGenWith(WithItem[] items, int index, StmtNode[] body, bool isAsync, List<Stmt> prefix)
    {
        var item = items[index];
        var ctx = Spill(item.ContextExpr, prefix);
        Stmt inner;
        if (index == items.Length - 1)
        {
            inner = Block(body);
        }
        else
        {
            var innerPrefix = new List<Stmt>();
            var w = CompileGenWith(items, index + 1, body, isAsync, innerPrefix);
            w.Line = items[index + 1].ContextExpr.Lineno;
            innerPrefix.Add(w);
            inner = new GenBlockStmt([.. innerPrefix]);
        }
        var target = item.OptionalVars == null ? null : CompileTarget(item.OptionalVars);
        Stmt result = isAsync ? new GenAsyncWithStmt(CompileExpr(ctx), target, inner) : new GenWithStmt(CompileExpr(ctx), target, inner);
        result.Line = item.ContextExpr.Lineno;
        return result;
    }

    private void SpillChainFrom(Compare cmp, int i, ExprNode prev, string result, List<Stmt> into)
    {
        int line = cmp.Lineno;
        bool last = i == cmp.Comparators.Length - 1;
        var cur = last ? Spill(cmp.Comparators[i], into) : SpillToTemp(cmp.Comparators[i], into, line);
        into.Add(new AssignStmt(StoreName(result), CompileExpr(new Compare(prev, [cmp.Ops[i]], [cur], cmp.Location))) { Line = line });
        if (last)
            return;
        var inner = new List<Stmt>();
        SpillChainFrom(cmp, i + 1, cur, result, inner);
        into.Add(new GenIfStmt(LoadName(result), Sequence(inner, line), null) { Line = line });
    }

    /// <summary><c>a = b = value</c> with a yield in the value or a target: the value is evaluated first, then each
    /// target in turn, from left to right.</summary>
    private Stmt CompileGenAssign(Assign a, List<Stmt> prefix)
    {
        var v = Spill(a.Value, prefix);
        bool targetYields = false;
        foreach (var t in a.Targets)
            targetYields |= YieldFinder.Contains(t);
        if (!targetYields)
            return CompileStmtCore(new Assign(a.Targets, v, null, a.Location));
        string temp = NewTemp();
        prefix.Add(new AssignStmt(StoreName(temp), CompileExpr(v)) { Line = a.Lineno });
        var value = new Name(temp, ExprContext.Load, a.Value.Location);
        for (int i = 0; i < a.Targets.Length; i++)
        {
            var t = a.Targets[i];
            if (YieldFinder.Contains(t))
                t = SpillTargets([t], prefix)[0];
            var st = CompileStmtCore(new Assign([t], value, null, a.Location));
            if (i == a.Targets.Length - 1)
                return st;
            st.Line = a.Lineno;
            prefix.Add(st);
        }
        throw new System.InvalidOperationException("unreachable");
    }

    /// <summary><c>target op= value</c> with a yield in it: the target's container (and index) are evaluated and its
    /// current value read before the value is evaluated, as CPython does, so the read happens before any
    /// suspension.</summary>
    private Stmt CompileGenAugAssign(AugAssign aug, List<Stmt> prefix)
    {
        var loc = aug.Location;
        int line = aug.Lineno;
        ExprNode load, store;
        switch (aug.Target)
        {
            case Name n:
                load = n;
                store = new Name(n.Id, ExprContext.Store, n.Location);
                break;
            case Attribute at:
            {
                var obj = SpillToTemp(at.Value, prefix, line);
                load = new Attribute(obj, at.Attr, ExprContext.Load, at.Location);
                store = new Attribute(obj, at.Attr, ExprContext.Store, at.Location);
                break;
            }
            case Subscript sub:
            {
                var obj = SpillToTemp(sub.Value, prefix, line);
                var index = SpillToTemp(sub.Slice, prefix, line);
                load = new Subscript(obj, index, ExprContext.Load, sub.Location);
                store = new Subscript(obj, index, ExprContext.Store, sub.Location);
                break;
            }
            default:
                throw Err.System("bad augmented assignment target");
        }
        string old = NewTemp();
        prefix.Add(new AssignStmt(StoreName(old), CompileExpr(load)) { Line = line });
        var v = Spill(aug.Value, prefix);
        return new AssignStmt(CompileTarget(store), new InplaceExpr(LoadName(old), CompileExpr(v), (BinOp)(int)aug.Op)) { Line = line };
    }

    /// <summary>Evaluates <paramref name="e"/> (spilled) into a new temporary; returns the name reading it.</summary>
    private Name SpillToTemp(ExprNode e, List<Stmt> prefix, int line)
    {
        var v = Spill(e, prefix);
        string t = NewTemp();
        prefix.Add(new AssignStmt(StoreName(t), CompileExpr(v)) { Line = line });
        return new Name(t, ExprContext.Load, e.Location);
    }

    /// <summary>Assignment or deletion targets with yields in them: the containers and indexes they evaluate are
    /// spilled in evaluation order, so the targets left hold no yield.</summary>
    private ExprNode[] SpillTargets(ExprNode[] targets, List<Stmt> prefix)
    {
        var parts = new List<ExprNode>();
        foreach (var t in targets)
            CollectTargetParts(t, parts);
        var spilled = SpillSeq([.. parts], prefix);
        int pos = 0;
        var result = new ExprNode[targets.Length];
        for (int i = 0; i < targets.Length; i++)
            result[i] = RebuildTarget(targets[i], spilled, ref pos);
        return result;
    }

    private static void CollectTargetParts(ExprNode t, List<ExprNode> parts)
    {
        switch (t)
        {
            case Attribute at:
                parts.Add(at.Value);
                break;
            case Subscript sub:
                parts.Add(sub.Value);
                parts.Add(sub.Slice);
                break;
            case Syntax.Ast.Tuple tu:
                foreach (var e in tu.Elts)
                    CollectTargetParts(e, parts);
                break;
            case Syntax.Ast.List li:
                foreach (var e in li.Elts)
                    CollectTargetParts(e, parts);
                break;
            case Starred st:
                CollectTargetParts(st.Value, parts);
                break;
        }
    }

    private static ExprNode RebuildTarget(ExprNode t, ExprNode[] parts, ref int pos)
    {
        switch (t)
        {
            case Attribute at:
                return new Attribute(parts[pos++], at.Attr, at.Ctx, at.Location);
            case Subscript sub:
            {
                var v = parts[pos++];
                var sl = parts[pos++];
                return new Subscript(v, sl, sub.Ctx, sub.Location);
            }
            case Syntax.Ast.Tuple tu:
            {
                var elts = new ExprNode[tu.Elts.Length];
                for (int i = 0; i < elts.Length; i++)
                    elts[i] = RebuildTarget(tu.Elts[i], parts, ref pos);
                return new Syntax.Ast.Tuple(elts, tu.Ctx, tu.Location);
            }
            case Syntax.Ast.List li:
            {
                var elts = new ExprNode[li.Elts.Length];
                for (int i = 0; i < elts.Length; i++)
                    elts[i] = RebuildTarget(li.Elts[i], parts, ref pos);
                return new Syntax.Ast.List(elts, li.Ctx, li.Location);
            }
            case Starred st:
                return new Starred(RebuildTarget(st.Value, parts, ref pos), st.Ctx, st.Location);
        }
        return t;
    }

    /// <summary>The parts of a <c>def</c> evaluated in the enclosing scope, spilled in CPython's order: decorators,
    /// defaults, keyword-only defaults, annotations.</summary>
    private (ExprNode[] Decorators, Arguments Args, ExprNode? Returns) SpillSignature(ExprNode[] decorators, Arguments args, ExprNode? returns, List<Stmt> prefix)
    {
        var parts = new List<ExprNode>(decorators);
        parts.AddRange(args.Defaults);
        foreach (var d in args.KwDefaults)
        {
            if (d != null)
                parts.Add(d);
        }
        var allArgs = new List<Arg>(args.Posonlyargs);
        allArgs.AddRange(args.Args);
        if (args.Vararg != null)
            allArgs.Add(args.Vararg);
        allArgs.AddRange(args.Kwonlyargs);
        if (args.Kwarg != null)
            allArgs.Add(args.Kwarg);
        bool annotations = !_future.Annotations;
        if (annotations)
        {
            foreach (var a in allArgs)
            {
                if (a.Annotation != null)
                    parts.Add(a.Annotation);
            }
            if (returns != null)
                parts.Add(returns);
        }
        var r = SpillSeq([.. parts], prefix);
        int pos = 0;
        var decs = r[..decorators.Length];
        pos = decorators.Length;
        var defaults = r[pos..(pos + args.Defaults.Length)];
        pos += args.Defaults.Length;
        var kwDefaults = new ExprNode?[args.KwDefaults.Length];
        for (int i = 0; i < kwDefaults.Length; i++)
            kwDefaults[i] = args.KwDefaults[i] == null ? null : r[pos++];
        var map = new Dictionary<Arg, Arg>();
        foreach (var a in allArgs)
        {
            var ann = annotations && a.Annotation != null ? r[pos++] : a.Annotation;
            map[a] = new Arg(a.ArgName, ann, a.TypeComment, a.Location);
        }
        if (annotations && returns != null)
            returns = r[pos++];
        Arg[] Map(Arg[] list)
        {
            var m = new Arg[list.Length];
            for (int i = 0; i < m.Length; i++)
                m[i] = map[list[i]];
            return m;
        }
        var newArgs = new Arguments(Map(args.Posonlyargs), Map(args.Args), args.Vararg == null ? null : map[args.Vararg], Map(args.Kwonlyargs), kwDefaults, args.Kwarg == null ? null : map[args.Kwarg], defaults);
        return (decs, newArgs, returns);
    }

    /// <summary>A match statement that suspends: in its subject (spilled before it), a guard or a case body.</summary>
    private Stmt CompileGenMatch(Match m, List<Stmt> prefix)
    {
        var subject = Spill(m.Subject, prefix);
        var cases = new GenMatchCase[m.Cases.Length];
        for (int i = 0; i < cases.Length; i++)
        {
            var c = m.Cases[i];
            var pattern = CompilePattern(c.Pattern);
            Stmt? guardPrefix = null;
            Expr? guard = null;
            if (c.Guard != null)
            {
                var gp = new List<Stmt>();
                var g = Spill(c.Guard, gp);
                if (gp.Count > 0)
                    guardPrefix = Sequence(gp, c.Guard.Lineno);
                guard = CompileExpr(g);
            }
            cases[i] = new GenMatchCase(pattern, guardPrefix, guard, Block(c.Body), c.Pattern.Lineno);
        }
        return new GenMatchStmt(CompileExpr(subject), cases);
    }

    /// <summary>Rewrites <paramref name="e"/> so it contains no yield: yields and what must run before them become
    /// statements added to <paramref name="prefix"/>; the result reads temporaries.</summary>
    private ExprNode Spill(ExprNode e, List<Stmt> prefix)
    {
        if (!YieldFinder.Contains(e))
            return e;
        var loc = e.Location;
        switch (e)
        {
            case Yield y:
            {
                string t = NewTemp();
                var value = y.Value == null ? null : CompileExpr(Spill(y.Value, prefix));
                prefix.Add(new YieldStmt(value, StoreName(t), _unit.Code.IsAsyncGenerator) { Line = e.Lineno });
                return new Name(t, ExprContext.Load, loc);
            }
            case YieldFrom yf:
            {
                string t = NewTemp();
                var value = CompileExpr(Spill(yf.Value, prefix));
                prefix.Add(new YieldFromStmt(value, StoreName(t), false) { Line = e.Lineno });
                return new Name(t, ExprContext.Load, loc);
            }
            case Await aw:
            {
                string t = NewTemp();
                var value = CompileExpr(Spill(aw.Value, prefix));
                prefix.Add(new YieldFromStmt(value, StoreName(t), true) { Line = e.Lineno });
                return new Name(t, ExprContext.Load, loc);
            }
            case BoolOp bo:
            {
                // t = v0; if t (and) / if not t (or): t = v1 ...
                string t = NewTemp();
                var first = Spill(bo.Values[0], prefix);
                prefix.Add(new AssignStmt(StoreName(t), CompileExpr(first)) { Line = e.Lineno });
                var tail = prefix;
                for (int i = 1; i < bo.Values.Length; i++)
                {
                    var inner = new List<Stmt>();
                    var v = Spill(bo.Values[i], inner);
                    inner.Add(new AssignStmt(StoreName(t), CompileExpr(v)) { Line = e.Lineno });
                    Expr cond = LoadName(t);
                    if (bo.Op == BoolOperator.Or)
                        cond = new NotExpr(cond);
                    var innerBlock = new GenBlockStmt([.. inner]) { Line = e.Lineno };
                    tail.Add(new GenIfStmt(cond, innerBlock, null) { Line = e.Lineno });
                    tail = inner;
                }
                return new Name(t, ExprContext.Load, loc);
            }
            case IfExp ie:
            {
                string t = NewTemp();
                var test = Spill(ie.Test, prefix);
                var thenList = new List<Stmt>();
                var thenV = Spill(ie.Body, thenList);
                thenList.Add(new AssignStmt(StoreName(t), CompileExpr(thenV)) { Line = e.Lineno });
                var elseList = new List<Stmt>();
                var elseV = Spill(ie.Orelse, elseList);
                elseList.Add(new AssignStmt(StoreName(t), CompileExpr(elseV)) { Line = e.Lineno });
                prefix.Add(new GenIfStmt(CompileExpr(test), new GenBlockStmt([.. thenList]) { Line = e.Lineno }, new GenBlockStmt([.. elseList]) { Line = e.Lineno }) { Line = e.Lineno });
                return new Name(t, ExprContext.Load, loc);
            }
            case Call c:
            {
                var parts = new List<ExprNode> { c.Func };
                parts.AddRange(c.Args);
                foreach (var k in c.Keywords)
                    parts.Add(k.Value);
                var r = SpillSeq([.. parts], prefix);
                var args = new ExprNode[c.Args.Length];
                System.Array.Copy(r, 1, args, 0, args.Length);
                var kws = new Keyword[c.Keywords.Length];
                for (int i = 0; i < kws.Length; i++)
                    kws[i] = new Keyword(c.Keywords[i].Arg, r[1 + args.Length + i], c.Keywords[i].Location);
                // A method call keeps its shape: the spilled receiver is still called through the attribute.
                return new Call(r[0], args, kws, loc);
            }
            case Ast.BinOp b:
            {
                var r = SpillSeq([b.Left, b.Right], prefix);
                return new Ast.BinOp(r[0], b.Op, r[1], loc);
            }
            case UnaryOp u:
                return new UnaryOp(u.Op, Spill(u.Operand, prefix), loc);
            case Compare { Ops.Length: > 1 } cmp:
            {
                // a < b < c: a comparison runs only when the one before it held; middle operands are evaluated once.
                string t = NewTemp();
                var left = SpillToTemp(cmp.Left, prefix, e.Lineno);
                SpillChainFrom(cmp, 0, left, t, prefix);
                return new Name(t, ExprContext.Load, loc);
            }
            case Compare cmp:
            {
                var parts = new List<ExprNode> { cmp.Left };
                parts.AddRange(cmp.Comparators);
                var r = SpillSeq([.. parts], prefix);
                var comps = new ExprNode[cmp.Comparators.Length];
                System.Array.Copy(r, 1, comps, 0, comps.Length);
                return new Compare(r[0], cmp.Ops, comps, loc);
            }
            case Attribute at:
                return new Attribute(Spill(at.Value, prefix), at.Attr, at.Ctx, loc);
            case Subscript sub:
            {
                var r = SpillSeq([sub.Value, sub.Slice], prefix);
                return new Subscript(r[0], r[1], sub.Ctx, loc);
            }
            case Syntax.Ast.Tuple tu:
                return new Syntax.Ast.Tuple(SpillSeq(tu.Elts, prefix), tu.Ctx, loc);
            case Syntax.Ast.List li:
                return new Syntax.Ast.List(SpillSeq(li.Elts, prefix), li.Ctx, loc);
            case Syntax.Ast.Set se:
                return new Syntax.Ast.Set(SpillSeq(se.Elts, prefix), loc);
            case Starred st:
                return new Starred(Spill(st.Value, prefix), st.Ctx, loc);
            case JoinedStr js:
                return new JoinedStr(SpillSeq(js.Values, prefix), loc);
            case FormattedValue fv:
                return new FormattedValue(Spill(fv.Value, prefix), fv.Conversion, fv.FormatSpec, loc);
            case Dict d:
            {
                var parts = new List<ExprNode>();
                var hasKey = new bool[d.Keys.Length];
                for (int i = 0; i < d.Keys.Length; i++)
                {
                    if (d.Keys[i] is { } k)
                    {
                        parts.Add(k);
                        hasKey[i] = true;
                    }
                    parts.Add(d.Values[i]);
                }
                var r = SpillSeq([.. parts], prefix);
                var keys = new ExprNode?[d.Keys.Length];
                var vals = new ExprNode[d.Values.Length];
                int j = 0;
                for (int i = 0; i < keys.Length; i++)
                {
                    keys[i] = hasKey[i] ? r[j++] : null;
                    vals[i] = r[j++];
                }
                return new Dict(keys, vals, loc);
            }
            case Syntax.Ast.NamedExpr ne:
                return new Syntax.Ast.NamedExpr(ne.Target, Spill(ne.Value, prefix), loc);
            case GeneratorExp ge:
            {
                // Only the first iterable is evaluated here (the rest runs inside the generator).
                var first = Spill(ge.Generators[0].Iter, prefix);
                string t = NewTemp();
                prefix.Add(new AssignStmt(StoreName(t), CompileGeneratorExp(ge, first)) { Line = e.Lineno });
                return new Name(t, ExprContext.Load, loc);
            }
            case ListComp lc:
                return SpillComprehension(lc, lc.Generators, lc.Elt, null, 0, prefix);
            case SetComp sc:
                return SpillComprehension(sc, sc.Generators, sc.Elt, null, 1, prefix);
            case DictComp dc:
                return SpillComprehension(dc, dc.Generators, dc.Key, dc.Value, 2, prefix);
            case Slice sl:
            {
                var parts = new ExprNode[] { sl.Lower ?? new Constant(Atoll.Syntax.Ast.ConstantValue.None, null, loc), sl.Upper ?? new Constant(Atoll.Syntax.Ast.ConstantValue.None, null, loc), sl.Step ?? new Constant(Atoll.Syntax.Ast.ConstantValue.None, null, loc) };
                var r = SpillSeq(parts, prefix);
                return new Slice(r[0], r[1], r[2], loc);
            }
        }
        throw Err.NotImplemented($"'yield' or 'await' inside a '{e.TypeName}' expression is not supported yet");
    }

    /// <summary>A list, set or dict comprehension that suspends (<c>async for</c> clauses, or <c>await</c> in it),
    /// lowered to resumable loops in the enclosing frame that fill a result held in a temporary. As for an inlined
    /// comprehension (PEP 709), the first iterable is evaluated outside, and the comprehension's variables get slots of
    /// their own that are cleared when it finishes.</summary>
    private ExprNode SpillComprehension(ExprNode node, Comprehension[] gens, ExprNode elt, ExprNode? value, int kind, List<Stmt> prefix)
    {
        int line = node.Lineno;
        var info = _infos[_scopes[node]];
        var first = Spill(gens[0].Iter, prefix);
        string iterTemp = NewTemp();
        prefix.Add(new AssignStmt(StoreName(iterTemp), CompileExpr(first)) { Line = line });
        string result = NewTemp();
        prefix.Add(new AssignStmt(StoreName(result), new NewComprehensionResultExpr(kind)) { Line = line });
        var slots = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var cellSlots = new List<int>();
        foreach (var (n, k) in info.Names)
        {
            if (k is NameKind.Local or NameKind.Cell)
            {
                int slot = _unit.NewSlot(n);
                slots[n] = slot;
                if (k == NameKind.Cell)
                    cellSlots.Add(slot);
            }
        }
        Stmt body;
        _unit.Comprehensions.Add((info, slots));
        try
        {
            var inner = new List<Stmt>();
            ExprNode key;
            ExprNode? val = null;
            if (value == null)
            {
                key = Spill(elt, inner);
            }
            else
            {
                var r = SpillSeq([elt, value], inner);
                key = r[0];
                val = r[1];
            }
            inner.Add(new ComprehensionAppendStmt(LoadName(result), kind, CompileExpr(key), val == null ? null : CompileExpr(val)) { Line = line });
            body = Sequence(inner, line);
            for (int i = gens.Length - 1; i >= 0; i--)
            {
                var g = gens[i];
                for (int j = g.Ifs.Length - 1; j >= 0; j--)
                {
                    var condPrefix = new List<Stmt>();
                    var cond = Spill(g.Ifs[j], condPrefix);
                    condPrefix.Add(new GenIfStmt(CompileExpr(cond), body, null) { Line = line });
                    body = Sequence(condPrefix, line);
                }
                var loopPrefix = new List<Stmt>();
                var iter = i == 0 ? LoadName(iterTemp) : CompileExpr(Spill(g.Iter, loopPrefix));
                var target = CompileTarget(g.Target);
                loopPrefix.Add(g.IsAsync != 0 ? new GenAsyncForStmt(target, iter, body, null) { Line = line } : new GenForStmt(target, iter, body, null) { Line = line });
                body = Sequence(loopPrefix, line);
            }
        }
        finally
        {
            _unit.Comprehensions.RemoveAt(_unit.Comprehensions.Count - 1);
        }
        if (cellSlots.Count > 0)
            prefix.Add(new NewCellsStmt([.. cellSlots]) { Line = line });
        prefix.Add(new GenTryStmt(body, [], null, new ClearSlotsStmt([.. slots.Values]) { Line = line }) { Line = line });
        return new Name(result, ExprContext.Load, node.Location);
    }

    private static Stmt Sequence(List<Stmt> stmts, int line)
    {
        foreach (var st in stmts)
        {
            if (st.Line == 0)
                st.Line = line;
        }
        return stmts.Count == 1 ? stmts[0] : new GenBlockStmt([.. stmts]) { Line = line };
    }

    /// <summary>Spills a list of operands evaluated left to right: those before the last one holding a yield are
    /// evaluated into temporaries first, so they still run before it.</summary>
    private ExprNode[] SpillSeq(ExprNode[] items, List<Stmt> prefix)
    {
        int last = -1;
        for (int i = 0; i < items.Length; i++)
        {
            if (YieldFinder.Contains(items[i]))
                last = i;
        }
        var result = (ExprNode[])items.Clone();
        for (int i = 0; i < last; i++)
        {
            var item = items[i];
            if (item is Constant)
                continue;
            if (item is Starred st)
            {
                var inner = Spill(st.Value, prefix);
                string ts = NewTemp();
                prefix.Add(new AssignStmt(StoreName(ts), CompileExpr(inner)));
                result[i] = new Starred(new Name(ts, ExprContext.Load, st.Location), st.Ctx, st.Location);
                continue;
            }
            var v = Spill(item, prefix);
            string t = NewTemp();
            prefix.Add(new AssignStmt(StoreName(t), CompileExpr(v)));
            result[i] = new Name(t, ExprContext.Load, item.Location);
        }
        if (last >= 0)
            result[last] = Spill(items[last], prefix);
        return result;
    }
}
