using System.Collections.Generic;
using Atoll.Runtime.Nodes;
using Atoll.Runtime.Objects;
using Atoll.Syntax.Ast;
using Ast = Atoll.Syntax.Ast;
using BinOp = Atoll.Runtime.Objects.BinOp;
using Expr = Atoll.Runtime.Nodes.Expr;

namespace Atoll.Runtime.Compiler;

internal sealed partial class CodeGen
{
    private Stmt CompileMatch(Match m)
    {
        var cases = new MatchCaseNode[m.Cases.Length];
        for (int i = 0; i < cases.Length; i++)
        {
            var c = m.Cases[i];
            cases[i] = new MatchCaseNode(CompilePattern(c.Pattern), c.Guard == null ? null : CompileExpr(c.Guard), Block(c.Body), c.Pattern.Lineno);
        }
        return new MatchStmt(CompileExpr(m.Subject), cases);
    }

    private Pattern CompilePattern(PatternNode p)
    {
        switch (p)
        {
            case MatchValue v:
                return new ValuePattern(CompileExpr(v.Value));
            case MatchSingleton s:
                return new SingletonPattern(ConstantValue(s.Value));
            case MatchAs a:
                return new AsPattern(a.Pattern == null ? null : CompilePattern(a.Pattern), a.Name == null ? null : StoreName(a.Name));
            case MatchOr o:
            {
                var alts = new Pattern[o.Patterns.Length];
                for (int i = 0; i < alts.Length; i++)
                    alts[i] = CompilePattern(o.Patterns[i]);
                return new OrPattern(alts);
            }
            case MatchSequence seq:
            {
                var items = new List<Pattern>();
                int star = -1;
                Target? starTarget = null;
                for (int i = 0; i < seq.Patterns.Length; i++)
                {
                    if (seq.Patterns[i] is MatchStar ms)
                    {
                        star = i;
                        starTarget = ms.Name == null ? null : StoreName(ms.Name);
                        items.Add(new AsPattern(null, null));
                    }
                    else
                    {
                        items.Add(CompilePattern(seq.Patterns[i]));
                    }
                }
                return new SequencePattern([.. items], star, starTarget);
            }
            case MatchMapping mm:
            {
                var keys = new Expr[mm.Keys.Length];
                var vals = new Pattern[mm.Patterns.Length];
                for (int i = 0; i < keys.Length; i++)
                {
                    keys[i] = CompileExpr(mm.Keys[i]);
                    vals[i] = CompilePattern(mm.Patterns[i]);
                }
                return new MappingPattern(keys, vals, mm.Rest == null ? null : StoreName(mm.Rest));
            }
            case MatchClass mc:
            {
                var pos = new Pattern[mc.Patterns.Length];
                for (int i = 0; i < pos.Length; i++)
                    pos[i] = CompilePattern(mc.Patterns[i]);
                var kwp = new Pattern[mc.KwdPatterns.Length];
                for (int i = 0; i < kwp.Length; i++)
                    kwp[i] = CompilePattern(mc.KwdPatterns[i]);
                return new ClassPattern(CompileExpr(mc.Cls), pos, mc.KwdAttrs, kwp);
            }
        }
        throw Err.System("unsupported pattern " + p.TypeName);
    }
}
