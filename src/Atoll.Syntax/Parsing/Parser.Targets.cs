using Atoll.Syntax.Ast;
using AstList = Atoll.Syntax.Ast.List;
using AstTuple = Atoll.Syntax.Ast.Tuple;

namespace Atoll.Syntax;

/// <summary>What a target is for: assignment (star_targets) or <c>del</c> (del_targets).</summary>
internal enum TargetKind
{
    Star,
    Del,
}

internal sealed partial class Parser
{
    /// <summary>The first sub-expression that cannot be a target, or null when all of it can.</summary>
    private static ExprNode? FindInvalidTarget(ExprNode e, TargetKind kind)
    {
        switch (e)
        {
            case Name:
            case Attribute:
            case Subscript:
                return null;
            case Starred s:
                return kind == TargetKind.Del ? e : FindInvalidTarget(s.Value, kind);
            case AstTuple t:
                foreach (var x in t.Elts)
                {
                    var bad = FindInvalidTarget(x, kind);
                    if (bad is not null)
                        return bad;
                }
                return null;
            case AstList l:
                foreach (var x in l.Elts)
                {
                    var bad = FindInvalidTarget(x, kind);
                    if (bad is not null)
                        return bad;
                }
                return null;
            default:
                return e;
        }
    }

    /// <summary>A copy of a valid target expression with the given context (recursively for tuples and lists).</summary>
    private static ExprNode ToTarget(ExprNode e, ExprContext ctx)
    {
        switch (e)
        {
            case Name n:
                return n.Ctx == ctx ? n : new Name(n.Id, ctx, n.Location);
            case Attribute a:
                return new Attribute(a.Value, a.Attr, ctx, a.Location);
            case Subscript s:
                return new Subscript(s.Value, s.Slice, ctx, s.Location);
            case Starred s:
                return new Starred(ToTarget(s.Value, ctx), ctx, s.Location);
            case AstTuple t:
            {
                var elts = new ExprNode[t.Elts.Length];
                for (int i = 0; i < elts.Length; i++)
                    elts[i] = ToTarget(t.Elts[i], ctx);
                return new AstTuple(elts, ctx, t.Location);
            }
            case AstList l:
            {
                var elts = new ExprNode[l.Elts.Length];
                for (int i = 0; i < elts.Length; i++)
                    elts[i] = ToTarget(l.Elts[i], ctx);
                return new AstList(elts, ctx, l.Location);
            }
            default:
                return e;
        }
    }

    /// <summary>How CPython names an expression in its error messages.</summary>
    private static string ExprName(ExprNode e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        AstList => "list",
        AstTuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant c => c.Value switch
        {
            bool b => b ? "True" : "False",
            _ when ReferenceEquals(c.Value, ConstantValue.None) => "None",
            _ when ReferenceEquals(c.Value, ConstantValue.Ellipsis) => "ellipsis",
            _ => "literal",
        },
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };
}
