using System.Text;
using Atoll.Syntax.Ast;
using Ast = Atoll.Syntax.Ast;
using BinOp = Atoll.Runtime.Objects.BinOp;
using Expr = Atoll.Runtime.Nodes.Expr;

namespace Atoll.Runtime.Compiler;

/// <summary>Source text of an annotation for <c>from __future__ import annotations</c> (as <c>ast.unparse</c> writes it,
/// for the expression kinds annotations use).</summary>
internal static class Unparser
{
    public static string Unparse(ExprNode e)
    {
        var sb = new StringBuilder();
        Write(sb, e, PTest);
        return sb.ToString();
    }

    // Precedence levels of CPython's annotation unparser (Python/ast_unparse.c); a subexpression is parenthesized
    // when the level its context needs is above its own.
    private const int PTuple = 0, PTest = 1, POr = 2, PAnd = 3, PNot = 4, PCmp = 5, PExpr = 6, PBXor = 7, PBAnd = 8,
        PShift = 9, PArith = 10, PTerm = 11, PFactor = 12, PPower = 13, PAwait = 14, PAtom = 15;

    private static (string Text, int Prec) OpInfo(Operator op) => op switch
    {
        Operator.Add => (" + ", PArith),
        Operator.Sub => (" - ", PArith),
        Operator.Mult => (" * ", PTerm),
        Operator.MatMult => (" @ ", PTerm),
        Operator.Div => (" / ", PTerm),
        Operator.Mod => (" % ", PTerm),
        Operator.FloorDiv => (" // ", PTerm),
        Operator.Pow => (" ** ", PPower),
        Operator.LShift => (" << ", PShift),
        Operator.RShift => (" >> ", PShift),
        Operator.BitOr => (" | ", PExpr),
        Operator.BitXor => (" ^ ", PBXor),
        _ => (" & ", PBAnd),
    };

    private static string CmpText(CmpOperator op) => op switch
    {
        CmpOperator.Eq => " == ",
        CmpOperator.NotEq => " != ",
        CmpOperator.Lt => " < ",
        CmpOperator.LtE => " <= ",
        CmpOperator.Gt => " > ",
        CmpOperator.GtE => " >= ",
        CmpOperator.Is => " is ",
        CmpOperator.IsNot => " is not ",
        CmpOperator.In => " in ",
        _ => " not in ",
    };

    private static void Open(StringBuilder sb, bool cond)
    {
        if (cond)
            sb.Append('(');
    }

    private static void Close(StringBuilder sb, bool cond)
    {
        if (cond)
            sb.Append(')');
    }

