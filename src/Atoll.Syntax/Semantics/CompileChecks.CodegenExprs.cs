using System.Collections.Generic;
using System.Numerics;
using Atoll.Syntax.Ast;

namespace Atoll.Syntax;

internal sealed partial class CodegenPass
{
    // ---- expressions ----

    private void Opt(ExprNode? e)
    {
        if (e is not null)
            Expr(e);
    }

    private void Exprs(ExprNode[] es)
    {
        foreach (var e in es)
            Expr(e);
    }

    private void Expr(ExprNode e)
    {
        Enter();
        switch (e)
        {
            case BoolOp b:
                Exprs(b.Values);
                break;
            case NamedExpr n:
                Expr(n.Value);
                Expr(n.Target);
                break;
            case BinOp b:
                Expr(b.Left);
                Expr(b.Right);
                break;
            case UnaryOp u:
                Expr(u.Operand);
                break;
            case Lambda l:
                CheckDebugArgs(l.Args);
                Defaults(l.Args);
                InUnit(UnitKind.Lambda, l, () => Expr(l.Body));
                break;
            case IfExp i:
                Expr(i.Test);
                Expr(i.Body);
                Expr(i.Orelse);
                break;
            case Dict d:
                for (int i = 0; i < d.Values.Length; i++)
                {
                    Opt(d.Keys[i]);
                    Expr(d.Values[i]);
                }
                break;
            case Set s:
                LoadArgs(s.Elts);
                break;
            case ListComp c:
                InlinedComprehension(c, c.Generators, c.Elt, null);
                break;
            case SetComp c:
                InlinedComprehension(c, c.Generators, c.Elt, null);
                break;
            case DictComp c:
                InlinedComprehension(c, c.Generators, c.Key, c.Value);
                break;
            case GeneratorExp g:
                InUnit(UnitKind.GeneratorExpression, g, () => ComprehensionBody(g.Generators, g.Elt, null));
                Expr(g.Generators[0].Iter);
                break;
            case Await a:
                if (!_unit.IsFunctionLike)
                    throw errors.At("'await' outside function", a);
                if (_unit.Kind is not (UnitKind.AsyncFunction or UnitKind.GeneratorExpression))
                    throw errors.At("'await' outside async function", a);
                Expr(a.Value);
                break;
            case Yield y:
                if (!_unit.IsFunctionLike)
                    throw errors.At("'yield' outside function", y);
                Opt(y.Value);
                break;
            case YieldFrom y:
                if (!_unit.IsFunctionLike)
                    throw errors.At("'yield from' outside function", y);
                if (_unit.Kind == UnitKind.AsyncFunction)
                    throw errors.At("'yield from' inside async function", y);
                Expr(y.Value);
                break;
            case Compare c:
                CheckCompare(c);
                Expr(c.Left);
                Exprs(c.Comparators);
                break;
            case Call c:
                ValidateKeywords(c.Keywords);
                CheckCaller(c.Func);
                Expr(c.Func);
                LoadArgs(c.Args);
                foreach (var k in c.Keywords)
                    Expr(k.Value);
                break;
            case FormattedValue f:
                Expr(f.Value);
                Opt(f.FormatSpec);
                break;
            case JoinedStr j:
                Exprs(j.Values);
                break;
            case Attribute a:
                Expr(a.Value);
                if (a.Ctx == ExprContext.Store)
                    Forbidden(a.Attr, ExprContext.Store, a.Location);
                break;
            case Subscript s:
                if (s.Ctx == ExprContext.Load)
                    CheckSubscript(s.Value, s.Slice);
                Expr(s.Value);
                Expr(s.Slice);
                break;
            case Starred s:
                // Lists, tuples, sets and calls take their starred items themselves: any other is misplaced.
                throw errors.At(s.Ctx == ExprContext.Store ? "starred assignment target must be in a list or tuple"
                    : "can't use starred expression here", s);
            case Name n:
                if (n.Ctx != ExprContext.Load)
                    Forbidden(n.Id, n.Ctx, n.Location);
                break;
            case List l:
                Sequence(l, l.Elts, l.Ctx);
                break;
            case Tuple t:
                Sequence(t, t.Elts, t.Ctx);
                break;
            case Slice s:
                Opt(s.Lower);
                Opt(s.Upper);
                Opt(s.Step);
                break;
        }
        _depth--;
    }

    private void Sequence(ExprNode e, ExprNode[] elts, ExprContext ctx)
    {
        if (ctx == ExprContext.Store)
        {
            bool seenStar = false;
            foreach (var x in elts)
            {
                if (x is Starred)
                {
                    if (seenStar)
                        throw errors.At("multiple starred expressions in assignment", e);
                    seenStar = true;
                }
            }
        }
        LoadArgs(elts);
    }

