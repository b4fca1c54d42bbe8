using System;
using System.Collections.Generic;
using Atoll.Runtime.Nodes;
using Atoll.Runtime.Objects;
using Atoll.Syntax.Ast;
using Ast = Atoll.Syntax.Ast;
using BinOp = Atoll.Runtime.Objects.BinOp;
using Expr = Atoll.Runtime.Nodes.Expr;
using Attribute = Atoll.Syntax.Ast.Attribute;

namespace Atoll.Runtime.Compiler;

internal sealed partial class CodeGen
{
    /// <summary>Compiles an expression. One that reports a different line than the code around it (part of a
    /// multi-line statement) is wrapped so the frame shows its line while it runs, as CPython's per-instruction
    /// locations do; the common single-line case gets no wrapper.</summary>
    private Expr CompileExpr(ExprNode e)
    {
        int line = OperationLine(e);
        if (line == _line || line <= 0 || e is Constant or Lambda)
            return CompileExprCore(e);
        int saved = _line;
        _line = line;
        try
        {
            var inner = CompileExprCore(e);
            return inner is ConstExpr ? inner : new LineExpr(line, saved, inner);
        }
        finally
        {
            _line = saved;
        }
    }

    /// <summary>The line CPython reports for the operation of <paramref name="e"/>: its first line, except that an
    /// attribute (and a method call through one) reports the line where the attribute name is.</summary>
    private static int OperationLine(ExprNode e) => e switch
    {
        Attribute a => a.EndLineno,
        Call { Func: Attribute fa } c when MethodCallShape(c) => fa.EndLineno,
        _ => e.Lineno,
    };

    private static bool MethodCallShape(Call c)
    {
        foreach (var a in c.Args)
        {
            if (a is Starred)
                return false;
        }
        foreach (var k in c.Keywords)
        {
            if (k.Arg == null)
                return false;
        }
        return true;
    }