    private static void Write(StringBuilder sb, ExprNode e, int prec)
    {
        switch (e)
        {
            case Name n:
                sb.Append(n.Id);
                break;
            case Constant c:
                if (ReferenceEquals(c.Value, Atoll.Syntax.Ast.ConstantValue.Ellipsis))
                    sb.Append("...");
                else if (c.Value is double d && double.IsInfinity(d))
                    sb.Append(d > 0 ? "1e309" : "-1e309");
                else
                    sb.Append(c.Value is string cs ? Atoll.Syntax.PyRepr.Str(cs) : global::Atoll.Runtime.Objects.Ops.Repr(CodeGen.ConstantValue(c.Value)));
                break;
            case Attribute a:
                Write(sb, a.Value, PAtom);
                if (a.Value is Constant { Value: long or System.Numerics.BigInteger })
                    sb.Append(' ');
                sb.Append('.').Append(a.Attr);
                break;
            case Subscript sub:
                Write(sb, sub.Value, PAtom);
                sb.Append('[');
                if (sub.Slice is Tuple st && st.Elts.Length > 0)
                {
                    WriteList(sb, st.Elts);
                    if (st.Elts.Length == 1)
                        sb.Append(',');
                }
                else
                {
                    Write(sb, sub.Slice, PTuple);
                }
                sb.Append(']');
                break;
            case Slice sl:
                if (sl.Lower != null)
                    Write(sb, sl.Lower, PTest);
                sb.Append(':');
                if (sl.Upper != null)
                    Write(sb, sl.Upper, PTest);
                if (sl.Step != null)
                {
                    sb.Append(':');
                    Write(sb, sl.Step, PTest);
                }
                break;
            case Tuple tu:
                if (tu.Elts.Length == 0)
                {
                    sb.Append("()");
                    break;
                }
                Open(sb, prec > PTuple);
                WriteList(sb, tu.Elts);
                if (tu.Elts.Length == 1)
                    sb.Append(',');
                Close(sb, prec > PTuple);
                break;
            case List l:
                sb.Append('[');
                WriteList(sb, l.Elts);
                sb.Append(']');
                break;
            case Set set:
                sb.Append('{');
                WriteList(sb, set.Elts);
                sb.Append('}');
                break;
            case Dict dict:
                sb.Append('{');
                for (int i = 0; i < dict.Values.Length; i++)
                {
                    if (i > 0)
                        sb.Append(", ");
                    if (dict.Keys[i] is { } k)
                    {
                        Write(sb, k, PTest);
                        sb.Append(": ");
                        Write(sb, dict.Values[i], PTest);
                    }
                    else
                    {
                        sb.Append("**");
                        Write(sb, dict.Values[i], PExpr);
                    }
                }
                sb.Append('}');
                break;
            case Ast.BinOp b:
            {
                var (text, p) = OpInfo(b.Op);
                bool rightAssoc = b.Op == Operator.Pow;
                Open(sb, prec > p);
                Write(sb, b.Left, rightAssoc ? p + 1 : p);
                sb.Append(text);
                Write(sb, b.Right, rightAssoc ? p : p + 1);
                Close(sb, prec > p);
                break;
            }
            case UnaryOp u:
            {
                int p = u.Op == UnaryOperator.Not ? PNot : PFactor;
                Open(sb, prec > p);
                sb.Append(u.Op switch { UnaryOperator.Not => "not ", UnaryOperator.Invert => "~", UnaryOperator.UAdd => "+", _ => "-" });
                Write(sb, u.Operand, p);
                Close(sb, prec > p);
                break;
            }
            case BoolOp bo:
            {
                int p = bo.Op == BoolOperator.And ? PAnd : POr;
                Open(sb, prec > p);
                for (int i = 0; i < bo.Values.Length; i++)
                {
                    if (i > 0)
                        sb.Append(bo.Op == BoolOperator.And ? " and " : " or ");
                    Write(sb, bo.Values[i], p + 1);
                }
                Close(sb, prec > p);
                break;
            }
            case Compare cmp:
                Open(sb, prec > PCmp);
                Write(sb, cmp.Left, PCmp + 1);
                for (int i = 0; i < cmp.Ops.Length; i++)
                {
                    sb.Append(CmpText(cmp.Ops[i]));
                    Write(sb, cmp.Comparators[i], PCmp + 1);
                }
                Close(sb, prec > PCmp);
                break;
            case IfExp ie:
                Open(sb, prec > PTest);
                Write(sb, ie.Body, PTest + 1);
                sb.Append(" if ");
                Write(sb, ie.Test, PTest + 1);
                sb.Append(" else ");
                Write(sb, ie.Orelse, PTest);
                Close(sb, prec > PTest);
                break;
            case Call call:
            {
                Write(sb, call.Func, PAtom);
                sb.Append('(');
                bool first = true;
                foreach (var a in call.Args)
                {
                    if (!first)
                        sb.Append(", ");
                    first = false;
                    Write(sb, a, PTest);
                }
                foreach (var k in call.Keywords)
                {
                    if (!first)
                        sb.Append(", ");
                    first = false;
                    if (k.Arg == null)
                        sb.Append("**");
                    else
                        sb.Append(k.Arg).Append('=');
                    Write(sb, k.Value, PTest);
                }
                sb.Append(')');
                break;
            }
            case Starred star:
                sb.Append('*');
                Write(sb, star.Value, PExpr);
                break;
            case Await aw:
                Open(sb, prec > PAwait);
                sb.Append("await ");
                Write(sb, aw.Value, PAtom);
                Close(sb, prec > PAwait);
                break;
            case NamedExpr ne:
                Open(sb, prec > PTuple);
                Write(sb, ne.Target, PAtom);
                sb.Append(" := ");
                Write(sb, ne.Value, PAtom);
                Close(sb, prec > PTuple);
                break;
            case ListComp lc:
                sb.Append('[');
                Write(sb, lc.Elt, PTest);
                WriteGenerators(sb, lc.Generators);
                sb.Append(']');
                break;
            case SetComp sc:
                sb.Append('{');
                Write(sb, sc.Elt, PTest);
                WriteGenerators(sb, sc.Generators);
                sb.Append('}');
                break;
            case DictComp dc:
                sb.Append('{');
                Write(sb, dc.Key, PTest);
                sb.Append(": ");
                Write(sb, dc.Value, PTest);
                WriteGenerators(sb, dc.Generators);
                sb.Append('}');
                break;
            case GeneratorExp ge:
                sb.Append('(');
                Write(sb, ge.Elt, PTest);
                WriteGenerators(sb, ge.Generators);
                sb.Append(')');
                break;
            case Lambda lam:
                Open(sb, prec > PTest);
                sb.Append("lambda");
                WriteLambdaArgs(sb, lam.Args);
                sb.Append(": ");
                Write(sb, lam.Body, PTest);
                Close(sb, prec > PTest);
                break;
            default:
                sb.Append("...");
                break;
        }
    }

    private static void WriteLambdaArgs(StringBuilder sb, Arguments a)
    {
        var parts = new System.Collections.Generic.List<string>();
        int positional = a.Posonlyargs.Length + a.Args.Length;
        int firstDefault = positional - a.Defaults.Length;
        for (int i = 0; i < positional; i++)
        {
            var arg = i < a.Posonlyargs.Length ? a.Posonlyargs[i] : a.Args[i - a.Posonlyargs.Length];
            parts.Add(i >= firstDefault ? arg.ArgName + "=" + Unparse(a.Defaults[i - firstDefault]) : arg.ArgName);
            if (i == a.Posonlyargs.Length - 1)
                parts.Add("/");
        }
        if (a.Vararg != null)
            parts.Add("*" + a.Vararg.ArgName);
        else if (a.Kwonlyargs.Length > 0)
            parts.Add("*");
        for (int i = 0; i < a.Kwonlyargs.Length; i++)
            parts.Add(a.KwDefaults[i] is { } d ? a.Kwonlyargs[i].ArgName + "=" + Unparse(d) : a.Kwonlyargs[i].ArgName);
        if (a.Kwarg != null)
            parts.Add("**" + a.Kwarg.ArgName);
        if (parts.Count > 0)
            sb.Append(' ').Append(string.Join(", ", parts));
    }

    private static void WriteGenerators(StringBuilder sb, Comprehension[] gens)
    {
        foreach (var g in gens)
        {
            sb.Append(g.IsAsync != 0 ? " async for " : " for ");
            Write(sb, g.Target, PTuple);
            sb.Append(" in ");
            Write(sb, g.Iter, PTest + 1);
            foreach (var cond in g.Ifs)
            {
                sb.Append(" if ");
                Write(sb, cond, PTest + 1);
            }
        }
    }

    private static void WriteList(StringBuilder sb, ExprNode[] items)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
                sb.Append(", ");
            Write(sb, items[i], PTest);
        }
    }
}