    // Items where *x unpacks: list, tuple and set displays, positional arguments, class bases.
    private void LoadArgs(ExprNode[] items)
    {
        foreach (var x in items)
            Expr(x is Starred s ? s.Value : x);
    }

    private void ValidateKeywords(Keyword[] keywords)
    {
        for (int i = 0; i < keywords.Length; i++)
        {
            if (keywords[i].Arg is not { } arg)
                continue;
            Forbidden(arg, ExprContext.Store, keywords[i].Location);
            for (int j = i + 1; j < keywords.Length; j++)
            {
                if (keywords[j].Arg == arg)
                    throw errors.At($"keyword argument repeated: {arg}", keywords[j]);
            }
        }
    }

    // List, set and dict comprehensions are compiled inline: the first iterable, then (in the enclosing code
    // object) the rest, so an asynchronous one needs an enclosing async function or generator expression.
    private void InlinedComprehension(ExprNode e, Comprehension[] generators, ExprNode elt, ExprNode? value)
    {
        Expr(generators[0].Iter);
        if (scopes.TryGetValue(e, out var scope) && scope.Coroutine &&
            _unit.Kind is not (UnitKind.AsyncFunction or UnitKind.GeneratorExpression))
            throw errors.At("asynchronous comprehension outside of an asynchronous function", e);
        ComprehensionBody(generators, elt, value);
    }

    private void ComprehensionBody(Comprehension[] generators, ExprNode elt, ExprNode? value)
    {
        for (int i = 0; i < generators.Length; i++)
        {
            var g = generators[i];
            if (i > 0)
                Expr(g.Iter);
            Expr(g.Target);
            Exprs(g.Ifs);
        }
        Expr(elt);
        Opt(value);
    }

    // ---- SyntaxWarnings ----

    private void Warn(string message, in SourceLocation loc) => warnings.Add(errors.At(message, loc));

    private static string TypeName(object v) => v switch
    {
        bool => "bool",
        long or BigInteger => "int",
        double => "float",
        Complex => "complex",
        string => "str",
        BytesValue => "bytes",
        object[] => "tuple",
        _ when ReferenceEquals(v, ConstantValue.None) => "NoneType",
        _ => "ellipsis",
    };

    // The type an expression is known to have without running it (after constant folding), or null.
    private static string? InferType(ExprNode e) => Fold(e) is { } v ? TypeName(v) : e switch
    {
        Tuple => "tuple",
        List or ListComp => "list",
        Dict or DictComp => "dict",
        Set or SetComp => "set",
        GeneratorExp => "generator",
        Lambda => "function",
        JoinedStr or FormattedValue => "str",
        _ => null,
    };

    // `x is 1`: identity with a literal other than None, True, False and ... is almost certainly a mistake.
    private void CheckCompare(Compare c)
    {
        var left = c.Left;
        for (int i = 0; i < c.Ops.Length; i++)
        {
            var right = c.Comparators[i];
            if (c.Ops[i] is CmpOperator.Is or CmpOperator.IsNot)
            {
                var literal = !IsIdentityOperand(left) ? left : !IsIdentityOperand(right) ? right : null;
                if (literal is not null)
                {
                    string type = InferType(literal)!;
                    Warn(c.Ops[i] == CmpOperator.Is ? $"\"is\" with '{type}' literal. Did you mean \"==\"?"
                        : $"\"is not\" with '{type}' literal. Did you mean \"!=\"?", c.Location);
                    return;
                }
            }
            left = right;
        }
    }

    private static bool IsIdentityOperand(ExprNode e) =>
        Fold(e) is not { } v || v is bool || ReferenceEquals(v, ConstantValue.None) || ReferenceEquals(v, ConstantValue.Ellipsis);

    // `[(1, 2) (3, 4)]`: calling a literal or display means a missing comma.
    private void CheckCaller(ExprNode func)
    {
        if (Fold(func) is not null || func is Tuple or List or ListComp or Dict or DictComp or Set or SetComp or GeneratorExp
            or JoinedStr or FormattedValue)
            Warn($"'{InferType(func)}' object is not callable; perhaps you missed a comma?", func.Location);
    }

    private void CheckSubscript(ExprNode value, ExprNode index)
    {
        var v = Fold(value);
        if (v is null ? value is Set or SetComp or GeneratorExp or Lambda
            : v is long or BigInteger or bool or double or Complex || ReferenceEquals(v, ConstantValue.None) || ReferenceEquals(v, ConstantValue.Ellipsis))
        {
            Warn($"'{InferType(value)}' object is not subscriptable; perhaps you missed a comma?", value.Location);
            return;
        }
        string? indexType = InferType(index);
        if (indexType is null or "int" or "bool")
            return;
        if (v is null ? value is Tuple or List or ListComp or JoinedStr or FormattedValue : v is string or BytesValue or object[])
            Warn($"{InferType(value)} indices must be integers or slices, not {indexType}; perhaps you missed a comma?", value.Location);
    }