    private Expr CompileExprCore(ExprNode e)
    {
        if (!Atoll.Syntax.StackGuard.HasSufficientStack())
            throw Err.New(BuiltinTypes.RecursionError, "maximum recursion depth exceeded during compilation");
        switch (e)
        {
            case Constant c:
                return new ConstExpr(ConstantValue(c.Value));
            case Name n:
                return LoadName(n.Id);
            case Ast.BinOp b:
                return CompileBinOp(b);
            case UnaryOp u:
            {
                if (FoldUnary(u) is { } folded)
                    return new ConstExpr(folded);
                var operand = CompileExpr(u.Operand);
                return u.Op switch
                {
                    UnaryOperator.Not => new NotExpr(operand),
                    UnaryOperator.USub => u.Operand is Constant { Value: long or double or System.Numerics.BigInteger } c2 ? new ConstExpr(Ops.Neg(ConstantValue(c2.Value))) : new NegExpr(operand),
                    UnaryOperator.UAdd => new PosExpr(operand),
                    // CPython folds ~True/~False at compile time; the DeprecationWarning raised while folding is
                    // attributed to no module of the program, so the default filters drop it.
                    _ => operand is ConstExpr { Value: PyBool bc } ? new ConstExpr(PyInt.From(bc == PyBool.True ? -2 : -1)) : new InvertExpr(operand),
                };
            }
            case BoolOp bo:
            {
                var vals = new Expr[bo.Values.Length];
                for (int i = 0; i < vals.Length; i++)
                    vals[i] = CompileExpr(bo.Values[i]);
                return bo.Op == BoolOperator.And ? new AndExpr(vals) : new OrExpr(vals);
            }
            case Compare c:
                return CompileCompare(c);
            case Call call:
                return CompileCall(call);
            case Attribute a:
                return new AttrLoad(CompileExpr(a.Value), PyStr.Intern(Mangle(a.Attr)));
            case Subscript s:
                return new SubscriptExpr(CompileExpr(s.Value), CompileExpr(s.Slice));
            case Slice sl:
                return new SliceExpr(sl.Lower == null ? null : CompileExpr(sl.Lower), sl.Upper == null ? null : CompileExpr(sl.Upper), sl.Step == null ? null : CompileExpr(sl.Step));
            case IfExp ie:
                return new IfExpr(CompileExpr(ie.Test), CompileExpr(ie.Body), CompileExpr(ie.Orelse));
            case Syntax.Ast.Tuple t:
                return CompileSequence(t.Elts, 1);
            case Syntax.Ast.List l:
                return CompileSequence(l.Elts, 0);
            case Syntax.Ast.Set st:
                return CompileSequence(st.Elts, 2);
            case Dict d:
            {
                var keys = new Expr?[d.Keys.Length];
                var vals = new Expr[d.Values.Length];
                for (int i = 0; i < keys.Length; i++)
                {
                    keys[i] = d.Keys[i] == null ? null : CompileExpr(d.Keys[i]!);
                    vals[i] = CompileExpr(d.Values[i]);
                }
                return new DictExpr(keys, vals);
            }
            case JoinedStr js:
            {
                var parts = new Expr[js.Values.Length];
                for (int i = 0; i < parts.Length; i++)
                    parts[i] = CompileExpr(js.Values[i]);
                if (parts.Length == 1 && parts[0] is FormattedValueExpr)
                    return parts[0];
                return new JoinedStrExpr(parts);
            }
            case FormattedValue fv:
                return new FormattedValueExpr(CompileExpr(fv.Value), fv.Conversion, fv.FormatSpec == null ? null : CompileExpr(fv.FormatSpec));
            case Ast.NamedExpr ne:
                return new Nodes.NamedExpr(CompileNamedExprTarget((Name)ne.Target), CompileExpr(ne.Value));
            case Lambda lam:
                return CompileLambda(lam);
            case ListComp lc:
                return CompileComprehension(lc, lc.Generators, lc.Elt, null, 0);
            case SetComp sc:
                return CompileComprehension(sc, sc.Generators, sc.Elt, null, 1);
            case DictComp dc:
                return CompileComprehension(dc, dc.Generators, dc.Key, dc.Value, 2);
            case GeneratorExp ge:
                return CompileGeneratorExp(ge);
            case Starred:
                throw Err.New(BuiltinTypes.SyntaxError, "can't use starred expression here");
            case Yield or YieldFrom or Await:
                throw Err.System("yield or await in an unsupported position");
        }
        throw Err.System("unsupported expression " + e.TypeName);
    }

    /// <summary>A unary operator on a numeric constant, computed at compile time as CPython's AST optimizer does (so
    /// <c>~True</c> written literally gives no DeprecationWarning); null when it does not apply.</summary>
    private static PyObject? FoldUnary(UnaryOp u)
    {
        var operand = u.Operand switch
        {
            Constant c => ConstantValue(c.Value),
            UnaryOp inner => FoldUnary(inner),
            _ => null,
        };
        if (operand is not (PyInt or PyFloat or PyComplex))
            return null;
        try
        {
            return u.Op switch
            {
                UnaryOperator.USub => Ops.Neg(operand),
                UnaryOperator.UAdd => Ops.Pos(operand),
                UnaryOperator.Not => Ops.Not(operand),
                _ => operand is PyInt i ? IntOps.Invert(i) : null,
            };
        }
        catch (PyException)
        {
            return null;
        }
    }

    // Assignment expressions in comprehensions bind in the enclosing (non-comprehension) scope.
    private Target CompileNamedExprTarget(Name n)
    {
        if (_unit.Comprehensions.Count == 0)
            return StoreName(n.Id);
        var saved = new List<(ScopeInfo, Dictionary<string, int>)>(_unit.Comprehensions);
        _unit.Comprehensions.Clear();
        try
        {
            return StoreName(n.Id);
        }
        finally
        {
            _unit.Comprehensions.AddRange(saved);
        }
    }

