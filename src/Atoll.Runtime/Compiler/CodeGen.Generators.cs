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
            {
                var v = Spill(a.Value, prefix);
                main = CompileStmtCore(new Assign(a.Targets, v, null, a.Location));
                break;
            }
            case AugAssign aug:
            {
                var v = Spill(aug.Value, prefix);
                main = CompileStmtCore(new AugAssign(aug.Target, aug.Op, v, aug.Location));
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
            case Assert a:
                main = new AssertStmt(CompileExpr(Spill(a.Test, prefix)), a.Msg == null ? null : CompileExpr(a.Msg));
                break;
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
        var ctx = index == 0 ? Spill(item.ContextExpr, prefix) : item.ContextExpr;
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
