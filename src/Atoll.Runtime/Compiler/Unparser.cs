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
        Write(sb, e, 0);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, ExprNode e, int prec)
    {
        switch (e)
        {
            case Name n:
                sb.Append(n.Id);
                break;
            case Constant c:
                sb.Append(c.Value is string cs ? Atoll.Syntax.PyRepr.Str(cs) : global::Atoll.Runtime.Objects.Ops.Repr(CodeGen.ConstantValue(c.Value)));
                break;
            case Attribute a:
                Write(sb, a.Value, 16);
                sb.Append('.').Append(a.Attr);
                break;
            case Subscript sub:
                Write(sb, sub.Value, 16);
                sb.Append('[');
                if (sub.Slice is Tuple st && st.Elts.Length > 0)
                    WriteList(sb, st.Elts);
                else
                    Write(sb, sub.Slice, 0);
                sb.Append(']');
                break;
            case Tuple tu:
                sb.Append('(');
                WriteList(sb, tu.Elts);
                if (tu.Elts.Length == 1)
                    sb.Append(',');
                sb.Append(')');
                break;
            case List l:
                sb.Append('[');
                WriteList(sb, l.Elts);
                sb.Append(']');
                break;
            case Ast.BinOp { Op: Operator.BitOr } b:
                if (prec > 7)
                    sb.Append('(');
                Write(sb, b.Left, 7);
                sb.Append(" | ");
                Write(sb, b.Right, 8);
                if (prec > 7)
                    sb.Append(')');
                break;
            case Call call:
                Write(sb, call.Func, 16);
                sb.Append('(');
                WriteList(sb, call.Args);
                sb.Append(')');
                break;
            case Starred star:
                sb.Append('*');
                Write(sb, star.Value, 16);
                break;
            default:
                sb.Append("...");
                break;
        }
    }

    private static void WriteList(StringBuilder sb, ExprNode[] items)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
                sb.Append(", ");
            Write(sb, items[i], 0);
        }
    }
}