    private Expr CompileBinOp(Ast.BinOp b)
    {
        var op = (BinOp)(int)b.Op;
        var left = CompileExpr(b.Left);
        // Constant folding for the shapes that are always safe (small numeric results).
        if (b.Right is Constant { Value: long k } && k is > -1024 and < 1024)
        {
            if (op == Objects.BinOp.Add)
                return new AddIntConstExpr(left, k, PyInt.From(k), subtract: false);
            if (op == Objects.BinOp.Sub)
                return new AddIntConstExpr(left, -k, PyInt.From(k), subtract: true);
        }
        var right = CompileExpr(b.Right);
        return op switch
        {
            Objects.BinOp.Add => new AddExpr(left, right),
            Objects.BinOp.Sub => new SubExpr(left, right),
            Objects.BinOp.Mul => new MulExpr(left, right),
            _ => new BinaryExpr(left, right, op),
        };
    }

    private static CmpKind ToKind(CmpOperator op) => op switch
    {
        CmpOperator.Eq => CmpKind.Eq,
        CmpOperator.NotEq => CmpKind.Ne,
        CmpOperator.Lt => CmpKind.Lt,
        CmpOperator.LtE => CmpKind.Le,
        CmpOperator.Gt => CmpKind.Gt,
        CmpOperator.GtE => CmpKind.Ge,
        CmpOperator.Is => CmpKind.Is,
        CmpOperator.IsNot => CmpKind.IsNot,
        CmpOperator.In => CmpKind.In,
        _ => CmpKind.NotIn,
    };

    private Expr CompileCompare(Compare c)
    {
        var left = CompileExpr(c.Left);
        if (c.Ops.Length == 1)
        {
            var right = CompileExpr(c.Comparators[0]);
            var kind = ToKind(c.Ops[0]);
            if (kind == CmpKind.Lt)
                return new LessThanExpr(left, right);
            return new CompareExpr(left, right, kind);
        }
        var operands = new Expr[c.Ops.Length + 1];
        operands[0] = left;
        var kinds = new CmpKind[c.Ops.Length];
        for (int i = 0; i < kinds.Length; i++)
        {
            operands[i + 1] = CompileExpr(c.Comparators[i]);
            kinds[i] = ToKind(c.Ops[i]);
        }
        return new ChainCompareExpr(operands, kinds);
    }

    private Expr CompileSequence(ExprNode[] elts, int kind)
    {
        bool starred = false;
        foreach (var x in elts)
        {
            if (x is Starred)
                starred = true;
        }
        if (!starred)
        {
            var items = new Expr[elts.Length];
            for (int i = 0; i < items.Length; i++)
                items[i] = CompileExpr(elts[i]);
            if (kind == 1)
            {
                bool allConst = true;
                foreach (var it in items)
                {
                    if (it is not ConstExpr)
                        allConst = false;
                }
                if (allConst && items.Length > 0)
                {
                    var vals = new PyObject[items.Length];
                    for (int i = 0; i < vals.Length; i++)
                        vals[i] = ((ConstExpr)items[i]).Value;
                    return new ConstExpr(new PyTuple(vals));
                }
                return new TupleExpr(items);
            }
            if (kind == 2 && items.Length > 2 && Array.TrueForAll(items, static e => e is ConstExpr))
                return ConstSetExpr.Create(items);
            return kind == 0 ? new ListExpr(items) : new SetExpr(items);
        }
        var display = new DisplayItem[elts.Length];
        for (int i = 0; i < elts.Length; i++)
            display[i] = elts[i] is Starred s ? new DisplayItem(CompileExpr(s.Value), true) : new DisplayItem(CompileExpr(elts[i]), false);
        return new StarDisplayExpr(display, kind);
    }