    // ---- match ----

    private sealed class PatternContext
    {
        public List<string> Stores { get; set; } = [];
        public bool AllowIrrefutable { get; set; }
    }

    private void MatchStmt(Match m)
    {
        Expr(m.Subject);
        int n = m.Cases.Length;
        // A last `case _:` is compiled as the default: its pattern is never looked at.
        bool hasDefault = n > 1 && m.Cases[^1].Pattern is MatchAs { Pattern: null, Name: null };
        for (int i = 0; i < n - (hasDefault ? 1 : 0); i++)
        {
            var c = m.Cases[i];
            var pc = new PatternContext { AllowIrrefutable = c.Guard is not null || i == n - 1 };
            Pattern(c.Pattern, pc);
            Opt(c.Guard);
            Stmts(c.Body);
        }
        if (hasDefault)
        {
            Opt(m.Cases[^1].Guard);
            Stmts(m.Cases[^1].Body);
        }
    }

    private void Pattern(PatternNode p, PatternContext pc)
    {
        Enter();
        switch (p)
        {
            case MatchValue v:
                Expr(v.Value);
                break;
            case MatchSequence s:
                bool star = false;
                foreach (var sub in s.Patterns)
                {
                    if (sub is MatchStar)
                    {
                        if (star)
                            throw errors.At("multiple starred names in sequence pattern", s);
                        star = true;
                    }
                }
                foreach (var sub in s.Patterns)
                    SubPattern(sub, pc);
                break;
            case MatchStar s:
                StoreName(s.Name, s.Location, pc);
                break;
            case MatchMapping m:
                MappingKeys(m);
                foreach (var sub in m.Patterns)
                    SubPattern(sub, pc);
                StoreName(m.Rest, m.Location, pc);
                break;
            case MatchClass c:
                for (int i = 0; i < c.KwdAttrs.Length; i++)
                {
                    Forbidden(c.KwdAttrs[i], ExprContext.Store, c.KwdPatterns[i].Location);
                    for (int j = i + 1; j < c.KwdAttrs.Length; j++)
                    {
                        if (c.KwdAttrs[j] == c.KwdAttrs[i])
                            throw errors.At($"attribute name repeated in class pattern: {c.KwdAttrs[i]}", c.KwdPatterns[j]);
                    }
                }
                Expr(c.Cls);
                foreach (var sub in c.Patterns)
                    SubPattern(sub, pc);
                foreach (var sub in c.KwdPatterns)
                    SubPattern(sub, pc);
                break;
            case MatchAs a:
                if (a.Pattern is null)
                {
                    if (!pc.AllowIrrefutable)
                    {
                        throw errors.At(a.Name is { } captured
                            ? $"name capture {PyRepr.Str(captured)} makes remaining patterns unreachable"
                            : "wildcard makes remaining patterns unreachable", a);
                    }
                }
                else
                {
                    Pattern(a.Pattern, pc);
                }
                StoreName(a.Name, a.Location, pc);
                break;
            case MatchOr o:
                OrPattern(o, pc);
                break;
        }
        _depth--;
    }

    private void SubPattern(PatternNode p, PatternContext pc)
    {
        bool allow = pc.AllowIrrefutable;
        pc.AllowIrrefutable = true;
        Pattern(p, pc);
        pc.AllowIrrefutable = allow;
    }

    // Every alternative must bind the same names; only the last may be irrefutable.
    private void OrPattern(MatchOr o, PatternContext pc)
    {
        var outer = pc.Stores;
        bool allow = pc.AllowIrrefutable;
        List<string>? control = null;
        for (int i = 0; i < o.Patterns.Length; i++)
        {
            pc.Stores = [];
            pc.AllowIrrefutable = i == o.Patterns.Length - 1 && allow;
            Pattern(o.Patterns[i], pc);
            if (control is null)
            {
                control = pc.Stores;
            }
            else if (control.Count != pc.Stores.Count || !control.TrueForAll(pc.Stores.Contains))
            {
                throw errors.At("alternative patterns bind different names", o);
            }
        }
        pc.Stores = outer;
        pc.AllowIrrefutable = allow;
        foreach (string name in control!)
        {
            if (outer.Contains(name))
                throw errors.At($"multiple assignments to name {PyRepr.Str(name)} in pattern", o);
            outer.Add(name);
        }
    }