    private Expr CompileCall(Call call)
    {
        // Zero-argument super() inside a method.
        if (call.Func is Name { Id: "super" } && call.Args.Length == 0 && call.Keywords.Length == 0 && _unit.Kind == CodeKind.Function)
        {
            var sup = CompileZeroArgSuper();
            if (sup != null)
                return sup;
        }
        bool simple = true;
        foreach (var a in call.Args)
        {
            if (a is Starred)
                simple = false;
        }
        foreach (var k in call.Keywords)
        {
            if (k.Arg == null)
                simple = false;
        }
        Expr result;
        if (simple && call.Keywords.Length == 0)
        {
            var args = new Expr[call.Args.Length];
            for (int i = 0; i < args.Length; i++)
                args[i] = CompileExpr(call.Args[i]);
            if (call.Func is Attribute at)
            {
                result = new MethodCallExpr(CompileExpr(at.Value), PyStr.Intern(Mangle(at.Attr)), args);
            }
            else
            {
                var func = CompileExpr(call.Func);
                result = args.Length switch
                {
                    0 => new Call0Expr(func),
                    1 => new Call1Expr(func, args[0]),
                    2 => new Call2Expr(func, args[0], args[1]),
                    _ => new CallNExpr(func, args),
                };
            }
        }
        else if (simple)
        {
            var func = CompileExpr(call.Func);
            var args = new Expr[call.Args.Length + call.Keywords.Length];
            var names = new string[call.Keywords.Length];
            for (int i = 0; i < call.Args.Length; i++)
                args[i] = CompileExpr(call.Args[i]);
            for (int i = 0; i < call.Keywords.Length; i++)
            {
                args[call.Args.Length + i] = CompileExpr(call.Keywords[i].Value);
                names[i] = call.Keywords[i].Arg!;
            }
            result = new CallKwExpr(func, args, names);
        }
        else
        {
            var func = CompileExpr(call.Func);
            var args = new List<CallArg>();
            foreach (var a in call.Args)
                args.Add(a is Starred s ? new CallArg(CompileExpr(s.Value), CallArg.Star, null) : new CallArg(CompileExpr(a), CallArg.Positional, null));
            foreach (var k in call.Keywords)
                args.Add(k.Arg == null ? new CallArg(CompileExpr(k.Value), CallArg.DoubleStar, null) : new CallArg(CompileExpr(k.Value), CallArg.Keyword, k.Arg));
            result = new CallStarExpr(func, [.. args]);
        }
        return result;
    }

    private Expr? CompileZeroArgSuper()
    {
        var u = _unit;
        if (u.Info.Kind("__class__") != NameKind.Free || u.Code.ArgCount + (u.Code.HasVarArgs ? 1 : 0) == 0)
            return null;
        int classSlot = SlotOf("__class__");
        string first = u.SlotNames[0];
        var firstKind = u.Info.Kind(first);
        return new ZeroArgSuperExpr(LoadName("super"), classSlot, 0, firstKind is NameKind.Cell);
    }

    // ---------- targets ----------

    private Target CompileTarget(ExprNode e)
    {
        switch (e)
        {
            case Name n:
                return StoreName(n.Id);
            case Attribute a:
                return new AttrTarget(CompileExpr(a.Value), PyStr.Intern(Mangle(a.Attr)));
            case Subscript s:
                return new SubscriptTarget(CompileExpr(s.Value), CompileExpr(s.Slice));
            case Syntax.Ast.Tuple t:
                return CompileUnpack(t.Elts);
            case Syntax.Ast.List l:
                return CompileUnpack(l.Elts);
            case Starred st:
                return CompileTarget(st.Value);
        }
        throw Err.System("bad assignment target " + e.TypeName);
    }

    private Target CompileUnpack(ExprNode[] elts)
    {
        var targets = new Target[elts.Length];
        int star = -1;
        for (int i = 0; i < elts.Length; i++)
        {
            if (elts[i] is Starred)
                star = i;
            targets[i] = CompileTarget(elts[i]);
        }
        return new UnpackTarget(targets, star);
    }
}