    private void StoreName(string? name, in SourceLocation loc, PatternContext pc)
    {
        if (name is null)
            return;
        Forbidden(name, ExprContext.Store, loc);
        if (pc.Stores.Contains(name))
            throw errors.At($"multiple assignments to name {PyRepr.Str(name)} in pattern", loc);
        pc.Stores.Add(name);
    }

    // Keys are literals (folded as CPython's optimizer folds -1 and 1+2j) or attribute lookups; equal literals clash.
    private void MappingKeys(MatchMapping m)
    {
        var seen = new List<object>();
        foreach (var key in m.Keys)
        {
            var value = Fold(key);
            if (value is not null)
            {
                if (seen.Exists(s => KeyEquals(s, value)))
                    throw errors.At($"mapping pattern checks duplicate key ({PyRepr.Constant(value)})", m);
                seen.Add(value);
            }
            else if (key is not Attribute)
            {
                throw errors.At("mapping pattern keys may only match literals and attribute lookups", m);
            }
            Expr(key);
        }
    }

    private static object? Fold(ExprNode e)
    {
        switch (e)
        {
            case Constant c:
                return c.Value;
            case UnaryOp { Op: UnaryOperator.USub } u:
                return Fold(u.Operand) switch
                {
                    long l when l != long.MinValue => -l,
                    long l => -(BigInteger)l,
                    BigInteger b => -b,
                    double d => -d,
                    Complex c => -c,
                    _ => null,
                };
            case BinOp { Op: Operator.Add or Operator.Sub } b when Fold(b.Left) is { } l && Fold(b.Right) is Complex r && IsNumber(l):
                var lc = AsComplex(l);
                return b.Op == Operator.Add ? lc + r : lc - r;
            case BinOp { Op: Operator.Add or Operator.Sub or Operator.Mult } b when Fold(b.Left) is { } l && Fold(b.Right) is { } r:
                return FoldArithmetic(b.Op, l, r);
            case Tuple t:
                var items = new object[t.Elts.Length];
                for (int i = 0; i < items.Length; i++)
                {
                    if (t.Elts[i] is Starred || Fold(t.Elts[i]) is not { } item)
                        return null;
                    items[i] = item;
                }
                return items; // a tuple constant
            default:
                return null;
        }
    }

    // Enough of CPython's constant folding to know a folded value's type (what the warnings name).
    private static object? FoldArithmetic(Operator op, object l, object r)
    {
        if (IsNumber(l) && IsNumber(r))
        {
            if (l is Complex || r is Complex)
                return op switch { Operator.Add => AsComplex(l) + AsComplex(r), Operator.Sub => AsComplex(l) - AsComplex(r), _ => AsComplex(l) * AsComplex(r) };
            if (l is double || r is double)
            {
                double a = l is double x ? x : (double)AsInteger(l), b = r is double y ? y : (double)AsInteger(r);
                return op switch { Operator.Add => a + b, Operator.Sub => a - b, _ => a * b };
            }
            var (ia, ib) = (AsInteger(l), AsInteger(r));
            return op switch { Operator.Add => ia + ib, Operator.Sub => ia - ib, _ => ia * ib };
        }
        if (op == Operator.Add && l is string sl && r is string sr)
            return sl + sr;
        return null;
    }

    private static bool IsNumber(object v) => v is bool or long or BigInteger or double or Complex;

    private static Complex AsComplex(object v) => v switch
    {
        Complex c => c,
        double d => new Complex(d, 0),
        _ => new Complex((double)AsInteger(v), 0),
    };

    private static BigInteger AsInteger(object v) => v switch
    {
        bool b => b ? BigInteger.One : BigInteger.Zero,
        long l => l,
        _ => (BigInteger)v,
    };

    // Python's == between two literal keys (1 == 1.0 == True, -0.0 == 0).
    private static bool KeyEquals(object a, object b)
    {
        if (IsNumber(a) && IsNumber(b))
        {
            if (a is Complex || b is Complex)
                return AsComplex(a) == AsComplex(b);
            if (a is double || b is double)
            {
                if (a is double da && b is double db)
                    return da == db;
                double d = a is double x ? x : (double)b;
                object other = a is double ? b : a;
                return double.IsFinite(d) && System.Math.Floor(d) == d && new BigInteger(d) == AsInteger(other);
            }
            return AsInteger(a) == AsInteger(b);
        }
        return (a, b) switch
        {
            (string sa, string sb) => sa == sb,
            (BytesValue ba, BytesValue bb) => System.MemoryExtensions.SequenceEqual(ba.Span, bb.Span),
            _ => ReferenceEquals(a, b),
        };
    }
}
